package nl.samenspraak.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Marks stored content whose language differs from the page's, so a screen reader reads it with
 * the right voice (WCAG 3.1.2). Templates put {@code th:lang="${@lang.nl()}"} on an element that
 * holds Dutch content (titles, summaries, answers, decisions: stored texts are Dutch), and
 * {@code th:lang="${@lang.of(input.language)}"} on an input and its answer, which are in the
 * author's language. On a page in the same language the attribute is left out (null).
 */
@Component("lang")
public class ContentLanguage {

    /** The language of stored texts that carry no language of their own. */
    public static final String STORED = "nl";

    /** {@code "nl"} on a page that is not Dutch; null (no attribute) on a Dutch page. */
    public String nl() {
        return of(STORED);
    }

    /** The content's language when it differs from the page's; null when it is the same. */
    public String of(String language) {
        String content = language == null || language.isBlank() ? STORED : language;
        String page = LocaleContextHolder.getLocale().getLanguage();
        return content.equals(page) ? null : content;
    }
}
