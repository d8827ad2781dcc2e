package nl.samenspraak.language.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.language.Dutch;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Splits Dutch text into sentences and words and tags each word with its part of speech, with LanguageTool's Dutch
 * sentence tokenizer, word tokenizer and tagger. No LanguageTool rules are loaded.
 *
 * <p>LanguageTool does not promise that its tokenizers and tagger are safe to share between threads, so each check
 * borrows one set from a small pool (a set takes about a second to build). The tagger looks at one word at a time,
 * so a word's readings are cached: most words of a text are common and repeat, which keeps tagging cheap.
 */
final class DutchAnalysis {

    /** What a word is, as far as the checker needs to know. */
    enum Pos { NOUN, NAME, FINITE_VERB, INFINITIVE, PARTICIPLE, ADJECTIVE, ADVERB, DETERMINER, PREPOSITION,
        CONJUNCTION, PRONOUN, NUMBER, PUNCTUATION, OTHER }

    /** A word or mark: offsets into the whole text; {@code participle} when one reading is a past participle. */
    record Token(int start, int end, String text, Pos pos, String lemma, boolean participle, boolean infinitive,
                 boolean nounReading) {
        boolean isWord() {
            return pos != Pos.PUNCTUATION;
        }
    }

    record Sentence(int start, int end, List<Token> tokens) {
        List<Token> words() {
            return tokens.stream().filter(Token::isWord).toList();
        }
    }

    /** A word's readings reduced to the checker's categories, cached by its exact spelling. */
    private record Readings(List<Pos> candidates, String verbLemma, String lemma, boolean participle,
                            boolean infinitive, boolean noun) {
    }

    private record Tools(SentenceTokenizer sentences, Tokenizer words, Tagger tagger) {
    }

    private static final int MAX_CACHED_WORDS = 200_000;
    private static final int MAX_CACHED_LINES = 5_000;

    private final Dutch dutch = new Dutch();
    private final ConcurrentLinkedQueue<Tools> pool = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, Readings> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> sentenceCache = new ConcurrentHashMap<>();

    List<Sentence> analyse(String text) {
        Tools tools = pool.poll();
        if (tools == null) {
            tools = new Tools(dutch.createDefaultSentenceTokenizer(), dutch.createDefaultWordTokenizer(),
                    dutch.createDefaultTagger());
        }
        try {
            return analyse(text, tools);
        } finally {
            if (pool.size() < Runtime.getRuntime().availableProcessors() * 2) {
                pool.offer(tools);
            }
        }
    }

    private List<Sentence> analyse(String text, Tools tools) {
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                analyseLine(text, lineStart, line, tools, result);
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    /**
     * Each line is split into sentences on its own: a line break in a form's text ends a sentence (a list item, a
     * heading), and the live panel sends the same lines again and again while one is being typed, so a line's
     * sentences are cached (LanguageTool's sentence rules are most of the time of a check).
     */
    private void analyseLine(String text, int lineStart, String line, Tools tools, List<Sentence> result) {
        List<String> pieces = sentenceCache.get(line);
        if (pieces == null) {
            pieces = List.copyOf(tools.sentences().tokenize(line));
            if (sentenceCache.size() > MAX_CACHED_LINES) {
                sentenceCache.clear();
            }
            sentenceCache.put(line, pieces);
        }
        int offset = lineStart;
        for (String piece : pieces) {
            // The tokenizer's pieces are consecutive parts of the text; searching keeps offsets right even if not.
            int found = text.indexOf(piece, offset);
            int start = text.startsWith(piece, offset) ? offset : found < 0 ? offset : found;
            offset = start + piece.length();
            List<Token> tokens = new ArrayList<>();
            int position = start;
            Token previous = null;
            boolean clauseHasFinite = false;
            for (String word : tools.words().tokenize(piece)) {
                int at = text.startsWith(word, position) ? position : text.indexOf(word, position);
                if (at < 0) {
                    continue;
                }
                position = at + word.length();
                if (word.isBlank()) {
                    continue;
                }
                Token token = token(word, at, previous, clauseHasFinite, tools.tagger());
                if (token != null) {
                    tokens.add(token);
                    previous = token;
                    if (token.pos() == Pos.FINITE_VERB) {
                        clauseHasFinite = true;
                    } else if (token.pos() == Pos.PUNCTUATION || token.pos() == Pos.CONJUNCTION) {
                        clauseHasFinite = false;
                    }
                }
            }
            if (!tokens.isEmpty()) {
                result.add(new Sentence(start, offset, List.copyOf(tokens)));
            }
        }
    }

    private Token token(String word, int start, Token previous, boolean clauseHasFinite, Tagger tagger) {
        int end = start + word.length();
        if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return word.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL
                    || Character.isSurrogate((char) c))
                    ? null : new Token(start, end, word, Pos.PUNCTUATION, word, false, false, false);
        }
        if (word.codePoints().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.' || c == ',' || c == ':')) {
            return new Token(start, end, word, Pos.NUMBER, word, false, false, false);
        }
        Readings readings = readings(word, tagger);
        Pos pos = choose(readings.candidates(), word, previous);
        // The Dutch plural present has the infinitive's form ("wij hebben", "de bewoners gaan"), and the tagger
        // tags it as an infinitive: right after a subject, a fronted adverb or a comma ("..., worden bewoners
        // uitgenodigd"), in a clause without a finite verb yet, it is finite.
        if (readings.infinitive() && !clauseHasFinite && previous != null
                && (previous.pos() == Pos.PRONOUN || previous.pos() == Pos.NOUN || previous.pos() == Pos.NAME
                || previous.pos() == Pos.ADVERB || ",".equals(previous.text()))) {
            pos = Pos.FINITE_VERB;
        }
        String lemma = switch (pos) {
            case FINITE_VERB, INFINITIVE, PARTICIPLE -> readings.verbLemma() != null ? readings.verbLemma()
                    : readings.lemma();
            default -> readings.lemma();
        };
        return new Token(start, end, word, pos, lemma, readings.participle(), readings.infinitive(),
                readings.noun());
    }

    /**
     * Picks one category from a word's readings with a few rules of Dutch word order, since the tagger gives every
     * reading ("brief": noun or verb) and loads no disambiguation rules. Function words win over the rare noun
     * readings the dictionary has for them ("is", "zij"); after an article or determiner a noun wins; a
     * first-person verb form wins only after "ik".
     */
    private static Pos choose(List<Pos> candidates, String word, Token previous) {
        if (candidates.isEmpty()) {
            return Character.isUpperCase(word.codePointAt(0)) && previous != null ? Pos.NAME : Pos.OTHER;
        }
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        boolean afterDeterminer = previous != null
                && (previous.pos() == Pos.DETERMINER || previous.pos() == Pos.ADJECTIVE);
        if (afterDeterminer) {
            for (Pos modifier : List.of(Pos.NUMBER, Pos.ADJECTIVE)) {
                if (candidates.contains(modifier) && (!candidates.contains(Pos.NOUN)
                        || candidates.indexOf(modifier) < candidates.indexOf(Pos.NOUN))) {
                    return modifier;
                }
            }
            if (candidates.contains(Pos.NOUN)) {
                return Pos.NOUN;
            }
        }
        if (previous != null && previous.pos() == Pos.PREPOSITION && candidates.contains(Pos.NOUN)
                && !candidates.contains(Pos.DETERMINER) && !candidates.contains(Pos.PRONOUN)) {
            return Pos.NOUN;
        }
        // Articles, prepositions and conjunctions also have rare verb readings in the dictionary ("uit": uiten).
        for (Pos function : List.of(Pos.DETERMINER, Pos.PREPOSITION, Pos.CONJUNCTION, Pos.NUMBER)) {
            if (candidates.contains(function)) {
                return function == Pos.NUMBER ? Pos.DETERMINER : function;
            }
        }
        for (Pos function : List.of(Pos.PRONOUN, Pos.ADVERB)) {
            if (candidates.contains(function) && !candidates.contains(Pos.FINITE_VERB)) {
                return function;
            }
        }
        if (candidates.contains(Pos.FINITE_VERB)) {
            boolean onlyFirstPerson = candidates.indexOf(Pos.FINITE_VERB) < 0;
            return onlyFirstPerson ? Pos.NOUN : Pos.FINITE_VERB;
        }
        for (Pos content : List.of(Pos.PARTICIPLE, Pos.INFINITIVE, Pos.ADJECTIVE, Pos.NOUN, Pos.NAME)) {
            if (candidates.contains(content)) {
                return content;
            }
        }
        return candidates.getFirst();
    }

    private Readings readings(String word, Tagger tagger) {
        Readings cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<AnalyzedTokenReadings> tagged;
        try {
            tagged = tagger.tag(List.of(word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pos> candidates = new ArrayList<>();
        String verbLemma = null;
        String lemma = word.toLowerCase(Locale.ROOT);
        boolean participle = false;
        boolean infinitive = false;
        boolean noun = false;
        boolean firstPersonOnly = true;
        boolean finite = false;
        for (AnalyzedToken reading : tagged.getFirst().getReadings()) {
            String tag = reading.getPOSTag();
            if (tag == null) {
                continue;
            }
            Pos pos = pos(tag);
            if (pos == null) {
                continue;
            }
            if (pos == Pos.FINITE_VERB) {
                finite = true;
                if (!tag.startsWith("WKW:TGW:1EP")) {
                    firstPersonOnly = false;
                }
            }
            if (tag.startsWith("WKW") && reading.getLemma() != null && verbLemma == null) {
                verbLemma = reading.getLemma().toLowerCase(Locale.ROOT);
            }
            if (pos != Pos.FINITE_VERB && reading.getLemma() != null && candidates.isEmpty()) {
                lemma = reading.getLemma().toLowerCase(Locale.ROOT);
            }
            participle |= pos == Pos.PARTICIPLE;
            infinitive |= pos == Pos.INFINITIVE;
            noun |= pos == Pos.NOUN;
            if (!candidates.contains(pos)) {
                candidates.add(pos);
            }
        }
        if (finite && firstPersonOnly && candidates.size() > 1) {
            // "brief", "nodig", "snel": a first-person verb reading only counts after "ik" (see choose); marking it
            // by leaving FINITE_VERB out keeps the common adjective or noun reading.
            candidates.remove(Pos.FINITE_VERB);
        }
        Readings readings = new Readings(List.copyOf(candidates), verbLemma, lemma, participle, infinitive, noun);
        if (cache.size() > MAX_CACHED_WORDS) {
            cache.clear();
        }
        cache.put(word, readings);
        return readings;
    }

    /** LanguageTool's Dutch tags (from the OpenTaal-based dictionary): WKW verb, ZNW noun, BNW adjective, ... */
    private static Pos pos(String tag) {
        if (tag.startsWith("WKW:VTD")) {
            return Pos.PARTICIPLE;
        }
        if (tag.startsWith("WKW:TGW:INF")) {
            return Pos.INFINITIVE;
        }
        if (tag.startsWith("WKW")) {
            return Pos.FINITE_VERB;
        }
        if (tag.startsWith("ZNW")) {
            return Pos.NOUN;
        }
        if (tag.startsWith("ENM")) {
            return Pos.NAME;
        }
        if (tag.startsWith("BNW")) {
            return Pos.ADJECTIVE;
        }
        if (tag.startsWith("BYW")) {
            return Pos.ADVERB;
        }
        if (tag.startsWith("VNW:AWZ") || tag.startsWith("LID") || tag.contains(":BEZ")) {
            return Pos.DETERMINER;
        }
        if (tag.startsWith("VNW")) {
            return Pos.PRONOUN;
        }
        if (tag.startsWith("VRZ")) {
            return Pos.PREPOSITION;
        }
        if (tag.startsWith("VGW")) {
            return Pos.CONJUNCTION;
        }
        if (tag.startsWith("GET")) {
            return Pos.NUMBER;
        }
        if (tag.startsWith("ITP")) {
            return Pos.PUNCTUATION;
        }
        return null;
    }
}
