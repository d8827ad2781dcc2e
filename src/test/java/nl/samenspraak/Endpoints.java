package nl.samenspraak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the running app, for the tests that walk all endpoints (isolation
 * between collaborations, the role matrix): a new endpoint then cannot slip past them.
 */
public final class Endpoints {

    /** A mapping without declared methods answers GET and POST alike: both are tried. */
    private static final List<RequestMethod> WHEN_UNDECLARED = List.of(RequestMethod.GET, RequestMethod.POST);
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private Endpoints() {}

    public record Endpoint(RequestMethod method, String pattern) {
        public boolean api() {
            return pattern.startsWith("/api/");
        }

        public boolean reads() {
            return method == RequestMethod.GET;
        }

        /** Whether the pattern has path variables besides the collaboration's slug. */
        public boolean namesObjects() {
            return VARIABLE.matcher(pattern.replace("{slug}", "")).find();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The endpoints whose pattern is {@code scoped}, sorted, leaving out those named in {@code open}. */
    public static List<Endpoint> of(ApplicationContext context, Predicate<String> scoped, Set<String> open) {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> result = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!scoped.test(pattern)) {
                        continue;
                    }
                    for (RequestMethod method : declared.isEmpty() ? WHEN_UNDECLARED : declared) {
                        Endpoint e = new Endpoint(method, pattern);
                        if (!open.contains(e.toString()) && seen.add(e.toString())) {
                            result.add(e);
                        }
                    }
                }
            }
        }
        result.sort(Comparator.comparing(Endpoint::toString));
        return result;
    }

    /**
     * The concrete URI, or null when a path variable has no value. A value is looked up by the
     * segment before the variable and the variable ({@code trajecten/{id}}), else by the variable
     * alone ({@code {id}}).
     */
    public static String expand(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            String previous = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1) : "";
            String value = values.getOrDefault(previous + "{" + m.group(1) + "}", values.get("{" + m.group(1) + "}"));
            if (value == null) {
                return null;
            }
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return uri.toString();
    }
}
