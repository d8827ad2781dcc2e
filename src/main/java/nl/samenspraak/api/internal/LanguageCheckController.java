package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.samenspraak.api.internal.LanguageJson.CheckRequest;
import nl.samenspraak.api.internal.LanguageJson.CheckResponse;
import nl.samenspraak.language.PlainLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plain-language checker for everyone: no token, nothing stored, the text never logged. Each client network is
 * limited ({@link LanguageCheckGuard}) and a body larger than any allowed text is refused before it is read.
 */
@RestController
@Tag(name = "Language", description = "How easy a text is to read, for everyone")
class LanguageCheckController {

    static final String PATH = "/api/v1/language/check";

    private final PlainLanguage plainLanguage;

    LanguageCheckController(PlainLanguage plainLanguage) {
        this.plainLanguage = plainLanguage;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Check how easy a text is to read",
            description = "Checks a Dutch (`nl`, the default) or English (`en`) text and explains the verdict: a level "
                    + "against B1, the scores, and each problem with its place in the text and a plainer alternative "
                    + "where there is one. `kind` is one of LONG_SENTENCE, LONG_WORD, RARE_WORD, JARGON, PASSIVE, "
                    + "NOMINALISATION, ABSTRACT_NOUN, ENGLISH_WORD, ABBREVIATION. `start` and `end` are offsets in "
                    + "UTF-16 code units into the text as sent (JavaScript's `text.slice(start, end)`; an emoji "
                    + "counts as 2). Open for everyone, without a token. Nothing is stored and the text is never "
                    + "logged. Each network (an IPv4 address or an IPv6 /64) may check " 
                    + LanguageCheckGuard.DEFAULT_CHECKS_PER_MINUTE + " texts a minute; more answers 429 with "
                    + "Retry-After. A text over " + PlainLanguage.MAX_CHARACTERS + " characters, or a request body "
                    + "over " + LanguageCheckGuard.MAX_BODY_BYTES + " bytes, answers 413.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CheckRequest.class),
                            examples = {
                                    @ExampleObject(name = "Dutch", value = "{\"text\": \"" + LanguageJson.EXAMPLE_TEXT
                                            + "\", \"language\": \"nl\"}"),
                                    @ExampleObject(name = "English", value = "{\"text\": \"We will discuss your "
                                            + "care arrangement at the kitchen table.\", \"language\": \"en\"}")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The verdict", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CheckResponse.class),
                            examples = @ExampleObject(name = "Dutch", value = """
                                    {"language": "nl", "level": "ABOVE_B1",
                                     "score": {"lint": 41.3, "fleschDouma": 38.5, "leesindexA": 71.2},
                                     "components": {"wordFrequency": 3.9, "dependencyLength": 5.0,
                                                    "contentWordsPerClause": 4.0, "concreteNouns": 0.33},
                                     "findings": [
                                       {"kind": "JARGON", "start": 17, "end": 36, "text": "maatwerkvoorziening",
                                        "suggestion": "hulp die bij u past"},
                                       {"kind": "JARGON", "start": 49, "end": 67, "text": "keukentafelgesprek",
                                        "suggestion": "gesprek bij u thuis over de hulp die u nodig heeft"}],
                                     "sentences": 1, "words": 8}"""))),
                    @ApiResponse(responseCode = "400", description = "The body is not a JSON object of this form"),
                    @ApiResponse(responseCode = "413", description = "The text has more than "
                            + PlainLanguage.MAX_CHARACTERS + " characters, or the body is larger than any such text"),
                    @ApiResponse(responseCode = "415", description = "The body is not sent as application/json"),
                    @ApiResponse(responseCode = "422", description = "`text` is missing or blank, or `language` is "
                            + "not nl or en; see `errors`"),
                    @ApiResponse(responseCode = "429", description = "Too many checks from your network; wait the "
                            + "seconds in Retry-After")})
    CheckResponse check(@Valid @RequestBody CheckRequest request) {
        if (request.text().length() > PlainLanguage.MAX_CHARACTERS) {
            throw tooLong();
        }
        try {
            return CheckResponse.of(plainLanguage.check(request.text(), request.locale()));
        } catch (PlainLanguage.TextTooLongException e) {
            throw tooLong();
        }
    }

    static ApiProblem tooLong() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "The text is too long: send at most "
                + PlainLanguage.MAX_CHARACTERS + " characters.");
    }
}
