package nl.samenspraak.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.process.Process;

/**
 * A part of the public process page that another module fills, such as "U zei, wij deden" from the
 * progress module. The input module owns the page but must not depend on the modules that know about
 * decisions and milestones; they implement this instead. Each contribution must need a small, fixed
 * number of queries, whatever the number of inputs.
 */
public interface ProcessPageContributor {

    /** A link to an alternative form of the page, such as an Atom feed, for the page's {@code <head>}. */
    record Alternate(String href, String type, String title) {}

    /**
     * Rendered near the top of the page as {@code ~{template :: selector}}, with {@code model}
     * available to it as the variable {@code contribution}.
     */
    record Contribution(String template, String selector, Map<String, Object> model, List<Alternate> alternates) {

        public Contribution {
            model = Map.copyOf(model);
            alternates = List.copyOf(alternates);
        }
    }

    Optional<Contribution> contribute(Process process, Locale locale);
}
