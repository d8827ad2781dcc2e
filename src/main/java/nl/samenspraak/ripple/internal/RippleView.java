package nl.samenspraak.ripple.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.ripple.RippleMap;

/**
 * The ripple map as the page lists it beside the drawing: the same numbers (A1 for activities, 1 for effects),
 * a tree of what grew from what, and the effects by quarter of when they happened.
 */
final class RippleView {

    record Numbered(int number, RippleMap.Effect effect, String grewFrom) {
        /** The sign the drawing shows beside the number: +, − or ±. */
        public String sign() {
            return RippleDrawing.sign(effect.valence());
        }
    }

    record EffectNode(Numbered effect, List<EffectNode> children) {}

    record ActivityNode(int number, RippleMap.Activity activity, List<EffectNode> children) {}

    /** A quarter of a year; the year is text so no locale groups its digits. */
    record Quarter(String year, int quarter, List<Numbered> effects) {}

    final List<Numbered> effects = new ArrayList<>();
    final List<ActivityNode> tree = new ArrayList<>();
    final List<Quarter> quarters = new ArrayList<>();

    public List<Numbered> effects() {
        return effects;
    }

    public List<ActivityNode> tree() {
        return tree;
    }

    public List<Quarter> quarters() {
        return quarters;
    }

    RippleView(RippleMap map) {
        Map<UUID, String> labels = new HashMap<>();
        int a = 1;
        for (RippleMap.Activity activity : map.activities()) {
            labels.put(activity.id(), "A" + a++);
        }
        int e = 1;
        for (RippleMap.Effect effect : map.effects()) {
            labels.put(effect.id(), Integer.toString(e++));
        }
        Map<UUID, RippleMap.Link> linkOf = new HashMap<>();
        map.links().forEach(l -> linkOf.put(l.to(), l));
        Map<UUID, List<Numbered>> childrenOf = new LinkedHashMap<>();
        int n = 1;
        for (RippleMap.Effect effect : map.effects()) {
            RippleMap.Link link = linkOf.get(effect.id());
            Numbered numbered = new Numbered(n++, effect, link == null ? "" : labels.getOrDefault(link.from(), ""));
            effects.add(numbered);
            if (link != null) {
                childrenOf.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(numbered);
            }
        }
        a = 1;
        for (RippleMap.Activity activity : map.activities()) {
            tree.add(new ActivityNode(a++, activity, nodes(activity.id(), childrenOf, 0)));
        }
        Map<String, List<Numbered>> byQuarter = new java.util.TreeMap<>();
        for (Numbered numbered : effects.stream()
                .sorted(Comparator.comparing((Numbered x) -> x.effect().happenedOn()).thenComparing(Numbered::number))
                .toList()) {
            LocalDate on = numbered.effect().happenedOn();
            byQuarter.computeIfAbsent(on.getYear() + "-" + ((on.getMonthValue() - 1) / 3 + 1), k -> new ArrayList<>())
                    .add(numbered);
        }
        byQuarter.forEach((key, list) -> quarters.add(new Quarter(key.substring(0, key.indexOf('-')),
                Integer.parseInt(key.substring(key.indexOf('-') + 1)), list)));
    }

    /** Depth-limited so a damaged map can never recurse without end. */
    private static List<EffectNode> nodes(UUID parent, Map<UUID, List<Numbered>> childrenOf, int depth) {
        if (depth > 50) {
            return List.of();
        }
        return childrenOf.getOrDefault(parent, List.of()).stream()
                .map(c -> new EffectNode(c, nodes(c.effect().id(), childrenOf, depth + 1))).toList();
    }
}
