package nl.samenspraak.anchoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evidence for most strategies in texel, heerenveen and mijnstreek, three years back, with real gaps:
 * texel lacks a board commitment and one village supporter leaves; heerenveen has no legal form and only
 * project money that ends within a year; mijnstreek gave no training in the last year.
 */
@Component
@DemoOnly
@Order(60)
class AnchoringDemo implements DemoContributor {

    /** One piece of evidence; dates in months relative to the demo's today; a document or a link, or neither. */
    record Item(EvidenceKind kind, String description, int fromMonths, Integer untilMonths, Enum<?> choice,
                String funder, Long euros, Integer participants, String link, String document) {

        static Item of(EvidenceKind kind, String description, int fromMonths, Integer untilMonths) {
            return new Item(kind, description, fromMonths, untilMonths, null, null, null, null, null, null);
        }

        Item choice(Enum<?> value) {
            return new Item(kind, description, fromMonths, untilMonths, value, funder, euros, participants, link, document);
        }

        Item money(String by, long amount, FundingKind fundingKind) {
            return new Item(kind, description, fromMonths, untilMonths, fundingKind, by, amount, participants, link, document);
        }

        Item people(int count) {
            return new Item(kind, description, fromMonths, untilMonths, choice, funder, euros, count, link, document);
        }

        Item link(String url) {
            return new Item(kind, description, fromMonths, untilMonths, choice, funder, euros, participants, url, document);
        }

        Item pdf(String title) {
            return new Item(kind, description, fromMonths, untilMonths, choice, funder, euros, participants, link, title);
        }
    }

    static final Map<String, List<Item>> ITEMS = Map.of(
            "texel", List.of(
                    Item.of(EvidenceKind.LEGAL_FORM, "KvK 81234567", -36, null).choice(LegalForm.COOPERATIVE)
                            .pdf("Statuten Texel Samen"),
                    Item.of(EvidenceKind.FUNDING, "Zorgbudget Texel", -36, null)
                            .money("Gemeente Texel", 40_000, FundingKind.STRUCTURAL),
                    Item.of(EvidenceKind.FUNDING, "Fonds Gezond Eiland", -18, 4)
                            .money("Zorgverzekeraar", 25_000, FundingKind.PROJECT).link("https://www.texel.nl/"),
                    Item.of(EvidenceKind.POLICY_ITEM, "Agenda van het overleg", -30, null).choice(PolicyItem.FIXED_AGENDA_ITEM),
                    Item.of(EvidenceKind.POLICY_ITEM, "Twee leden uit de dorpen", -24, null).choice(PolicyItem.RESIDENTS_ON_BOARD),
                    Item.of(EvidenceKind.POLICY_ITEM, "Dorpsraad als klankbord", -20, null).choice(PolicyItem.ADVISORY_BODY),
                    Item.of(EvidenceKind.KEY_PERSON, "Dorpsondersteuner Den Burg", -36, null),
                    Item.of(EvidenceKind.KEY_PERSON, "Dorpsondersteuner Oosterend", -26, 8),
                    Item.of(EvidenceKind.TRAINING, "Goed luisteren", -20, null).people(9),
                    Item.of(EvidenceKind.TRAINING, "Gesprekken aan tafel", -5, null).people(14),
                    Item.of(EvidenceKind.KNOWLEDGE, "Werkbezoek Vlieland", -3, null)),
            "heerenveen", List.of(
                    Item.of(EvidenceKind.LEGAL_FORM, "Nog geen eigen vorm", -24, null).choice(LegalForm.NONE),
                    Item.of(EvidenceKind.FUNDING, "Startgeld", -36, -24)
                            .money("Provincie", 15_000, FundingKind.PROJECT),
                    Item.of(EvidenceKind.FUNDING, "Samen Sterk", -24, 7)
                            .money("Fonds Zorg Dichtbij", 60_000, FundingKind.PROJECT).pdf("Besluit Samen Sterk"),
                    Item.of(EvidenceKind.POLICY_ITEM, "Vast punt in het overleg", -20, null).choice(PolicyItem.FIXED_AGENDA_ITEM),
                    Item.of(EvidenceKind.POLICY_ITEM, "Brief van het bestuur", -12, null).choice(PolicyItem.BOARD_COMMITMENT)
                            .link("https://www.heerenveen.nl/"),
                    Item.of(EvidenceKind.KEY_PERSON, "Buurtverbinder centrum", -30, null),
                    Item.of(EvidenceKind.TRAINING, "Mantelzorg herkennen", -8, null).people(21)),
            "mijnstreek", List.of(
                    Item.of(EvidenceKind.LEGAL_FORM, "KvK 71234568", -36, null).choice(LegalForm.FOUNDATION)
                            .pdf("Statuten Mijnstreek"),
                    Item.of(EvidenceKind.FUNDING, "Regiobudget", -12, null)
                            .money("Regio Westelijke Mijnstreek", 80_000, FundingKind.STRUCTURAL),
                    Item.of(EvidenceKind.FUNDING, "Buurtbus", -9, 3)
                            .money("Provincie Limburg", 12_500, FundingKind.PROJECT),
                    Item.of(EvidenceKind.POLICY_ITEM, "Agenda", -30, null).choice(PolicyItem.FIXED_AGENDA_ITEM),
                    Item.of(EvidenceKind.POLICY_ITEM, "Inwoner in het bestuur", -28, null).choice(PolicyItem.RESIDENTS_ON_BOARD),
                    Item.of(EvidenceKind.POLICY_ITEM, "Adviesraad Sociaal Domein", -34, null).choice(PolicyItem.ADVISORY_BODY),
                    Item.of(EvidenceKind.POLICY_ITEM, "Bestuursbesluit", -15, null).choice(PolicyItem.BOARD_COMMITMENT),
                    Item.of(EvidenceKind.KEY_PERSON, "Buurtverbinder Geleen", -33, null),
                    Item.of(EvidenceKind.KEY_PERSON, "Buurtverbinder Sittard", -14, null),
                    Item.of(EvidenceKind.TRAINING, "Werken met de pool", -18, null).people(11),
                    Item.of(EvidenceKind.KNOWLEDGE, "Lessen met Heerlen", -4, null)));

    private final EvidenceBook book;

    AnchoringDemo(EvidenceBook book) {
        this.book = book;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<Item> items = ITEMS.get(demo.slug());
        if (items == null) {
            return;
        }
        LocalDate today = demo.today();
        for (Item item : items) {
            DocumentCheck.Checked document = item.document() == null ? null
                    : DocumentCheck.document(item.document() + ".pdf", pdf(item.document()));
            book.add(demo.collaborationId(), new Evidences.NewEvidence(item.kind(), item.description(),
                    today.plusMonths(item.fromMonths()), item.untilMonths() == null ? null : today.plusMonths(item.untilMonths()),
                    item.choice() instanceof PolicyItem p ? p : null, item.choice() instanceof LegalForm l ? l : null,
                    item.funder(), item.euros() == null ? null : item.euros() * 100,
                    item.choice() instanceof FundingKind f ? f : null, item.participants(), item.link(), document),
                    demo.coordinatorEmail());
        }
    }

    /** A one-page PDF with the document's title, so the demo has a real file to download. */
    static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                text.newLineAtOffset(72, 700);
                text.showText(title);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
