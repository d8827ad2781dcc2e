package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member's export holds every pool table's rows about them; after erasure none is left. */
class PoolPersonalDataTest extends IntegrationTest {

    @Autowired PoolJoining joining;
    @Autowired MembershipChanges changes;
    @Autowired CommitmentProposals proposals;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Activities activities;
    @Autowired InvitationRound round;
    @Autowired Invitations invitations;
    @Autowired Commitments commitments;
    @Autowired List<PersonalDataHolder> holders;
    @Autowired JdbcClient jdbc;

    @Test
    void exportListsMembershipConsentsInvitationsAndCommitmentsAndErasureRemovesThemAll() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Wil Wissen"), PoolData.anOpenProfile(), true);
        changes.update(c, member.memberId(), PoolData.anOpenProfile(), true, false, null);
        UUID activity = activities.create(c, InvitationsTest.activity("Praatavond", today().plusDays(7), "19:00",
                "2", "IN_PERSON"), "test");
        round.invite(c, activity, List.of(member.memberId()), "test");
        UUID invitation = jdbc.sql("SELECT id FROM pool_invitation WHERE member_id = :m").param("m", member.memberId())
                .query(UUID.class).single();
        invitations.reply(c, InvitationId.of(invitation), MemberId.of(member.memberId()), true, "Mijn eigen opmerking");
        proposals.propose(c, CommitmentsTest.form(member.memberId(), world.coordinatorId(), today(), today().plusMonths(3)), "test");
        PoolPersonalData holder = holders.stream().filter(PoolPersonalData.class::isInstance)
                .map(PoolPersonalData.class::cast).findFirst().orElseThrow();
        ResidentIdentity who = new ResidentIdentity(c, member.residentId(), null, null);

        List<PersonalDataSection> export = holder.export(who);

        assertThat(export).extracting(PersonalDataSection::titleKey).containsExactly("pool.data.membership",
                "pool.data.consents", "pool.data.invitations", "pool.data.commitments");
        assertThat(export.get(1).records()).as("every consent entry").hasSize(3);
        assertThat(values(export)).contains("Praatavond", "Mijn eigen opmerking", "U komt elke maand naar de klankbordgroep.");
        assertThat(export.getFirst().records().getFirst().fields())
                .as("interests as words from the bundle, never as code names")
                .anySatisfy(f -> assertThat(f.valueKeys()).contains("pool.interest.ELDERLY", "pool.interest.LONELINESS"));

        holder.erase(who);

        for (String table : List.of("pool_member", "pool_consent", "pool_invitation", "pool_commitment")) {
            String column = table.equals("pool_member") ? "id" : "member_id";
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :m")
                    .param("m", member.memberId()).query(Long.class).single()).as(table).isZero();
        }
        assertThat(holder.export(who)).isEmpty();
        assertThat(activities.find(c, activity)).as("the activity itself says nothing about anyone").isPresent();
    }

    private static List<String> values(List<PersonalDataSection> export) {
        return export.stream().flatMap(s -> s.records().stream()).flatMap(r -> r.fields().stream())
                .map(PersonalDataSection.Field::value).filter(java.util.Objects::nonNull).toList();
    }
}
