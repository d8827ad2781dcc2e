package nl.samenspraak.language.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.language.TextCheck;
import org.junit.jupiter.api.Test;

/**
 * How long the checker takes, per 1,000 words (target: under 50 ms, for the live panel's request). Not part of the
 * test suite (its name keeps surefire from running it); {@code bench/run.sh} runs it and prints its table.
 */
class LanguageCheckBenchmark {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void timePerThousandWords() {
        long started = System.nanoTime();
        PlainLanguageChecker checker = new PlainLanguageChecker(new JargonList());
        checker.check("Eerste keer.", DUTCH);
        double startMs = (System.nanoTime() - started) / 1e6;

        // The four published Wmo texts of ReadabilityOrderTest, in varying order, up to about 1,000 words.
        List<String> sources = List.of(ReadabilityOrderTest.HOORN, ReadabilityOrderTest.GELDROP_MIERLO,
                ReadabilityOrderTest.GGD_PROTOCOL, ReadabilityOrderTest.LAW);
        List<String> texts = new ArrayList<>();
        for (int variant = 0; variant < 4; variant++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.toString().split("\\s+").length < 1_000; i++) {
                text.append(sources.get((i + variant) % sources.size())).append(' ');
            }
            texts.add(text.toString());
        }
        String paragraph = ReadabilityOrderTest.GELDROP_MIERLO;

        for (int i = 0; i < 30; i++) {
            checker.check(texts.get(i % texts.size()), DUTCH);
        }
        // Wall time is what a user waits; the thread's CPU time is what the check costs, which stays the same when
        // other builds share the machine's CPUs (the wall time then grows with the load average).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 100;
        double[] thousand = new double[runs];
        double[] thousandCpu = new double[runs];
        int words = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            // A number of its own makes every text new, so no cached sentence split helps (the worst case).
            TextCheck check = checker.check("Bericht " + i + ". " + texts.get(i % texts.size()), DUTCH);
            thousandCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 * 1_000 / check.words();
            thousand[i] = (System.nanoTime() - start) / 1e6 * 1_000 / check.words();
            words = check.words();
        }
        double[] live = new double[runs];
        double[] liveCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            checker.check("Bericht " + i + ". " + paragraph, DUTCH);
            liveCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            live[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] english = new double[runs];
        double[] englishCpu = new double[runs];
        String englishText = "We want to know what you think about the new square. ".repeat(90);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            TextCheck check = checker.check("Message " + i + ". " + englishText, Locale.ENGLISH);
            englishCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 * 1_000 / check.words();
            english[i] = (System.nanoTime() - start) / 1e6 * 1_000 / check.words();
        }
        System.out.printf("Language checker: first check (loading LanguageTool and the word lists) %.0f ms.%n", startMs);
        System.out.printf("what                                          p50 ms   p95 ms   CPU p50  CPU p95%n");
        System.out.printf("Dutch, per 1,000 words (texts of %d words)   %7.1f  %7.1f  %7.1f  %7.1f%n", words,
                p(thousand, 50), p(thousand, 95), p(thousandCpu, 50), p(thousandCpu, 95));
        System.out.printf("Dutch, one paragraph of 74 words (live)       %7.1f  %7.1f  %7.1f  %7.1f%n",
                p(live, 50), p(live, 95), p(liveCpu, 50), p(liveCpu, 95));
        System.out.printf("English, per 1,000 words                      %7.1f  %7.1f  %7.1f  %7.1f%n",
                p(english, 50), p(english, 95), p(englishCpu, 50), p(englishCpu, 95));
        System.out.printf("Target: under 50 ms per 1,000 words at p95: %s wall time, %s CPU time. %d CPUs, load average %.1f.%n",
                p(thousand, 95) < 50 ? "met" : "NOT met", p(thousandCpu, 95) < 50 ? "met" : "NOT met",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("Language benchmark done.");
    }

    private static double p(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
