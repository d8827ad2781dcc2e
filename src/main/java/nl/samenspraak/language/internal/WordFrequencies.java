package nl.samenspraak.language.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How common a Dutch word is, from {@code language/nl/frequency.txt} (OpenSubtitles 2018 counts, top 50,000).
 * Frequencies are on the Zipf scale (log10 of occurrences per billion words), the scale of SUBTLEX-NL that LiNT's
 * word-frequency component uses.
 */
final class WordFrequencies {

    /** Zipf value given to a word outside the list: below the rarest listed word (about 2.5). */
    static final double UNKNOWN_ZIPF = 1.3;

    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, Double> zipf = new HashMap<>();

    WordFrequencies(Iterable<String> lines) {
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String word = line.substring(0, space).toLowerCase(Locale.ROOT);
            long count = Long.parseLong(line.substring(space + 1).strip());
            total += count;
            if (counts.putIfAbsent(word, count) == null) {
                ranks.put(word, ranks.size() + 1);
            }
        }
        for (var entry : counts.entrySet()) {
            zipf.put(entry.getKey(), Math.log10(entry.getValue() * 1e9 / total));
        }
    }

    /** 1 for the most common word; {@link Integer#MAX_VALUE} for a word outside the list. */
    int rank(String word) {
        return ranks.getOrDefault(word.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
    }

    /**
     * The word's Zipf frequency. A compound outside the list ("buurthuisbezoek") gets the lower frequency of its two
     * known parts, as LiNT corrects compounds; any other unknown word gets {@link #UNKNOWN_ZIPF}.
     */
    double zipf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Double known = zipf.get(lower);
        if (known != null) {
            return known;
        }
        double[] parts = compoundParts(lower);
        return parts == null ? UNKNOWN_ZIPF : Math.min(parts[0], parts[1]);
    }

    /**
     * Whether the word is among the {@code top} most common words; for a word outside the list, whether both parts
     * of it as a compound are.
     */
    boolean common(String word, int top) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer rank = ranks.get(lower);
        if (rank != null && rank <= top) {
            return true;
        }
        // Subtitles rarely say "dorpshuis" or "geldzorgen", yet a reader knows both parts. A listed but rare word
        // passes only when both parts are among the most familiar words; officialese made of plain parts
        // ("zienswijze") is caught by the jargon list, not here.
        int partTop = rank == null ? top : COMPOUND_PARTS_FAMILIAR;
        if (compoundOfCommonParts(lower, partTop)) {
            return true;
        }
        return false;
    }

    /** Rank within which both parts of a listed but rare compound must fall for it to count as common. */
    static final int COMPOUND_PARTS_FAMILIAR = 10_000;

    private boolean compoundOfCommonParts(String lower, int top) {
        for (int split = 3; split <= lower.length() - 3; split++) {
            String head = lower.substring(split);
            if (rank(head) > top) {
                continue;
            }
            String modifier = lower.substring(0, split);
            if (rank(modifier) <= top || linkingTrimmed(modifier, top)) {
                return true;
            }
        }
        return false;
    }

    private double[] compoundParts(String lower) {
        for (int split = 3; split <= lower.length() - 3; split++) {
            Double head = zipf.get(lower.substring(split));
            if (head == null) {
                continue;
            }
            String modifier = lower.substring(0, split);
            Double first = zipf.get(modifier);
            if (first == null && (modifier.endsWith("s") || modifier.endsWith("e"))) {
                first = zipf.get(modifier.substring(0, modifier.length() - 1));
            }
            if (first != null) {
                return new double[] {first, head};
            }
        }
        return null;
    }

    /** Dutch compounds often join their parts with an s or e ("vrijwilligers|werk", "buurt|e|huis"). */
    private boolean linkingTrimmed(String modifier, int top) {
        return (modifier.endsWith("s") || modifier.endsWith("e")) && modifier.length() > 3
                && rank(modifier.substring(0, modifier.length() - 1)) <= top;
    }
}
