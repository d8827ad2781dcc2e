package nl.samenspraak.knowledge.internal;

import java.util.List;

/** An item in one language, as the pages show it. */
record ItemView(String type, String key, String path, String title, String summary, List<String> paragraphs,
                List<String> list, String kind, String place, String effort, String groupSize) {

    static ItemView of(Item item, boolean en) {
        return new ItemView(item.type().code(), item.key(), item.path(), item.title(en), item.summary(en),
                Item.paragraphs(item.body(en)), item.list(en), item.kind(), item.place(), item.effort(), item.groupSize());
    }

    static List<ItemView> of(List<Item> items, boolean en) {
        return items.stream().map(i -> of(i, en)).toList();
    }
}
