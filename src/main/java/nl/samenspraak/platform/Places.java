package nl.samenspraak.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Dutch says "op Texel" but "in Leusden": which places take "op" is data
 * ({@code platform/places-with-op.txt}), not a rule in a template. Messages choose the word with
 * {@code {1, select, op {op} other {in}}} and templates pass {@code ${@places.preposition(region)}}.
 */
@Component("places")
public final class Places {

    private final List<String> withOp;

    public Places() {
        try (InputStream in = new ClassPathResource("platform/places-with-op.txt").getInputStream()) {
            withOp = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(place -> place.toLowerCase(Locale.ROOT))
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "op" when the place (or the region that starts with its name, "Texel (Noord-Holland)") takes it, else "in". */
    public String preposition(String place) {
        if (place == null) {
            return "in";
        }
        String name = place.strip().toLowerCase(Locale.ROOT);
        for (String island : withOp) {
            if (name.equals(island) || name.startsWith(island) && !Character.isLetter(name.charAt(island.length()))
                    && name.charAt(island.length()) != '-') {
                return "op";
            }
        }
        return "in";
    }
}
