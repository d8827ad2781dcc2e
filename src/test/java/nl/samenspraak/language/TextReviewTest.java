package nl.samenspraak.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/** TextReview with the real checker: which fields it checks, and what a form's request asked for. */
class TextReviewTest extends IntegrationTest {

    @Autowired TextReview textReview;

    @Test
    void checksEveryFilledFieldInTheFormsOrderAndSkipsBlankOnes() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("summary", PlainLanguageTexts.HARD);
        texts.put("promiseOpen", "   ");
        texts.put("promiseFixed", PlainLanguageTexts.EASY);
        texts.put("promiseWhen", null);

        Review review = textReview.review(TextReview.DUTCH, texts);

        assertThat(review.checks()).containsOnlyKeys("summary", "promiseFixed");
        assertThat(review.checks().keySet()).containsExactly("summary", "promiseFixed");
        assertThat(review.of("promiseOpen")).isNull();
        assertThat(review.of("summary").text()).isEqualTo(PlainLanguageTexts.HARD);
        assertThat(review.of("summary").check().level()).isNotEqualTo(Level.B1);
        assertThat(review.of("promiseFixed").check().level()).isEqualTo(Level.B1);
        assertThat(review.needsConfirmation()).isTrue();
        assertThat(review.fieldsAboveB1()).containsExactly("summary");
    }

    @Test
    void onlyEasyTextsNeedNoConfirmation() {
        Review review = textReview.review(TextReview.DUTCH, Map.of("summary", PlainLanguageTexts.EASY));
        assertThat(review.needsConfirmation()).isFalse();
        assertThat(review.blocksSave()).isFalse();
    }

    @Test
    void readsTheCheckButtonAndTheConfirmationFromTheRequest() {
        MockHttpServletRequest check = new MockHttpServletRequest("POST", "/");
        check.addParameter(TextReview.CHECK_PARAMETER, "summary");
        MockHttpServletRequest save = new MockHttpServletRequest("POST", "/");
        MockHttpServletRequest confirmed = new MockHttpServletRequest("POST", "/");
        confirmed.addParameter(TextReview.CONFIRMATION_FIELD, "true");
        Map<String, String> hard = Map.of("summary", PlainLanguageTexts.HARD);

        assertThat(textReview.review(check, TextReview.DUTCH, hard)).satisfies(r -> {
            assertThat(r.checkRequested()).isTrue();
            assertThat(r.blocksSave()).isFalse();
        });
        assertThat(textReview.review(save, TextReview.DUTCH, hard).blocksSave()).isTrue();
        assertThat(textReview.review(confirmed, TextReview.DUTCH, hard)).satisfies(r -> {
            assertThat(r.confirmed()).isTrue();
            assertThat(r.blocksSave()).isFalse();
        });
    }

    @Test
    void theConfirmationErrorSitsOnTheCheckboxInTheUsersLanguage() {
        assertThat(textReview.confirmationError(Locale.forLanguageTag("nl")))
                .containsOnlyKeys(TextReview.CONFIRMATION_FIELD)
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(v -> v.contains("vinkje"), "Dutch"));
        assertThat(textReview.confirmationError(Locale.ENGLISH).get(TextReview.CONFIRMATION_FIELD)).contains("tick");
    }
}
