/**
 * Heldere taal (C11): a plain-language checker for Dutch and English texts that residents will read. Other
 * modules call {@link nl.samenspraak.language.PlainLanguage} to check a text, {@link nl.samenspraak.language.TextReview}
 * to check a form's fields before publishing, and {@link nl.samenspraak.language.PublishedTexts} to record the level
 * of what they published. Rules and word lists are data under {@code src/main/resources/language/}, not code.
 */
package nl.samenspraak.language;
