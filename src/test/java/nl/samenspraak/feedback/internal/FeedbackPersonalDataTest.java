package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An author's letters, calls and e-mails about answers are in their export; erasing them removes
 * every printed PDF with their name and address, visibly for staff, and takes them off the queues.
 */
class FeedbackPersonalDataTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Notifications notifications;
    @Autowired List<PersonalDataHolder> holders;
    @Autowired JdbcClient jdbc;

    @Test
    void exportListsEveryNotificationAndErasureRemovesThePdfsWithTheAuthorInThem() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String email = Authors.uniqueEmail();
        UUID process = fixtures.aProcess(world);
        UUID letter = answered(world, process, new Author("Ans Wissen", null, "Wisweg 1\n1234 AB Dorp", null,
                ContactBy.POST, true), new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));
        answered(world, process, Authors.byPost("Piet Blijft", "Kerkweg 12\n1234 CD Dorp"), new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));
        UUID shared = print(world);
        answered(world, process, Authors.byPost("Jan Wissen", "Wisweg 1\n1234 AB Dorp"), new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));
        UUID others = print(world);
        UUID call = answered(world, process, new Author("Ans Wissen", null, null, "06 1111 2222", ContactBy.PHONE, true),
                new NotificationView("PHONE", "TO_CALL", NoticeKind.ANSWER));
        // An e-mail author is told twice: the receipt when the input arrived, then the answer.
        UUID mail = answered(world, process, Authors.byEmail("Ans Wissen", email),
                new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT), new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER));
        FeedbackPersonalData holder = holders.stream().filter(FeedbackPersonalData.class::isInstance)
                .map(FeedbackPersonalData.class::cast).findFirst().orElseThrow();
        UUID resident = UUID.randomUUID();
        // As staff who checked who they speak to know her: the same address, typed differently.
        ResidentIdentity who = new ResidentIdentity(c, resident, email.toUpperCase(), "06-11112222", "ans wissen",
                "Wisweg 1, 1234 AB  Dorp");
        assertThat(holder.export(new ResidentIdentity(c, resident, email, null)).getFirst().records())
                .as("an e-mail link proves only the e-mail address: its receipt and its answer").hasSize(2);

        List<PersonalDataSection> export = holder.export(who);
        assertThat(export).extracting(PersonalDataSection::titleKey).containsExactly("feedback.privacy.notifications");
        assertThat(export.getFirst().records()).hasSize(4);
        assertThat(values(export)).contains("\u0000feedback.privacy.channel.POST", "\u0000feedback.privacy.state.PRINTED",
                "\u0000feedback.privacy.channel.PHONE", "\u0000feedback.privacy.state.TO_CALL",
                "\u0000feedback.privacy.channel.EMAIL", "\u0000feedback.privacy.state.SENT");
        assertThat(export.getFirst().records().getFirst().fields())
                .anySatisfy(f -> assertThat(f.labelKey()).isEqualTo("feedback.privacy.printedAt"))
                .allSatisfy(f -> assertThat(f.labelKey().equals("feedback.privacy.printedAt") ? f.value() : "x").isNotNull());

        holder.erase(who);

        assertThat(pdfKept(shared)).as("the PDF with her letter is gone").isFalse();
        assertThat(pdfKept(others)).as("a PDF with only her housemate stays").isTrue();
        assertThat(jdbc.sql("SELECT letters FROM letter_batch WHERE id = :b").param("b", shared).query(Integer.class).single())
                .as("the batch row stays").isEqualTo(2);
        assertThat(mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, shared).with(as(world.coordinatorEmail())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, others).with(as(world.coordinatorEmail())))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String staff : List.of(world.professionalEmail(), world.viewerEmail())) {
            String page = mvc.perform(get("/beheer/{slug}/brieven", slug).with(as(staff))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).as(staff).contains("Verwijderd om privacyredenen", "Opnieuw afdrukken kan niet")
                    .doesNotContain("/brieven/" + shared + ".pdf");
        }
        assertThat(mvc.perform(get("/beheer/{slug}/bellijst", slug).with(as(world.professionalEmail())))
                .andReturn().getResponse().getContentAsString()).as("nobody to call any more").doesNotContain("Ans Wissen");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE input_id = :i AND done_at IS NULL").param("i", call)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :b AND action = 'letters.pdf-removed'")
                .param("b", shared.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(notifications.of(c, letter)).containsExactly(new NotificationView("POST", "PRINTED", NoticeKind.ANSWER));
        assertThat(notifications.of(c, mail)).containsExactlyInAnyOrder(new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT),
                new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER));

        holder.erase(who);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :b AND action = 'letters.pdf-removed'")
                .param("b", shared.toString()).query(Long.class).single()).as("erasing twice removes nothing twice").isEqualTo(1);
    }

    @Test
    void someoneWithoutInputsHasNothingHereAndErasesNothing() {
        var world = fixtures.aCollaborationWithStaff();
        FeedbackPersonalData holder = holders.stream().filter(FeedbackPersonalData.class::isInstance)
                .map(FeedbackPersonalData.class::cast).findFirst().orElseThrow();
        ResidentIdentity who = new ResidentIdentity(world.collaboration().id(), UUID.randomUUID(), Authors.uniqueEmail(), null);

        assertThat(holder.export(who)).isEmpty();
        holder.erase(who);
        assertThat(holder.export(new ResidentIdentity(world.collaboration().id(), UUID.randomUUID(), null, null))).isEmpty();
    }

    private UUID answered(Fixtures.World world, UUID process, Author author, NotificationView... expected) {
        var receipt = intake.receiveOnline(process, "Mijn idee voor de buurt", true, author);
        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED, "Dat doen we.",
                world.coordinatorId(), "test");
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()),
                list -> list.stream().map(Object::toString).sorted().toList()
                        .equals(java.util.Arrays.stream(expected).map(Object::toString).sorted().toList()));
        return receipt.id();
    }

    private UUID print(Fixtures.World world) throws Exception {
        String location = mvc.perform(post("/beheer/{slug}/brieven", world.collaboration().slug()).with(csrf())
                .with(as(world.professionalEmail()))).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.indexOf("gemaakt=") + 8));
    }

    private boolean pdfKept(UUID batch) {
        return jdbc.sql("SELECT pdf IS NOT NULL FROM letter_batch WHERE id = :b").param("b", batch).query(Boolean.class).single();
    }

    private static List<String> values(List<PersonalDataSection> export) {
        return export.stream().flatMap(s -> s.records().stream()).flatMap(r -> r.fields().stream())
                .map(PersonalDataSection.Field::value).filter(Objects::nonNull).toList();
    }
}
