package nl.samenspraak.resident.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.resident.PersonalDataSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A resident's data in words: on screen, as a JSON file and as a readable HTML file that works offline. */
@Component
class ExportRenderer {

    static final String HTML_VIEW = "resident/export";

    /** A section with its labels and coded values in the reader's language. */
    record Section(String key, String title, List<List<Item>> records) {}

    record Item(String key, String label, String value) {}

    record View(String collaborationName, String exportedAt, List<Section> sections) {}

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MessageSource messages;
    private final Collaborations collaborations;
    private final ITemplateEngine templates;

    private final Dates dates;

    ExportRenderer(MessageSource messages, Collaborations collaborations, ITemplateEngine templates, Dates dates) {
        this.messages = messages;
        this.dates = dates;
        this.collaborations = collaborations;
        this.templates = templates;
    }

    View view(PersonalData.Export export, Locale locale) {
        String name = collaborations.findById(export.resident().collaborationId()).map(Collaboration::name).orElse("");
        List<Section> sections = export.sections().stream()
                .map(s -> new Section(s.titleKey(), text(s.titleKey(), locale), s.records().stream()
                        .map(r -> r.fields().stream()
                                .map(f -> new Item(f.labelKey(), text(f.labelKey(), locale), value(f, locale)))
                                .toList())
                        .toList()))
                .toList();
        return new View(name, dates.dateTime(export.at(), locale), sections);
    }

    byte[] json(View view) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("collaboration", view.collaborationName());
        root.put("exportedAt", view.exportedAt());
        root.put("sections", view.sections().stream().map(s -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("key", s.key());
            section.put("title", s.title());
            section.put("records", s.records().stream().map(items -> {
                Map<String, Object> record = new LinkedHashMap<>();
                for (Item i : items) {
                    record.put(i.label(), i.value());
                }
                return record;
            }).toList());
            return section;
        }).toList());
        return JSON.writeValueAsBytes(root);
    }

    byte[] html(View view, Locale locale) {
        Context context = new Context(locale, Map.of("export", view));
        return templates.process(HTML_VIEW, context).getBytes(StandardCharsets.UTF_8);
    }

    /** Coded values, moments and dates in the reader's words and on the Dutch clock; stored text as it is. */
    private String value(PersonalDataSection.Field field, Locale locale) {
        if (!field.valueKeys().isEmpty()) {
            return String.join(", ", field.valueKeys().stream().map(key -> text(key, locale)).toList());
        }
        if (field.moment() != null) {
            return dates.dateTime(field.moment(), locale);
        }
        if (field.day() != null) {
            return dates.date(field.day(), locale);
        }
        return field.value();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
