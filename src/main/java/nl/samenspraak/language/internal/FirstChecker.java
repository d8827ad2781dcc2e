package nl.samenspraak.language.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.language.TextCheck;
import org.languagetool.language.Dutch;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.springframework.stereotype.Component;

/**
 * The first version of the checker: LanguageTool's Dutch sentence splitting, sentence and word length, and the
 * Flesch-Douma and Leesindex A formulas. The full checker replaces it.
 */
@Component
class FirstChecker implements PlainLanguage {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'-]*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouyáéíóúàèëïöü]+", Pattern.CASE_INSENSITIVE);
    private static final int LONG_SENTENCE_WORDS = 20;
    private static final int LONG_WORD_SYLLABLES = 5;

    private final SentenceTokenizer sentences = new Dutch().createDefaultSentenceTokenizer();

    @Override
    public TextCheck check(String text, Locale language) {
        if (text.length() > MAX_CHARACTERS) {
            throw new TextTooLongException(text.length());
        }
        List<Finding> findings = new ArrayList<>();
        int sentenceCount = 0;
        int words = 0;
        int syllables = 0;
        int offset = 0;
        for (String sentence : sentences.tokenize(text)) {
            int start = offset;
            offset += sentence.length();
            int sentenceWords = 0;
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                sentenceWords++;
                int wordSyllables = syllables(word.group());
                syllables += wordSyllables;
                if (wordSyllables >= LONG_WORD_SYLLABLES) {
                    findings.add(new Finding(FindingKind.LONG_WORD, start + word.start(), start + word.end(),
                            word.group(), null));
                }
            }
            if (sentenceWords == 0) {
                continue;
            }
            sentenceCount++;
            words += sentenceWords;
            if (sentenceWords > LONG_SENTENCE_WORDS) {
                String trimmed = sentence.strip();
                int lead = sentence.indexOf(trimmed);
                findings.add(new Finding(FindingKind.LONG_SENTENCE, start + lead, start + lead + trimmed.length(),
                        trimmed, null));
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        double wordsPerSentence = sentenceCount == 0 ? 0 : (double) words / sentenceCount;
        double syllablesPer100Words = words == 0 ? 0 : 100.0 * syllables / words;
        Map<String, Double> score = new LinkedHashMap<>();
        double fleschDouma = 206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence;
        score.put("fleschDouma", round(fleschDouma));
        score.put("leesindexA", round(195 - 2 * wordsPerSentence - 0.67 * syllablesPer100Words));
        Level level = words == 0 || fleschDouma >= 60 ? Level.B1 : fleschDouma >= 40 ? Level.ABOVE_B1 : Level.WELL_ABOVE_B1;
        String lang = "en".equals(language.getLanguage()) ? "en" : "nl";
        return new TextCheck(lang, level, score, Map.of(), findings, sentenceCount, words);
    }

    private static int syllables(String word) {
        int groups = 0;
        Matcher vowels = VOWEL_GROUP.matcher(word);
        while (vowels.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
