package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo resident pool for texel, heerenveen and mijnstreek: members with their own interests and
 * limits, an activity with answered invitations, an agreed commitment nearly at its end and a
 * proposed one. People are invented; e-mail addresses use example.org.
 */
@Component
@DemoOnly
@Order(20)
class PoolDemo implements DemoContributor {

    static final Set<String> RICH = Set.of("texel", "heerenveen", "mijnstreek");

    /** Invented members per collaboration; the reimbursement demo finds the first five by name. */
    static final Map<String, List<String>> MEMBERS = Map.of(
            "texel", List.of("Joke Dijt", "Klaas Bruin", "Hennie Rab", "Lotte Vermeulen", "Gerrit Zoetelief",
                    "Esmee Daalder", "Aafje Kooiman", "Dirk Eelman"),
            "heerenveen", List.of("Wytske Kuipers", "Sietse Bouma", "Froukje Zijlstra", "Ilse Postmus", "Marten de Vries",
                    "Tjitske Hoogland", "Anne Brouwer", "Nynke Hofstra"),
            "mijnstreek", List.of("Maud Schrijnemakers", "Wiel Pelzer", "Anja Lemmens", "Yara Palmen", "Bert Coumans",
                    "Jeu Dassen", "Sandra Bours", "Ivo Meijers"));

    private static final Map<String, String> TOWNS = Map.of("texel", "1791 AB Den Burg",
            "heerenveen", "8441 AH Heerenveen", "mijnstreek", "6163 AA Geleen");

    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Interests, energy and limits per member, in the order of {@link #MEMBERS}. */
    private static final List<Profile> PROFILES = List.of(
            new Profile(EnumSet.of(Interest.LONELINESS, Interest.ELDERLY), null,
                    EnumSet.of(Energy.THINKING_ALONG, Energy.BUDDY), 6,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                    EnumSet.of(DayPart.MORNING, DayPart.AFTERNOON), 2, EnumSet.of(Way.IN_PERSON, Way.PHONE)),
            new Profile(EnumSet.of(Interest.HEALTH, Interest.EXERCISE), null,
                    EnumSet.of(Energy.THINKING_ALONG, Energy.ORGANISING), 8,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                    EnumSet.of(DayPart.AFTERNOON, DayPart.EVENING), 3, EnumSet.of(Way.IN_PERSON, Way.VIDEO)),
            new Profile(EnumSet.of(Interest.INFORMAL_CARE, Interest.MENTAL_HEALTH), "Zorgen voor een ouder met dementie",
                    EnumSet.of(Energy.LIVED_EXPERIENCE, Energy.THINKING_ALONG), 4,
                    EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), EnumSet.of(DayPart.AFTERNOON), 1,
                    EnumSet.of(Way.IN_PERSON, Way.PHONE)),
            new Profile(EnumSet.of(Interest.YOUTH, Interest.MONEY), null, EnumSet.of(Energy.DECIDING_ALONG), 10, WORKDAYS,
                    EnumSet.of(DayPart.EVENING), 2, EnumSet.of(Way.VIDEO, Way.IN_WRITING)),
            new Profile(EnumSet.of(Interest.NEIGHBOURHOOD, Interest.LONELINESS), null,
                    EnumSet.of(Energy.BUDDY, Energy.ORGANISING), 12, WORKDAYS,
                    EnumSet.of(DayPart.MORNING, DayPart.AFTERNOON), 2, EnumSet.of(Way.IN_PERSON, Way.PHONE)),
            new Profile(EnumSet.of(Interest.HOUSING, Interest.ELDERLY), null, EnumSet.of(Energy.THINKING_ALONG), 1,
                    EnumSet.of(DayOfWeek.WEDNESDAY), EnumSet.of(DayPart.AFTERNOON), 1, EnumSet.of(Way.IN_PERSON)),
            new Profile(EnumSet.of(Interest.ELDERLY, Interest.LONELINESS), null, EnumSet.of(Energy.LIVED_EXPERIENCE), 2,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), EnumSet.of(DayPart.MORNING), 1,
                    EnumSet.of(Way.IN_PERSON, Way.IN_WRITING)),
            new Profile(EnumSet.of(Interest.HEALTH, Interest.MENTAL_HEALTH), null,
                    EnumSet.of(Energy.LIVED_EXPERIENCE, Energy.DECIDING_ALONG), 6,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), EnumSet.of(DayPart.EVENING), 2,
                    EnumSet.of(Way.IN_PERSON, Way.VIDEO)));

    private static final int ADDED_BY_STAFF = 6;

    private final CommitmentSteps steps;
    private final CommitmentProposals proposals;
    private final PoolJoining joining;
    private final PoolMembers members;
    private final Activities activities;
    private final InvitationRound round;
    private final Invitations invitations;
    private final Commitments commitments;
    private final Collaborations collaborations;
    private final JdbcClient jdbc;

    PoolDemo(CommitmentSteps steps, CommitmentProposals proposals, PoolJoining joining, PoolMembers members, Activities activities,
             InvitationRound round, Invitations invitations, Commitments commitments, Collaborations collaborations,
             JdbcClient jdbc) {
        this.steps = steps;
        this.proposals = proposals;
        this.joining = joining;
        this.members = members;
        this.activities = activities;
        this.round = round;
        this.invitations = invitations;
        this.commitments = commitments;
        this.collaborations = collaborations;
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        if (!RICH.contains(demo.slug())) {
            return;
        }
        List<UUID> pool = join(demo);
        invite(demo, pool);
        connector(demo, pool.get(4));
        proposals.propose(demo.collaborationId(), new CommitmentForm(pool.get(7).toString(),
                Vocabulary.Role.SOUNDING_BOARD.name(),
                "", demo.today().plusDays(14).toString(), demo.today().plusDays(14).plusYears(1).toString(), "4",
                "U krijgt de stukken een week van tevoren, op papier of per e-mail.", "",
                "Reiskosten: 0,23 euro per kilometer.", demo.coordinatorId().toString(),
                "U komt elke maand naar de klankbordgroep en vertelt wat u hoort en ziet. Ongeveer vier uur per maand."),
                demo.coordinatorEmail());
    }

    /** Seven join online; one is added by staff after a conversation at the door, with the consent written down. */
    private List<UUID> join(DemoCollaboration demo) {
        List<String> names = MEMBERS.get(demo.slug());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i == ADDED_BY_STAFF) {
                UUID welfare = collaborations.registeredOrganisations(demo.collaborationId()).stream()
                        .filter(o -> o.type() == OrganisationType.WELFARE).map(o -> o.id()).findFirst().orElse(null);
                ResidentDetails byPost = new ResidentDetails(name, null, null,
                        "Molenweg " + (3 + i) + ", " + TOWNS.get(demo.slug()), ContactChannel.POST, "nl");
                ids.add(joining.addByStaff(demo.collaborationId(), null, byPost, PROFILES.get(i), false,
                        ConsentHow.IN_PERSON, demo.today().minusDays(12), welfare, demo.coordinatorEmail()).memberId());
                continue;
            }
            ResidentDetails details = i == 2
                    ? new ResidentDetails(name, null, "06 0000 01" + (10 + i), null, ContactChannel.PHONE, "nl")
                    : new ResidentDetails(name, email(name), null, null, ContactChannel.EMAIL, i == 3 ? "en" : "nl");
            ids.add(joining.join(demo.collaborationId(), details, PROFILES.get(i), i % 3 != 1).memberId());
        }
        return ids;
    }

    static String email(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
    }

    /**
     * Four are chosen for a reading session; one of them agreed to only an hour a month, so the
     * platform refuses to ask her and stores nothing. Of the three asked, one says yes, one no.
     */
    private void invite(DemoCollaboration demo, List<UUID> pool) {
        LocalDate wednesday = demo.today().plusDays(6).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        UUID activity = activities.create(demo.collaborationId(), new ActivityForm(
                "Proeflezen: is onze uitnodiging duidelijk?",
                "We schrijven een uitnodiging voor een bijeenkomst. Leest u mee of de tekst duidelijk is? We zitten "
                        + "anderhalf uur samen aan tafel, met koffie.", wednesday.toString(), "14:00", "1,5",
                Way.IN_PERSON.name(), null, Energy.THINKING_ALONG.name()), demo.coordinatorEmail());
        round.invite(demo.collaborationId(), activity, List.of(pool.get(0), pool.get(1), pool.get(2), pool.get(5)),
                demo.coordinatorEmail());
        for (Invitation invitation : invitations.to(demo.collaborationId(), activity)) {
            if (invitation.memberId().equals(pool.get(0))) {
                invitations.reply(demo.collaborationId(), invitation.id(), MemberId.of(invitation.memberId()), true, null);
            } else if (invitation.memberId().equals(pool.get(1))) {
                invitations.reply(demo.collaborationId(), invitation.id(), MemberId.of(invitation.memberId()), false,
                        "Die middag pas ik op mijn kleinkinderen. Een andere keer graag!");
            }
        }
    }

    /**
     * A neighbourhood connector for a year, ending in three weeks. The service only accepts a
     * start up to a month back, so the agreed start is set a year back afterwards, as a fact of the past.
     */
    private void connector(DemoCollaboration demo, UUID member) {
        LocalDate ends = demo.today().plusDays(21);
        UUID id = proposals.propose(demo.collaborationId(), new CommitmentForm(member.toString(),
                Vocabulary.Role.NEIGHBOURHOOD_CONNECTOR.name(), "", demo.today().toString(), ends.toString(), "6",
                "Een vaste contactpersoon. Elke maand een kort gesprek over hoe het gaat.",
                "Twee avonden training: signalen van eenzaamheid herkennen.",
                "Vrijwilligersvergoeding volgens de regeling en reiskosten: 0,23 euro per kilometer.",
                demo.coordinatorId().toString(),
                "U bent het aanspreekpunt in uw buurt. U weet wat er speelt en brengt mensen met elkaar in contact, "
                        + "of met hulp als dat nodig is. Ongeveer zes uur per maand."), demo.coordinatorEmail());
        steps.agree(demo.collaborationId(), CommitmentId.of(id), MemberId.of(member));
        jdbc.sql("UPDATE pool_commitment SET starts_on = :starts WHERE id = :id AND collaboration_id = :c")
                .param("starts", ends.minusYears(1).plusDays(1)).param("id", id).param("c", demo.collaborationId())
                .update();
    }
}
