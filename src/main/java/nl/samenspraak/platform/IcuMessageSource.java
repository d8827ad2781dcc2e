package nl.samenspraak.platform;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * Spring's message source, but a message with arguments is formatted by ICU's {@link MessageFormat}, so
 * the bundles can say {@code {0, plural, one {# brief} other {# brieven}}} instead of "1 brieven".
 *
 * <p>Messages without arguments come back exactly as Spring returns them (not parsed at all). Messages
 * with arguments written for {@code java.text.MessageFormat} ({@code {0}}, {@code {0,choice,…}},
 * {@code ''}) render the same under ICU; {@code IcuMessageSourceTest} checks that for every message in
 * the bundles.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    private record Key(String pattern, Locale locale) {}

    /** ICU formats are not thread-safe; each is used under its own lock, as Spring does with its own. */
    private final Map<Key, Compiled> formats = new ConcurrentHashMap<>();

    /** A parsed message and the arguments it counts with (plural, choice, number). */
    private record Compiled(MessageFormat format, Set<Integer> counted) {
        static Compiled of(String pattern, Locale locale) {
            var format = new MessageFormat(pattern, ULocale.forLocale(locale));
            var parts = new MessagePattern(pattern);
            Set<Integer> counted = new HashSet<>();
            for (int i = 0; i < parts.countParts(); i++) {
                MessagePattern.Part part = parts.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_START && counts(parts, i)
                        && parts.getPart(i + 1).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    counted.add(parts.getPart(i + 1).getValue());
                }
            }
            return new Compiled(format, Set.copyOf(counted));
        }

        private static boolean counts(MessagePattern parts, int argStart) {
            return switch (parts.getPart(argStart).getArgType()) {
                case PLURAL, SELECTORDINAL, CHOICE -> true;
                case SIMPLE -> parts.getSubstring(parts.getPart(argStart + 2)).equals("number");
                default -> false;
            };
        }
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale target = locale != null ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, target);
        if (pattern == null) {
            // Not in these bundles: common messages, the parent, or nothing; Spring knows the order.
            return super.getMessageInternal(code, args, locale);
        }
        return format(pattern, resolveArguments(args, target), target);
    }

    @Override
    protected String formatMessage(String message, Object[] args, Locale locale) {
        if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
            return message;
        }
        return format(message, resolveArguments(args, locale), locale);
    }

    private String format(String pattern, Object[] args, Locale locale) {
        Compiled compiled;
        try {
            compiled = formats.computeIfAbsent(new Key(pattern, locale), key -> Compiled.of(key.pattern(), key.locale()));
        } catch (IllegalArgumentException notAPattern) {
            // Like Spring: a text that is not a valid pattern is shown as it is written.
            return pattern;
        }
        Object[] values = numbersWhereCounted(compiled.counted(), args == null ? new Object[0] : args);
        synchronized (compiled.format()) {
            return compiled.format().format(values);
        }
    }

    /**
     * A count can arrive as text (a request parameter such as {@code ?beantwoord=3}): digits become a
     * number for plural, choice and number arguments. Any other text there counts as 0, so a hostile
     * parameter gives an odd sentence instead of an error page.
     */
    private static Object[] numbersWhereCounted(Set<Integer> counted, Object[] args) {
        Object[] result = args.clone();
        for (int index : counted) {
            if (index < result.length && !(result[index] instanceof Number)) {
                String text = result[index] == null ? "" : result[index].toString().strip();
                result[index] = text.matches("-?\\d{1,18}") ? (Object) Long.parseLong(text) : (Object) 0;
            }
        }
        return result;
    }
}
