package nl.samenspraak.anchoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspraak.platform.Text;
import org.springframework.web.multipart.MultipartFile;

/**
 * What staff typed on the evidence form, as text. Which fields count depends on the kind of evidence;
 * {@link #check(EvidenceKind)} reads them, {@link #toNew(EvidenceKind)} hands them on.
 */
record EvidenceForm(String description, String startsOn, String endsOn, String policyItem, String legalForm,
                    String funder, String amount, String fundingKind, String participants, String link,
                    MultipartFile document) {

    static final int DESCRIPTION = 300;
    static final int FUNDER = 200;
    static final int MAX_PARTICIPANTS = 100_000;
    /** A billion euros: far above any grant, low enough to catch a slip of the keyboard. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("^[0-9]{1,10}([.,][0-9]{1,2})?$");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?$");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    static EvidenceForm empty(LocalDate today) {
        return new EvidenceForm("", today.toString(), "", "", "", "", "", "", "", "", null);
    }

    /** Whether the kind asks for an end date (things that hold for a while, not things that happened once). */
    static boolean hasEnd(EvidenceKind kind) {
        return switch (kind) {
            case KEY_PERSON, POLICY_ITEM, LEGAL_FORM, FUNDING -> true;
            case TRAINING, KNOWLEDGE, INFRASTRUCTURE -> false;
        };
    }

    /** Field to message key, in the order of the form; empty when everything can be stored. */
    Map<String, String> check(EvidenceKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = Text.clean(description);
        if (text.isEmpty()) {
            errors.put("description", "anchoring.staff.error.description");
        } else if (text.length() > DESCRIPTION) {
            errors.put("description", "anchoring.staff.error.descriptionTooLong");
        }
        LocalDate start = date(startsOn);
        if (start == null) {
            errors.put("startsOn", "anchoring.staff.error.startsOn");
        }
        if (hasEnd(kind) && !blank(endsOn)) {
            LocalDate end = date(endsOn);
            if (end == null) {
                errors.put("endsOn", "anchoring.staff.error.endsOn");
            } else if (start != null && end.isBefore(start)) {
                errors.put("endsOn", "anchoring.staff.error.endsBeforeStart");
            }
        }
        switch (kind) {
            case POLICY_ITEM -> {
                if (parse(PolicyItem.class, policyItem) == null) {
                    errors.put("policyItem", "anchoring.staff.error.policyItem");
                }
            }
            case LEGAL_FORM -> {
                if (parse(LegalForm.class, legalForm) == null) {
                    errors.put("legalForm", "anchoring.staff.error.legalForm");
                }
            }
            case FUNDING -> {
                String who = Text.clean(funder);
                if (who.isEmpty() || who.length() > FUNDER) {
                    errors.put("funder", "anchoring.staff.error.funder");
                }
                if (cents() == null) {
                    errors.put("amount", "anchoring.staff.error.amount");
                }
                if (parse(FundingKind.class, fundingKind) == null) {
                    errors.put("fundingKind", "anchoring.staff.error.fundingKind");
                }
            }
            case TRAINING -> {
                if (participantCount() == null) {
                    errors.put("participants", "anchoring.staff.error.participants");
                }
            }
            default -> { }
        }
        boolean hasLink = !blank(link);
        boolean hasDocument = document != null && (!document.isEmpty() || !blank(document.getOriginalFilename()));
        if (hasLink && hasDocument) {
            errors.put("link", "anchoring.staff.error.linkAndDocument");
        } else if (hasLink) {
            try {
                DocumentCheck.link(link);
            } catch (DocumentCheck.Refused e) {
                errors.put(e.field(), e.messageKey());
            }
        } else if (hasDocument) {
            try {
                checkedDocument();
            } catch (DocumentCheck.Refused e) {
                errors.put(e.field(), e.messageKey());
            }
        }
        return errors;
    }

    /** Only after {@link #check(EvidenceKind)} found nothing. */
    Evidences.NewEvidence toNew(EvidenceKind kind) {
        boolean hasDocument = document != null && (!document.isEmpty() || !blank(document.getOriginalFilename()));
        return new Evidences.NewEvidence(kind, Text.clean(description), date(startsOn),
                hasEnd(kind) && !blank(endsOn) ? date(endsOn) : null,
                kind == EvidenceKind.POLICY_ITEM ? parse(PolicyItem.class, policyItem) : null,
                kind == EvidenceKind.LEGAL_FORM ? parse(LegalForm.class, legalForm) : null,
                kind == EvidenceKind.FUNDING ? Text.clean(funder) : null,
                kind == EvidenceKind.FUNDING ? cents() : null,
                kind == EvidenceKind.FUNDING ? parse(FundingKind.class, fundingKind) : null,
                kind == EvidenceKind.TRAINING ? participantCount() : null,
                blank(link) ? null : DocumentCheck.link(link),
                hasDocument ? checkedDocument() : null);
    }

    private DocumentCheck.Checked checkedDocument() {
        if (document.getSize() > DocumentCheck.MAX_BYTES) {
            throw new DocumentCheck.Refused("document", "anchoring.staff.error.documentTooLarge");
        }
        try {
            return DocumentCheck.document(document.getOriginalFilename(), document.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Long cents() {
        if (blank(amount)) {
            return null;
        }
        String a = amount.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (GROUPED_AMOUNT.matcher(a).matches()) {
            a = a.replace(".", "").replace(',', '.');
        } else if (PLAIN_AMOUNT.matcher(a).matches()) {
            a = a.replace(',', '.');
        } else {
            return null;
        }
        BigDecimal euros = new BigDecimal(a);
        if (euros.compareTo(MAX_AMOUNT) > 0) {
            return null;
        }
        return euros.movePointRight(2).longValueExact();
    }

    Integer participantCount() {
        if (blank(participants)) {
            return null;
        }
        try {
            int n = Integer.parseInt(participants.strip());
            return n >= 0 && n <= MAX_PARTICIPANTS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
