package nl.samenspraak.platform;

import java.time.Duration;

/**
 * Makes a public answer take the same time whether or not an e-mail address is known.
 *
 * <p>Forms like "show me my data" and "forgot password" answer the same words for every address,
 * but for a known one they also make a link and queue a mail. Without this, someone who knows an
 * address could time the answer to learn whether it belongs to a resident or a staff member.
 * The work still happens in the request (so a crash never loses a link the page said was sent);
 * only the answer waits for the rest of the fixed time. Real time on purpose, not the app's
 * clock: it is the wall time an attacker measures.
 */
public final class SteadyTiming {

    private SteadyTiming() {
    }

    /** Runs {@code work}, then waits until at least {@code minimum} has passed since it began. */
    public static void atLeast(Duration minimum, Runnable work) {
        long deadline = System.nanoTime() + minimum.toNanos();
        try {
            work.run();
        } finally {
            long left = deadline - System.nanoTime();
            while (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                left = deadline - System.nanoTime();
            }
        }
    }
}
