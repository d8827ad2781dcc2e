package nl.samenspraak.ripple.internal;

import java.util.Locale;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.Valence;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a ripple map as one SVG document: activities (A1, A2 ...) in the centre, three rings, seven capital
 * sectors, each effect a numbered marker whose fill pattern and sign (+, −, ±) say positive, negative or mixed
 * and whose solid or dashed edge says intended or not, with a legend in words; arrows for "grew from". The
 * numbers are those of the list and table beside it. No scripts, no external assets; a viewBox so it scales.
 */
@Component
public class RippleDrawing {

    static final double WIDTH = 1160;
    static final double HEIGHT = 1330;

    private final MessageSource messages;

    RippleDrawing(MessageSource messages) {
        this.messages = messages;
    }

    public String svg(RippleMap map, Locale locale) {
        RippleLayout layout = new RippleLayout(map);
        StringBuilder svg = new StringBuilder(8_192);
        String title = text("ripple.staff.svg.title", locale);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
                .append(n(HEIGHT)).append("\" role=\"img\" aria-labelledby=\"rm-title rm-desc\" class=\"ripple-map\">")
                .append("<title id=\"rm-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"rm-desc\">").append(esc(description(map, locale))).append("</desc>");
        defs(svg);
        rings(svg, locale);
        arrows(svg, map, layout);
        activities(svg, map, layout, locale);
        effects(svg, map, layout, locale);
        legend(svg, locale);
        return svg.append("</svg>").toString();
    }

    private String description(RippleMap map, Locale locale) {
        long positive = map.effects().stream().filter(e -> e.valence() == Valence.POSITIVE).count();
        long negative = map.effects().stream().filter(e -> e.valence() == Valence.NEGATIVE).count();
        long mixed = map.effects().stream().filter(e -> e.valence() == Valence.MIXED).count();
        long unintended = map.effects().stream().filter(e -> !e.intended()).count();
        return messages.getMessage("ripple.staff.svg.desc", new Object[] {map.effects().size(), map.activities().size(),
                positive, negative, mixed, unintended}, locale);
    }

    private static void defs(StringBuilder svg) {
        svg.append("<defs>")
                .append("<pattern id=\"rm-positive\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"#cfe8d4\"/></pattern>")
                .append("<pattern id=\"rm-negative\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fbe3e1\"/>"
                        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#a4262c\" stroke-width=\"3\"/></pattern>")
                .append("<pattern id=\"rm-mixed\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                        + "<rect width=\"8\" height=\"8\" fill=\"#fdf0c8\"/>"
                        + "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#7a5a00\"/></pattern>")
                .append("<marker id=\"rm-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                        + " fill=\"#4b4b4b\"/></marker>")
                .append("</defs>");
    }

    private void rings(StringBuilder svg, Locale locale) {
        for (int i = Ring.values().length - 1; i >= 0; i--) {
            svg.append("<circle cx=\"").append(n(RippleLayout.CX)).append("\" cy=\"").append(n(RippleLayout.CY))
                    .append("\" r=\"").append(n(RippleLayout.RING_OUTER[i])).append("\" fill=\"")
                    .append(i % 2 == 0 ? "#f4f6f9" : "#ffffff").append("\" stroke=\"#5a6270\" stroke-width=\"2\"/>");
        }
        svg.append("<circle cx=\"").append(n(RippleLayout.CX)).append("\" cy=\"").append(n(RippleLayout.CY))
                .append("\" r=\"").append(n(RippleLayout.CENTRE))
                .append("\" fill=\"#e8eef7\" stroke=\"#5a6270\" stroke-width=\"2\"/>");
        for (Capital capital : Capital.values()) {
            double a = RippleLayout.startOf(capital);
            svg.append(line(point(RippleLayout.CENTRE, a), point(RippleLayout.RING_OUTER[2], a),
                    "stroke=\"#8a919c\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\""));
            double mid = a + RippleLayout.SECTOR / 2;
            double[] at = point(RippleLayout.RING_OUTER[2] + 28, mid);
            String anchor = Math.abs(Math.sin(mid)) < 0.2 ? "middle" : Math.sin(mid) > 0 ? "start" : "end";
            svg.append("<text x=\"").append(n(at[0])).append("\" y=\"").append(n(at[1] + 9))
                    .append("\" font-size=\"26\" font-weight=\"bold\" text-anchor=\"").append(anchor)
                    .append("\" fill=\"#1b1b1b\">").append(esc(text("ripple.staff.capital." + capital, locale)))
                    .append("</text>");
        }
        // Ring names on the vertical axis, beside the first sector line, on a white plate so markers stay visible.
        for (Ring ring : Ring.values()) {
            double y = RippleLayout.CY - RippleLayout.outerOf(ring) + 24;
            svg.append("<text x=\"").append(n(RippleLayout.CX - 6)).append("\" y=\"").append(n(y))
                    .append("\" font-size=\"18\" text-anchor=\"end\" fill=\"#3b3f46\">")
                    .append(esc(text("ripple.staff.ring." + ring, locale))).append("</text>");
        }
    }

    private static void arrows(StringBuilder svg, RippleMap map, RippleLayout layout) {
        for (RippleMap.Link link : map.links()) {
            RippleLayout.Point from = link.fromActivity() ? layout.activities.get(link.from())
                    : layout.effects.get(link.from());
            RippleLayout.Point to = layout.effects.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            double d = from.distanceTo(to);
            if (d <= from.r() + to.r() + 2) {
                continue;
            }
            double ux = (to.x() - from.x()) / d;
            double uy = (to.y() - from.y()) / d;
            svg.append(line(new double[] {from.x() + ux * from.r(), from.y() + uy * from.r()},
                    new double[] {to.x() - ux * (to.r() + 1), to.y() - uy * (to.r() + 1)},
                    "stroke=\"#4b4b4b\" stroke-width=\"1.6\" marker-end=\"url(#rm-arrow)\" opacity=\"0.75\""));
        }
    }

    private static void activities(StringBuilder svg, RippleMap map, RippleLayout layout, Locale locale) {
        int i = 1;
        for (RippleMap.Activity activity : map.activities()) {
            RippleLayout.Point p = layout.activities.get(activity.id());
            svg.append("<g class=\"rm-activity\"><rect x=\"").append(n(p.x() - p.r())).append("\" y=\"")
                    .append(n(p.y() - p.r())).append("\" width=\"").append(n(2 * p.r())).append("\" height=\"")
                    .append(n(2 * p.r())).append("\" rx=\"4\" fill=\"#1d3f73\"/>")
                    .append("<text x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y() + p.r() * 0.35))
                    .append("\" font-size=\"").append(n(Math.max(8, p.r() * 0.9)))
                    .append("\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">A").append(i++)
                    .append("</text></g>");
        }
    }

    private void effects(StringBuilder svg, RippleMap map, RippleLayout layout, Locale locale) {
        int i = 1;
        for (RippleMap.Effect effect : map.effects()) {
            RippleLayout.Point p = layout.effects.get(effect.id());
            String valence = effect.valence().name().toLowerCase(Locale.ROOT);
            svg.append("<g class=\"rm-effect rm-").append(valence).append(effect.intended() ? "" : " rm-unintended")
                    .append("\"><circle cx=\"").append(n(p.x())).append("\" cy=\"").append(n(p.y()))
                    .append("\" r=\"").append(n(p.r())).append("\" fill=\"url(#rm-").append(valence)
                    .append(")\" stroke=\"#1b1b1b\" stroke-width=\"2.5\"")
                    .append(effect.intended() ? "" : " stroke-dasharray=\"4 3\"").append("/>")
                    .append("<text x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y() + p.r() * 0.33))
                    .append("\" font-size=\"").append(n(Math.max(6, p.r() * 0.85)))
                    .append("\" text-anchor=\"middle\" fill=\"#000000\" font-weight=\"bold\"")
                    .append(" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">")
                    .append(i++).append(sign(effect.valence())).append("</text></g>");
        }
    }

    static String sign(Valence valence) {
        return switch (valence) {
            case POSITIVE -> "+";
            case NEGATIVE -> "\u2212";
            case MIXED -> "\u00b1";
        };
    }

    private void legend(StringBuilder svg, Locale locale) {
        double y = 1165;
        double x = 40;
        svg.append("<g class=\"rm-legend\">");
        int column = 0;
        for (Valence valence : Valence.values()) {
            String v = valence.name().toLowerCase(Locale.ROOT);
            double cx = x + column * 370;
            svg.append("<circle cx=\"").append(n(cx + 18)).append("\" cy=\"").append(n(y)).append("\" r=\"16\" fill=\"url(#rm-")
                    .append(v).append(")\" stroke=\"#1b1b1b\" stroke-width=\"2.5\"/>")
                    .append("<text x=\"").append(n(cx + 18)).append("\" y=\"").append(n(y + 6))
                    .append("\" font-size=\"16\" text-anchor=\"middle\" font-weight=\"bold\">").append(sign(valence))
                    .append("</text><text x=\"").append(n(cx + 44)).append("\" y=\"").append(n(y + 8))
                    .append("\" font-size=\"24\" fill=\"#1b1b1b\">")
                    .append(esc(text("ripple.staff.valence." + valence, locale))).append("</text>");
            column++;
        }
        y += 55;
        svg.append("<circle cx=\"").append(n(x + 18)).append("\" cy=\"").append(n(y))
                .append("\" r=\"16\" fill=\"#ffffff\" stroke=\"#1b1b1b\" stroke-width=\"2.5\"/>")
                .append("<text x=\"").append(n(x + 44)).append("\" y=\"").append(n(y + 8))
                .append("\" font-size=\"24\" fill=\"#1b1b1b\">").append(esc(text("ripple.staff.svg.intended", locale)))
                .append("</text>")
                .append("<circle cx=\"").append(n(x + 388)).append("\" cy=\"").append(n(y))
                .append("\" r=\"16\" fill=\"#ffffff\" stroke=\"#1b1b1b\" stroke-width=\"2.5\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"").append(n(x + 414)).append("\" y=\"").append(n(y + 8))
                .append("\" font-size=\"24\" fill=\"#1b1b1b\">").append(esc(text("ripple.staff.svg.unintended", locale)))
                .append("</text>");
        y += 55;
        svg.append("<rect x=\"").append(n(x + 4)).append("\" y=\"").append(n(y - 14))
                .append("\" width=\"28\" height=\"28\" rx=\"4\" fill=\"#1d3f73\"/>")
                .append("<text x=\"").append(n(x + 44)).append("\" y=\"").append(n(y + 8))
                .append("\" font-size=\"24\" fill=\"#1b1b1b\">").append(esc(text("ripple.staff.svg.activity", locale)))
                .append("</text>")
                .append(line(new double[] {x + 374, y}, new double[] {x + 410, y},
                        "stroke=\"#4b4b4b\" stroke-width=\"2\" marker-end=\"url(#rm-arrow)\""))
                .append("<text x=\"").append(n(x + 420)).append("\" y=\"").append(n(y + 8))
                .append("\" font-size=\"24\" fill=\"#1b1b1b\">").append(esc(text("ripple.staff.svg.grewFrom", locale)))
                .append("</text></g>");
    }

    private static double[] point(double radius, double angle) {
        return new double[] {RippleLayout.CX + radius * Math.sin(angle), RippleLayout.CY - radius * Math.cos(angle)};
    }

    private static String line(double[] from, double[] to, String style) {
        return "<line x1=\"" + n(from[0]) + "\" y1=\"" + n(from[1]) + "\" x2=\"" + n(to[0]) + "\" y2=\"" + n(to[1])
                + "\" " + style + "/>";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** Numbers with one decimal and a dot, whatever the locale, so the same map gives the same text. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10.0 + "");
    }
}
