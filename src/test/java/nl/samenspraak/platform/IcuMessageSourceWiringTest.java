package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The running app formats its messages through ICU, in templates as in Java code. */
class IcuMessageSourceWiringTest extends IntegrationTest {

    @Autowired MessageSource messages;

    @Test
    void theAppsMessageSourceKnowsPluralForms() {
        assertThat(messages).isInstanceOf(IcuMessageSource.class);
        assertThat(messages.getMessage("knowledge.search.count", new Object[] {1}, Locale.forLanguageTag("nl")))
                .isEqualTo("We vonden 1 pagina.");
        assertThat(messages.getMessage("knowledge.search.count", new Object[] {34}, Locale.forLanguageTag("nl")))
                .isEqualTo("We vonden 34 pagina's.");
    }

    @Test
    void aPageRendersWithTheSameMessagesAsBefore() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(messages.getMessage("layout.skipToContent", null, Locale.forLanguageTag("nl")));
    }
}
