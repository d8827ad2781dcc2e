package nl.samenspraak.progress.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of a timeline. Written with the JDK's XML writer, so every text is escaped
 * as XML requires; characters XML 1.0 cannot carry at all (most control characters, lone surrogates)
 * are dropped first, because no escaping makes them valid.
 */
final class AtomFeed {

    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** One entry; {@code id} is a URI that never changes, {@code link} the page where it is shown. */
    record Item(String id, String title, String summary, LocalDate updated, String link) {}

    private AtomFeed() {}

    static byte[] write(String id, String title, String selfLink, String pageLink, String author, LocalDate updated,
                        List<Item> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", timestamp(updated));
            link(xml, "self", selfLink, "application/atom+xml");
            link(xml, "alternate", pageLink, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (Item item : items) {
                xml.writeStartElement("entry");
                element(xml, "id", item.id());
                element(xml, "title", item.title());
                element(xml, "updated", timestamp(item.updated()));
                link(xml, "alternate", item.link(), "text/html");
                if (item.summary() != null && !item.summary().isBlank()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(xmlSafe(item.summary()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
        return out.toByteArray();
    }

    /** Midnight in Dutch time: the day a thing happened, in the date-time form Atom requires. */
    static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(ZONE));
    }

    /** Keeps only characters XML 1.0 allows (tab, line breaks, and everything from space on, without lone surrogates). */
    static String xmlSafe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed && cp != 0x7F) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

}
