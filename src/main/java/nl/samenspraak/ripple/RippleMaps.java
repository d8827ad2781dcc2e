package nl.samenspraak.ripple;

import java.util.Locale;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.ripple.internal.RippleDrawing;
import nl.samenspraak.ripple.internal.RippleReads;
import org.springframework.stereotype.Service;

/**
 * The ripple map of a collaboration for other modules (the yearly report, its PDF and the board view): the
 * content without names of residents, and the same drawing as the staff page shows.
 */
@Service
public class RippleMaps {

    private final RippleReads reads;
    private final RippleDrawing drawing;

    RippleMaps(RippleReads reads, RippleDrawing drawing) {
        this.reads = reads;
        this.drawing = drawing;
    }

    /** Activities, effects and links of this collaboration's map; empty lists when no session was held. */
    public RippleMap map(CollaborationId collaboration) {
        return reads.map(collaboration);
    }

    /**
     * The map drawn as a standalone, accessible SVG document ({@code role="img"}, {@code <title>},
     * {@code <desc>}, patterns and text labels beside colour), in this language; no scripts, no external assets.
     */
    public String svg(CollaborationId collaboration, Locale locale) {
        return svg(reads.map(collaboration), locale);
    }

    /** As {@link #svg(CollaborationId, Locale)}, for a map the caller has already read (the report reads it once). */
    public String svg(RippleMap map, Locale locale) {
        return drawing.svg(map, locale);
    }
}
