package nl.samenspraak.language.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.language.TextCheck;
import nl.samenspraak.language.internal.DutchAnalysis.Pos;
import nl.samenspraak.language.internal.DutchAnalysis.Sentence;
import nl.samenspraak.language.internal.DutchAnalysis.Token;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The plain-language checker: a LiNT-style score with its four components, Flesch-Douma and Leesindex A for Dutch,
 * classic Flesch for English, and the findings that explain them. Words and rules come from {@link Lexicon} and
 * {@link JargonList}; the Dutch analysis from LanguageTool ({@link DutchAnalysis}).
 */
@Component
class PlainLanguageChecker implements PlainLanguage {

    static final int LONG_SENTENCE_WORDS = 20;
    static final int LONG_WORD_SYLLABLES = 5;
    static final int LONG_WORD_LETTERS = 18;
    /** A word among the 30,000 most common of the frequency list is not rare (rank 30,000 is about Zipf 2.9). */
    static final int COMMON_WORDS = 30_000;
    /** A long word this common (for instance "vrijwilligers") is read easily all the same. */
    static final int FAMILIAR_WORDS = 5_000;
    /**
     * LiNT scores (0 easy to 100 hard) mapped to levels. LiNT's published bands are 34, 46 and 60 (levels 1 to 4,
     * read well by about 85 %, 69 %, 45 % and 18 % of adults). B1 is the level about three in four adults read
     * with ease, which lies between bands 1 and 2: below 41 is B1. From 53, in the middle of band 3, only about
     * half of adults follow: well above B1.
     */
    static final double B1_BELOW = 41;
    static final double WELL_ABOVE_FROM = 53;
    /** Fewer words than this are a label or a short message: the scores say little, the findings decide. */
    static final int SHORT_TEXT_WORDS = 25;
    private static final Set<FindingKind> HARD_WORDS = Set.of(FindingKind.JARGON, FindingKind.RARE_WORD,
            FindingKind.ENGLISH_WORD, FindingKind.ABBREVIATION, FindingKind.LONG_WORD);

    private static final Pattern ENGLISH_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}{1,3}\\.){2,}");

    private final JargonList jargon;
    private final Lexicon lexicon;
    private final DutchAnalysis analysis = new DutchAnalysis();
    private final PhraseIndex english;
    private final Set<String> auxiliaries;
    private final Set<String> passiveAuxiliaries;
    private final Set<String> statePassiveAuxiliaries;
    private final Set<String> zijnVerbs;
    private final Set<String> nominalisationArticles;
    private final Set<String> ingArticles;
    private final String ingSuffix;
    private final String nominalisationPreposition;
    private final Set<String> subordinators;
    private final Set<String> relativePronouns;
    private final String relativeAdverbPrefix;
    private final Set<String> questionOpeners;
    private volatile PhraseIndex jargonIndex;
    private volatile Map<String, String> jargonIndexed;

    @Autowired
    PlainLanguageChecker(JargonList jargon) {
        this(jargon, Lexicon.shipped());
    }

    PlainLanguageChecker(JargonList jargon, Lexicon lexicon) {
        this.jargon = jargon;
        this.lexicon = lexicon;
        this.english = new PhraseIndex(lexicon.english);
        auxiliaries = lexicon.rule("auxiliaries");
        passiveAuxiliaries = lexicon.rule("passiveAuxiliaries");
        statePassiveAuxiliaries = lexicon.rule("statePassiveAuxiliaries");
        zijnVerbs = lexicon.rule("zijnVerbs");
        nominalisationArticles = lexicon.rule("nominalisationArticles");
        ingArticles = lexicon.rule("ingArticles");
        ingSuffix = lexicon.rules.getProperty("ingSuffix", "ing");
        nominalisationPreposition = lexicon.rules.getProperty("nominalisationPreposition", "van");
        subordinators = lexicon.rule("subordinators");
        relativePronouns = lexicon.rule("relativePronouns");
        relativeAdverbPrefix = lexicon.rules.getProperty("relativeAdverbPrefix", "waar");
        questionOpeners = lexicon.rule("questionOpeners");
    }

    /**
     * LanguageTool reads its Dutch dictionary and tagger data on first use, which takes seconds. Doing that in the
     * background once the app is up keeps the first coordinator's live panel (and the first /taalhulp visitor)
     * from waiting for it.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("language-warm-up").start(() -> check(WARM_UP_TEXT, Locale.forLanguageTag("nl")));
    }

    private static final String WARM_UP_TEXT = "Wij willen graag weten wat u vindt. Kom naar het buurthuis.";

    @Override
    public TextCheck check(String text, Locale language) {
        if (text.length() > MAX_CHARACTERS) {
            throw new TextTooLongException(text.length());
        }
        return "en".equals(language.getLanguage()) ? english(text) : dutch(text);
    }

    // ---------------------------------------------------------------- Dutch

    private TextCheck dutch(String text) {
        List<Sentence> sentences = analysis.analyse(text);
        List<Finding> findings = new ArrayList<>();
        int words = 0;
        int syllables = 0;
        int countedSentences = 0;
        double frequencySum = 0;
        int frequencyWords = 0;
        double dependencySum = 0;
        double contentPerClauseSum = 0;
        int nouns = 0;
        int abstractNouns = 0;
        Map<String, String> jargonNow = jargon.entries();
        PhraseIndex jargonPhrases = jargonIndex(jargonNow);
        char[] lower = lowerCase(text);
        jargonPhrases.find(text, lower, FindingKind.JARGON, findings, alternative -> alternative == null
                || alternative.isBlank() ? null : lexicon.suggestion(true, "JARGON", alternative));
        english.find(text, lower, FindingKind.ENGLISH_WORD, findings, alternative -> alternative == null
                || alternative.isBlank() ? null : lexicon.suggestion(true, "ENGLISH_WORD", alternative));
        abbreviations(text, findings);
        List<Finding> listed = List.copyOf(findings);

        for (Sentence sentence : sentences) {
            List<Token> sentenceWords = sentence.words();
            if (sentenceWords.isEmpty()) {
                continue;
            }
            countedSentences++;
            words += sentenceWords.size();
            int contentWords = 0;
            int finiteVerbs = 0;
            for (Token token : sentenceWords) {
                int wordSyllables = lexicon.hyphenation.syllables(token.text());
                syllables += token.pos() == Pos.NUMBER ? 1 : wordSyllables;
                String lowerWord = token.text().toLowerCase(Locale.ROOT);
                boolean known = lexicon.knownWords.contains(lowerWord);
                if (token.pos() == Pos.FINITE_VERB) {
                    finiteVerbs++;
                }
                boolean content = isContent(token);
                if (content || token.pos() == Pos.ADVERB) {
                    frequencySum += known ? 5 : lexicon.frequencies.zipf(lowerWord);
                    frequencyWords++;
                }
                if (content) {
                    contentWords++;
                }
                if (token.pos() == Pos.NOUN) {
                    nouns++;
                    if (lexicon.isAbstract(lowerWord)) {
                        abstractNouns++;
                    }
                }
                if (known || covered(listed, token) || token.pos() == Pos.NUMBER || isName(token, sentence)) {
                    continue;
                }
                boolean familiar = lexicon.frequencies.rank(lowerWord) <= FAMILIAR_WORDS;
                if (!familiar && (wordSyllables >= LONG_WORD_SYLLABLES || token.text().length() >= LONG_WORD_LETTERS)
                        && !isAllCaps(token.text())) {
                    findings.add(finding(FindingKind.LONG_WORD, token, text, lexicon.suggestion(true, "LONG_WORD")));
                } else if (content && !isAllCaps(token.text()) && !lexicon.frequencies.common(lowerWord, COMMON_WORDS)
                        && !lexicon.frequencies.common(token.lemma(), COMMON_WORDS)) {
                    findings.add(finding(FindingKind.RARE_WORD, token, text, lexicon.suggestion(true, "RARE_WORD")));
                }
                if (token.pos() == Pos.NOUN && lexicon.isAbstract(lowerWord)) {
                    findings.add(finding(FindingKind.ABSTRACT_NOUN, token, text,
                            lexicon.suggestion(true, "ABSTRACT_NOUN")));
                }
            }
            int clauses = Math.max(1, finiteVerbs);
            contentPerClauseSum += (double) contentWords / clauses;
            dependencySum += Math.max(Math.max(longestDependency(sentence.tokens()),
                    subordinateDependency(sentence.tokens())), verbClusterDependency(sentence.tokens()));
            if (sentenceWords.size() > LONG_SENTENCE_WORDS) {
                findings.add(new Finding(FindingKind.LONG_SENTENCE, sentenceWords.getFirst().start(),
                        sentence.tokens().getLast().end(),
                        text.substring(sentenceWords.getFirst().start(), sentence.tokens().getLast().end()),
                        lexicon.suggestion(true, "LONG_SENTENCE", sentenceWords.size())));
            }
            passives(sentence, text, findings);
            nominalisations(sentence, text, findings);
        }
        dropAbstractInsideNominalisations(findings);
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::kind));

        Map<String, Double> components = new LinkedHashMap<>();
        Map<String, Double> score = new LinkedHashMap<>();
        if (countedSentences == 0) {
            return new TextCheck("nl", Level.B1, score, components, findings, 0, 0);
        }
        double frequency = frequencyWords == 0 ? 5 : frequencySum / frequencyWords;
        double dependency = dependencySum / countedSentences;
        double perClause = contentPerClauseSum / countedSentences;
        double concrete = nouns == 0 ? 1 : 1 - (double) abstractNouns / nouns;
        components.put("wordFrequency", round(frequency));
        components.put("dependencyLength", round(dependency));
        components.put("contentWordsPerClause", round(perClause));
        components.put("concreteNouns", round(concrete));
        // LiNT (Pander Maat, Kleijn & Frissen 2023, Tijdschrift voor Taalbeheersing 45(1)): 100 minus the predicted
        // comprehension, 3.204 + 15.845 frequency - 1.331 dependency length - 3.829 content words per clause
        // + 13.096 share of concrete nouns; kept between 0 and 100.
        double lint = Math.clamp(100 - (3.204 + 15.845 * frequency - 1.331 * dependency - 3.829 * perClause
                + 13.096 * concrete), 0, 100);
        double wordsPerSentence = (double) words / countedSentences;
        double syllablesPer100 = 100.0 * syllables / words;
        score.put("lint", round(lint));
        score.put("fleschDouma", round(206.84 - 0.77 * syllablesPer100 - 0.93 * wordsPerSentence));
        score.put("leesindexA", round(195 - 2 * wordsPerSentence - 0.67 * syllablesPer100));
        Level level = lint < B1_BELOW ? Level.B1 : lint < WELL_ABOVE_FROM ? Level.ABOVE_B1 : Level.WELL_ABOVE_B1;
        if (words < SHORT_TEXT_WORDS) {
            level = lenient(findings);
        }
        return new TextCheck("nl", level, score, components, findings, countedSentences, words);
    }

    /**
     * A short text is too short for the formulas. It is at B1 unless it holds more than one hard word: one marked
     * word in a short sentence is advice (the finding shows it), two or more make the sentence hard; even then it is
     * only above B1.
     */
    private static Level lenient(List<Finding> findings) {
        return findings.stream().filter(f -> HARD_WORDS.contains(f.kind())).count() >= SHORT_TEXT_HARD_WORDS
                ? Level.ABOVE_B1 : Level.B1;
    }

    static final int SHORT_TEXT_HARD_WORDS = 2;

    private boolean isContent(Token token) {
        return switch (token.pos()) {
            case NOUN, ADJECTIVE, PARTICIPLE -> true;
            case FINITE_VERB, INFINITIVE -> !auxiliaries.contains(token.lemma());
            default -> false;
        };
    }

    /** A capitalised word inside a sentence that the tagger does not know as a common word is a name. */
    private static boolean isName(Token token, Sentence sentence) {
        if (token.pos() == Pos.NAME) {
            return true;
        }
        // Dutch writes common nouns in lower case, so a capital inside a sentence marks a name ("Den Burg",
        // "Veendam"), whatever the tagger guesses.
        boolean first = sentence.words().getFirst() == token;
        return !first && Character.isUpperCase(token.text().codePointAt(0)) && !isAllCaps(token.text());
    }

    /** The two letters of a Dutch postcode ("6163 AA") are no abbreviation. */
    private static boolean postcodeLetters(String text, int start) {
        return POSTCODE_DIGITS.matcher(text.substring(Math.max(0, start - 5), start)).find();
    }

    private static final Pattern POSTCODE_DIGITS = Pattern.compile("(?<!\\d)\\d{4} ?$");

    private static boolean isAllCaps(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean covered(List<Finding> findings, Token token) {
        for (Finding finding : findings) {
            if (finding.start() < token.end() && token.start() < finding.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest dependency in a sentence, approximated from parts of speech since there is no parser: the number
     * of words between an article or preposition and its noun, between a clause's first noun or pronoun (its
     * likely subject) and its finite verb, between a finite verb and the last verb of its cluster (the Dutch
     * "tangconstructie": "hebben uw brief gisteren ontvangen"), and between a subordinating conjunction and the
     * clause's finite verb at its end. Clauses end at punctuation and conjunctions. LiNT measures the same distance
     * on a full dependency parse; this undercounts some and overcounts few.
     */
    private static int longestDependency(List<Token> tokens) {
        int longest = 0;
        List<Token> clause = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            if (token == null || clauseEnds(token)) {
                if (!clause.isEmpty()) {
                    longest = Math.max(longest, clauseDependency(clause));
                }
                clause = new ArrayList<>();
            }
            if (token != null && token.isWord()) {
                clause.add(token);
            }
        }
        return longest;
    }

    /**
     * A subordinate clause puts its finite verb last, often after insertions between commas ("waarin hij de
     * omstandigheden, bedoeld in het vierde lid, beschrijft"): the words from its opener (a subordinating
     * conjunction, a relative pronoun or "waarin"-like adverb after a comma) to its finite verb, across commas.
     */
    private int subordinateDependency(List<Token> tokens) {
        int longest = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!opens(tokens, i)) {
                continue;
            }
            int between = 0;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token next = tokens.get(j);
                if (next.pos() == Pos.FINITE_VERB) {
                    longest = Math.max(longest, between);
                    break;
                }
                if (next.isWord()) {
                    between++;
                } else if (!",".equals(next.text())) {
                    break;
                }
            }
        }
        return longest;
    }

    private boolean opens(List<Token> tokens, int i) {
        String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
        boolean afterComma = i > 0 && ",".equals(tokens.get(i - 1).text());
        return subordinators.contains(lower) || (afterComma && relativePronouns.contains(lower))
                || (i > 0 && questionOpeners.contains(lower))
                || (i > 0 && lower.startsWith(relativeAdverbPrefix) && lower.length() > relativeAdverbPrefix.length() + 1);
    }

    /**
     * A finite verb and the rest of its verb cluster ("voert het college ... een onderzoek uit", "hebben ...
     * ontvangen"), across commas and over subordinate clauses inside it: the partner is an infinitive or participle
     * of the same clause, or a separable particle that with the verb's lemma makes a known verb ("uit" + "voeren").
     */
    private int verbClusterDependency(List<Token> tokens) {
        int longest = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token finite = tokens.get(i);
            if (finite.pos() != Pos.FINITE_VERB) {
                continue;
            }
            int depth = 0;
            int between = 0;
            boolean justClosed = false;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token next = tokens.get(j);
                if (!next.isWord()) {
                    if (!",".equals(next.text())) {
                        break;
                    }
                    continue;
                }
                if (opens(tokens, j)) {
                    depth++;
                } else if (next.pos() == Pos.FINITE_VERB) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                    justClosed = true;
                    between++;
                    continue;
                } else if (depth == 0 && !justClosed && (next.pos() == Pos.INFINITIVE || next.pos() == Pos.PARTICIPLE)
                        || depth == 0 && isParticleOf(next, finite)) {
                    longest = Math.max(longest, between);
                    break;
                }
                if (next.pos() != Pos.INFINITIVE && next.pos() != Pos.PARTICIPLE) {
                    justClosed = false;
                }
                between++;
            }
        }
        return longest;
    }

    private boolean isParticleOf(Token token, Token finite) {
        String particle = token.text().toLowerCase(Locale.ROOT);
        return particle.length() >= 2 && particle.length() <= 5 && token.pos() != Pos.NOUN
                && finite.lemma() != null && !finite.lemma().startsWith(particle)
                && lexicon.frequencies.rank(particle + finite.lemma()) <= COMMON_WORDS * 2;
    }

    private static int clauseDependency(List<Token> clause) {
        int longest = 0;
        int firstFinite = -1;
        int firstSubject = -1;
        int lastVerb = -1;
        for (int i = 0; i < clause.size(); i++) {
            Pos pos = clause.get(i).pos();
            if (pos == Pos.FINITE_VERB && firstFinite < 0) {
                firstFinite = i;
            }
            if ((pos == Pos.NOUN || pos == Pos.PRONOUN || pos == Pos.NAME) && firstSubject < 0) {
                firstSubject = i;
            }
            if ((pos == Pos.INFINITIVE || pos == Pos.PARTICIPLE) && firstFinite >= 0 && lastVerb < 0) {
                lastVerb = i;
            }
            if (pos == Pos.DETERMINER || pos == Pos.PREPOSITION) {
                for (int j = i + 1; j < clause.size(); j++) {
                    Pos next = clause.get(j).pos();
                    if (next == Pos.NOUN || next == Pos.NAME || next == Pos.PRONOUN) {
                        longest = Math.max(longest, j - i - 1);
                        break;
                    }
                    if (next == Pos.FINITE_VERB || next == Pos.PREPOSITION) {
                        break;
                    }
                }
            }
        }
        if (firstFinite >= 0) {
            if (firstSubject >= 0 && firstSubject < firstFinite) {
                longest = Math.max(longest, firstFinite - firstSubject - 1);
            }
            if (clause.getFirst().pos() == Pos.CONJUNCTION) {
                longest = Math.max(longest, firstFinite - 1);
            }
            if (lastVerb > firstFinite) {
                longest = Math.max(longest, lastVerb - firstFinite - 1);
            }
        }
        return longest;
    }

    /** "wordt ... beoordeeld", "werden ... geholpen", "is ... ingediend": the auxiliary up to the participle. */
    private void passives(Sentence sentence, String text, List<Finding> findings) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token auxiliary = tokens.get(i);
            if (auxiliary.pos() != Pos.FINITE_VERB) {
                continue;
            }
            boolean worden = passiveAuxiliaries.contains(auxiliary.lemma());
            boolean zijn = statePassiveAuxiliaries.contains(auxiliary.lemma());
            if (!worden && !zijn) {
                continue;
            }
            // The participle may stand before the auxiliary in a subordinate clause ("dat het ingediend is").
            Token participle = null;
            for (int j = i + 1; j < tokens.size() && participle == null; j++) {
                Token next = tokens.get(j);
                if (clauseEnds(next) || next.pos() == Pos.FINITE_VERB) {
                    break;
                }
                if (next.participle()) {
                    participle = next;
                }
            }
            Token before = null;
            if (participle == null && i > 0 && tokens.get(i - 1).participle()) {
                before = tokens.get(i - 1);
            }
            Token found = participle != null ? participle : before;
            if (found == null || (!worden && zijnVerbs.contains(found.lemma()))) {
                continue;
            }
            int start = Math.min(auxiliary.start(), found.start());
            int end = Math.max(auxiliary.end(), found.end());
            findings.add(new Finding(FindingKind.PASSIVE, start, end, text.substring(start, end),
                    lexicon.suggestion(true, "PASSIVE")));
        }
    }

    private static boolean clauseEnds(Token token) {
        return token.pos() == Pos.PUNCTUATION || token.pos() == Pos.CONJUNCTION;
    }

    /** "het maken van", "het indienen van", "de uitvoering van": the article up to and including "van". */
    private void nominalisations(Sentence sentence, String text, List<Finding> findings) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String article = tokens.get(i).text().toLowerCase(Locale.ROOT);
            Token head = tokens.get(i + 1);
            boolean infinitive = nominalisationArticles.contains(article) && head.infinitive()
                    && head.pos() != Pos.FINITE_VERB;
            String lowerHead = head.text().toLowerCase(Locale.ROOT);
            boolean ing = ingArticles.contains(article) && head.nounReading() && lowerHead.endsWith(ingSuffix)
                    && lowerHead.length() > ingSuffix.length() + 3;
            if (!infinitive && !ing) {
                continue;
            }
            Token preposition = tokens.get(i + 2);
            if (!preposition.text().equalsIgnoreCase(nominalisationPreposition)) {
                continue;
            }
            String suggestion = lexicon.suggestion(true, "NOMINALISATION");
            if (ing) {
                String verb = lowerHead.substring(0, lowerHead.length() - ingSuffix.length()) + "en";
                if (lexicon.frequencies.rank(verb) <= COMMON_WORDS * 2) {
                    suggestion = lexicon.suggestion(true, "NOMINALISATION_VERB", verb);
                }
            }
            int start = tokens.get(i).start();
            int end = preposition.end();
            findings.add(new Finding(FindingKind.NOMINALISATION, start, end, text.substring(start, end), suggestion));
        }
    }

    private static void dropAbstractInsideNominalisations(List<Finding> findings) {
        List<Finding> nominalisations = findings.stream().filter(f -> f.kind() == FindingKind.NOMINALISATION).toList();
        findings.removeIf(f -> f.kind() == FindingKind.ABSTRACT_NOUN && nominalisations.stream()
                .anyMatch(n -> n.start() <= f.start() && f.end() <= n.end()));
    }

    /**
     * Abbreviations: all capitals ("GGD"), dotted ("i.v.m.") or on the abbreviation list ("Wmo"), unless the text
     * explains it in brackets, right after it ("Wmo (Wet ...)") or as "(GGD)" after the full form.
     */
    private void abbreviations(String text, List<Finding> findings) {
        List<int[]> candidates = new ArrayList<>();
        Matcher word = ENGLISH_WORD.matcher(text);
        while (word.find()) {
            String found = word.group();
            boolean listed = lexicon.abbreviations.containsKey(found);
            boolean caps = isAllCaps(found) && found.length() <= 6 && !found.contains("-")
                    && lexicon.frequencies.rank(found) > FAMILIAR_WORDS;
            if (listed || caps) {
                candidates.add(new int[] {word.start(), word.end()});
            }
        }
        Matcher dotted = DOTTED_ABBREVIATION.matcher(text);
        while (dotted.find()) {
            candidates.add(new int[] {dotted.start(), dotted.end()});
        }
        for (int[] candidate : candidates) {
            String abbreviation = text.substring(candidate[0], candidate[1]);
            if (lexicon.knownWords.contains(abbreviation.toLowerCase(Locale.ROOT))
                    || explained(text, abbreviation, candidate[1]) || postcodeLetters(text, candidate[0])) {
                continue;
            }
            String full = lexicon.abbreviations.get(abbreviation);
            if (full == null) {
                full = lexicon.abbreviations.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(abbreviation))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            String suggestion = full == null || full.isBlank() ? lexicon.suggestion(true, "ABBREVIATION")
                    : lexicon.suggestion(true, "ABBREVIATION_KNOWN", full);
            findings.add(new Finding(FindingKind.ABBREVIATION, candidate[0], candidate[1], abbreviation, suggestion));
        }
    }

    private static boolean explained(String text, String abbreviation, int end) {
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == '(' && text.indexOf(')', after) > after + 1) {
            return true;
        }
        return text.contains("(" + abbreviation + ")");
    }

    private PhraseIndex jargonIndex(Map<String, String> entries) {
        if (entries != jargonIndexed) {
            jargonIndex = new PhraseIndex(entries);
            jargonIndexed = entries;
        }
        return jargonIndex;
    }

    private static Finding finding(FindingKind kind, Token token, String text, String suggestion) {
        return new Finding(kind, token.start(), token.end(), text.substring(token.start(), token.end()), suggestion);
    }

    /** Lower case without changing the length, so offsets stay those of the text as sent. */
    static char[] lowerCase(String text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        return lower;
    }

    // ---------------------------------------------------------------- English

    /**
     * English: sentences from the JDK's BreakIterator and words by a letter pattern (no English LanguageTool module
     * in the build: cheap and enough for Flesch and lengths), syllables estimated from vowel groups.
     */
    private TextCheck english(String text) {
        List<Finding> findings = new ArrayList<>();
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
             start = end, end = boundaries.next()) {
            Matcher word = ENGLISH_WORD.matcher(text).region(start, end);
            int sentenceWords = 0;
            int first = -1;
            int last = -1;
            while (word.find()) {
                sentenceWords++;
                first = first < 0 ? word.start() : first;
                last = word.end();
                int wordSyllables = EnglishSyllables.count(word.group());
                syllables += wordSyllables;
                if (wordSyllables >= LONG_WORD_SYLLABLES || word.group().length() >= LONG_WORD_LETTERS) {
                    findings.add(new Finding(FindingKind.LONG_WORD, word.start(), word.end(), word.group(),
                            lexicon.suggestion(false, "LONG_WORD")));
                }
            }
            if (sentenceWords == 0) {
                continue;
            }
            sentences++;
            words += sentenceWords;
            if (sentenceWords > LONG_SENTENCE_WORDS) {
                String trimmed = text.substring(first, end).strip();
                findings.add(new Finding(FindingKind.LONG_SENTENCE, first, first + trimmed.length(), trimmed,
                        lexicon.suggestion(false, "LONG_SENTENCE", sentenceWords)));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::kind));
        Map<String, Double> score = new LinkedHashMap<>();
        if (words == 0) {
            return new TextCheck("en", Level.B1, score, Map.of(), findings, 0, 0);
        }
        // Classic Flesch Reading Ease: 60 and over is plain English (about B1), under 40 is hard.
        double flesch = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        score.put("flesch", round(flesch));
        Level level = flesch >= 60 ? Level.B1 : flesch >= 40 ? Level.ABOVE_B1 : Level.WELL_ABOVE_B1;
        if (words < SHORT_TEXT_WORDS) {
            level = lenient(findings);
        }
        return new TextCheck("en", level, score, Map.of(), findings, sentences, words);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
