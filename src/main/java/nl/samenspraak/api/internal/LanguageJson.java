package nl.samenspraak.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.language.TextCheck;

/** The JSON forms of the plain-language check in the API. */
final class LanguageJson {

    static final String EXAMPLE_TEXT = "Wij bespreken uw maatwerkvoorziening tijdens het keukentafelgesprek.";

    private LanguageJson() {}

    @Schema(name = "LanguageCheckRequest", description = "A text to check. Nothing of it is stored or logged.")
    record CheckRequest(
            @Schema(description = "The text, at most " + PlainLanguage.MAX_CHARACTERS + " characters (UTF-16 code "
                    + "units, as JavaScript counts them). Longer: 413.", example = EXAMPLE_TEXT,
                    maxLength = PlainLanguage.MAX_CHARACTERS, requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank String text,
            @Schema(description = "The text's language: `nl` (Dutch, the default) or `en` (English). Anything else: "
                    + "422.", allowableValues = {"nl", "en"}, defaultValue = "nl", example = "nl",
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @Pattern(regexp = "nl|en", message = "must be nl or en") String language) {

        Locale locale() {
            return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        }
    }

    @Schema(name = "LanguageScore", description = "The scores. Dutch texts have `lint`, `fleschDouma` and "
            + "`leesindexA`; English texts have `flesch`. A score that does not apply is left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Score(
            @Schema(description = "LiNT-style score: how hard the text is, from its four components (higher is "
                    + "harder)", example = "38.2") Double lint,
            @Schema(description = "Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence "
                    + "(higher is easier)", example = "64.1") Double fleschDouma,
            @Schema(description = "Brouwer's Leesindex A: 195 − 2 × words per sentence − 0.67 × syllables per 100 "
                    + "words (higher is easier)", example = "72.5") Double leesindexA,
            @Schema(description = "Flesch Reading Ease, for English texts (higher is easier)", example = "70.3")
            Double flesch) {

        static Score of(Map<String, Double> score) {
            return new Score(score.get("lint"), score.get("fleschDouma"), score.get("leesindexA"), score.get("flesch"));
        }
    }

    @Schema(name = "LanguageFinding", description = "One problem in the text.")
    record FindingView(
            @Schema(description = "What kind of problem", example = "JARGON") FindingKind kind,
            @Schema(description = "Where it starts: an offset in UTF-16 code units into the text as sent (as "
                    + "JavaScript's String.slice counts)", example = "17") int start,
            @Schema(description = "Where it ends (exclusive), in the same units", example = "36") int end,
            @Schema(description = "The marked part of the text: text.slice(start, end)",
                    example = "maatwerkvoorziening") String text,
            @Schema(description = "A plainer alternative or advice, in the text's language; null when there is none",
                    example = "hulp die bij u past", nullable = true) String suggestion) {

        static FindingView of(Finding finding) {
            return new FindingView(finding.kind(), finding.start(), finding.end(), finding.text(),
                    finding.suggestion());
        }
    }

    @Schema(name = "LanguageCheck", description = "How easy the text is to read, and why.")
    record CheckResponse(
            @Schema(description = "The language the text was checked as", allowableValues = {"nl", "en"},
                    example = "nl") String language,
            @Schema(description = "The verdict: B1 (at or below B1, easy for most adults), ABOVE_B1 (many "
                    + "residents will struggle) or WELL_ABOVE_B1 (most residents will not understand it)",
                    example = "ABOVE_B1") Level level,
            Score score,
            @Schema(description = "The LiNT-style components of a Dutch text by name: `wordFrequency`, "
                    + "`dependencyLength`, `contentWordsPerClause`, `concreteNouns`. Empty for English.",
                    example = "{\"wordFrequency\": 4.1, \"dependencyLength\": 6.0, \"contentWordsPerClause\": 3.5, "
                            + "\"concreteNouns\": 0.4}")
            Map<String, Double> components,
            @ArraySchema(arraySchema = @Schema(description = "The problems, in the order of the text"))
            List<FindingView> findings,
            @Schema(description = "Number of sentences", example = "1") int sentences,
            @Schema(description = "Number of words", example = "8") int words) {

        static CheckResponse of(TextCheck check) {
            return new CheckResponse(check.language(), check.level(), Score.of(check.score()), check.components(),
                    check.findings().stream().map(FindingView::of).toList(), check.sentences(), check.words());
        }
    }
}
