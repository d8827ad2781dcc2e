package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputModeration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An author whose input is hidden hears why by e-mail in the language of the page they used, never the hidden text. */
class ModerationNoticeTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputModeration moderation;

    @Test
    void anAuthorOnTheEnglishPageHearsWhyInEnglishAndADutchAuthorInDutch() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var process = fixtures.aProcess(world);
        String english = Authors.uniqueEmail();
        String dutch = Authors.uniqueEmail();
        var inEnglish = intake.receiveOnline(process, "My neighbour Mr Peters at number 4 is ill", true,
                Authors.byEmail("Sam Smith", english), "en", false, null);
        var inDutch = intake.receiveOnline(process, "Mijn buurman meneer Pieters op nummer 4 is ziek", true,
                Authors.byEmail("Piet Jansen", dutch), "nl", false, null);
        eventually().until(() -> mailsTo(english).size() == 1 && mailsTo(dutch).size() == 1);

        moderation.hide(world.collaboration().id(), inEnglish.id(), "Mr Peters", "PERSONAL_DATA", null, "test");
        moderation.hide(world.collaboration().id(), inDutch.id(), null, "OTHER", "Dit hoort hier niet", "test");

        MimeMessage toEnglish = eventually().until(() -> mailsTo(english), list -> list.size() == 2).get(1);
        String code = inEnglish.followCode().display();
        assertThat(toEnglish.getSubject()).isEqualTo("We have hidden part of your input [" + code + "]");
        String body = (String) toEnglish.getContent();
        assertThat(body).contains("it contained details of a person, such as a name",
                "You will still get an answer to your input. Your follow code is: " + code, "/volg/" + code);
        assertThat(body).doesNotContain("Mr Peters", "Wij hebben", "In English:");

        MimeMessage toDutch = eventually().until(() -> mailsTo(dutch), list -> list.size() == 2).get(1);
        assertThat(toDutch.getSubject()).isEqualTo("Wij hebben uw inbreng verborgen ["
                + inDutch.followCode().display() + "]");
        assertThat((String) toDutch.getContent()).contains("Dit hoort hier niet", "In English:")
                .doesNotContain("meneer Pieters");
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
