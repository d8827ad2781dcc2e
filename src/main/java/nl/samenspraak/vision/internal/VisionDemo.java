package nl.samenspraak.vision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.vision.internal.VisionComments.NewComment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A vision with two versions for texel, heerenveen and mijnstreek: the first about two years ago, the second
 * a year later after comments from residents (written down in meetings) and a professional, and a few new
 * comments on the draft. The second version is just over a year old, so the review notice shows.
 */
@Component
@DemoOnly
@Order(60)
class VisionDemo implements DemoContributor {

    /** A comment: by a resident (first name, or null for "een inwoner") or by staff, on a passage or not. */
    record Said(boolean resident, String name, CommentKind kind, String passage, String text, CommentStatus status) {}

    record Story(String first, String second, String note, List<Said> before, List<Said> after) {}

    static final Map<String, Story> STORIES = Map.of(
            "texel", new Story(
                    "Wij willen dat iedereen op Texel mee kan praten over zorg en welzijn. We vragen inwoners om hun "
                            + "mening voordat we iets besluiten. We houden bijeenkomsten in elk dorp.",
                    "Wij willen dat iedereen op Texel mee kan praten over zorg en welzijn. We vragen inwoners om hun "
                            + "mening voordat we iets besluiten. We houden bijeenkomsten in elk dorp, ook in de avond. "
                            + "We laten altijd weten wat we met uw mening hebben gedaan.",
                    "Bijeenkomsten ook in de avond. We laten altijd weten wat er met uw mening gebeurt.",
                    List.of(new Said(true, "Ria", CommentKind.PROPOSAL, "We houden bijeenkomsten in elk dorp.",
                                    "Zet erbij dat er ook bijeenkomsten in de avond zijn. Overdag werk ik.", CommentStatus.USED),
                            new Said(true, null, CommentKind.COMMENT, null,
                                    "Ik hoor nooit wat er met mijn mening gebeurt. Dat wil ik graag weten.", CommentStatus.USED),
                            new Said(false, null, CommentKind.COMMENT, null,
                                    "Goed plan. Wij helpen graag met een zaal in Den Burg.", CommentStatus.HANDLED)),
                    List.of(new Said(true, "Kees", CommentKind.COMMENT, null,
                            "Kunnen jongeren ook meedoen? Ik zie ze nooit op de bijeenkomsten.", CommentStatus.OPEN))),
            "heerenveen", new Story(
                    "Inwoners en partners werken samen aan goede zorg in Heerenveen. We luisteren naar mensen die voor "
                            + "een ander zorgen. En we luisteren naar ouderen. We maken samen plannen.",
                    "Inwoners en partners werken samen aan goede zorg in Heerenveen. We luisteren naar mensen die voor "
                            + "een ander zorgen. En we luisteren naar ouderen en jongeren. We maken samen plannen. Elk jaar "
                            + "kijken we of ze werken.",
                    "Jongeren horen er nu ook bij. We kijken elk jaar of de plannen werken.",
                    List.of(new Said(true, "Sanne", CommentKind.PROPOSAL, "En we luisteren naar ouderen.",
                                    "En we luisteren naar ouderen en jongeren.", CommentStatus.USED),
                            new Said(false, null, CommentKind.COMMENT, null,
                                    "Spreek af wanneer we kijken of de plannen werken.", CommentStatus.USED)),
                    List.of(new Said(true, null, CommentKind.COMMENT, null,
                            "Ik vind het fijn dat er een vast telefoonnummer is. Zet dat er ook in.", CommentStatus.OPEN))),
            "mijnstreek", new Story(
                    "In de Westelijke Mijnstreek praten inwoners mee over hulp dicht bij huis. We zijn er voor iedereen.",
                    "In de Westelijke Mijnstreek praten inwoners mee over hulp dicht bij huis. We zijn er voor iedereen, "
                            + "ook voor mensen die moeilijk lezen of geen internet hebben. U kunt ons ook bellen of schrijven.",
                    "Meer aandacht voor mensen die moeilijk lezen of geen internet hebben.",
                    List.of(new Said(true, "Fatima", CommentKind.COMMENT, null,
                                    "Mijn moeder heeft geen internet. Hoe kan zij meedoen?", CommentStatus.USED),
                            new Said(true, null, CommentKind.COMMENT, null,
                                    "Schrijf korte zinnen. Dan kan iedereen het lezen.", CommentStatus.USED),
                            new Said(false, null, CommentKind.PROPOSAL, "We zijn er voor iedereen.",
                                    "We zijn er voor iedereen, ook voor mensen die moeilijk lezen.", CommentStatus.USED)),
                    List.of(new Said(true, "Jo", CommentKind.COMMENT, null,
                            "Kan het spreekuur ook op zaterdag?", CommentStatus.OPEN))));

    private final Visions visions;
    private final VisionComments comments;
    private final StaffAccounts staff;
    private final Collaborations collaborations;

    VisionDemo(Visions visions, VisionComments comments, StaffAccounts staff, Collaborations collaborations) {
        this.visions = visions;
        this.comments = comments;
        this.staff = staff;
        this.collaborations = collaborations;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        Story story = STORIES.get(demo.slug());
        if (story == null) {
            return;
        }
        UUID c = demo.collaborationId();
        LocalDate first = demo.today().minusMonths(26);
        LocalDate second = demo.today().minusMonths(13);
        String coordinator = demo.coordinatorEmail();
        StaffAccounts.StaffMember professional = staff.staffOf(c).stream()
                .filter(m -> m.role() != nl.samenspraak.account.Role.VIEWER).reduce((a, b) -> b).orElseThrow();
        String organisation = collaborations.organisations(c).stream().map(MemberOrganisation::name).findFirst().orElse(null);

        visions.addVersion(c, first, at(first), story.first(), "", coordinator);
        add(c, story.before(), first.plusMonths(3), professional, organisation);
        visions.saveDraft(c, story.second(), at(second.minusDays(7)), coordinator);
        int number = visions.addVersion(c, second, at(second), story.second(), story.note(), coordinator);
        comments.countTowards(c, number);
        add(c, story.after(), demo.today().minusDays(20), professional, organisation);
    }

    private void add(UUID c, List<Said> said, LocalDate from, StaffAccounts.StaffMember professional, String organisation) {
        LocalDate day = from;
        for (Said s : said) {
            UUID id = comments.add(c, s.resident()
                    ? new NewComment(true, CommentSource.MEETING, null, null, s.name(), null, s.kind(), s.passage(), s.text())
                    : new NewComment(false, CommentSource.STAFF, null, professional.id(), professional.displayName(),
                            organisation, s.kind(), s.passage(), s.text()), at(day));
            comments.setStatus(c, id, s.status(), "demo");
            day = day.plusDays(9);
        }
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }
}
