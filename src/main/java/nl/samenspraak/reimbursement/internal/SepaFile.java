package nl.samenspraak.reimbursement.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A SEPA credit transfer initiation, ISO 20022 pain.001.001.09: the version of the EPC rulebooks
 * since November 2023, which Dutch banks accept for upload. One payment information block for the
 * collaboration's account, one transaction per claim, the claim id as EndToEndId.
 */
final class SepaFile {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private SepaFile() {}

    static byte[] write(PaymentBatch batch, List<Claim> claims) {
        BigDecimal total = claims.stream().map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", batch.messageId());
            text(xml, "CreDtTm", LocalDateTime.ofInstant(batch.createdAt(), NETHERLANDS).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            text(xml, "NbOfTxs", String.valueOf(claims.size()));
            text(xml, "CtrlSum", amount(total));
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", sepaText(batch.debtorName(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", batch.messageId());
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", String.valueOf(claims.size()));
            text(xml, "CtrlSum", amount(total));
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", batch.executionDate().toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", sepaText(batch.debtorName(), 70));
            xml.writeEndElement();
            account(xml, "DbtrAcct", batch.debtorIban());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            if (batch.debtorBic() != null) {
                text(xml, "BICFI", batch.debtorBic());
            } else {
                xml.writeStartElement("Othr");
                text(xml, "Id", "NOTPROVIDED");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ChrgBr", "SLEV");
            for (Claim claim : claims) {
                transaction(xml, claim);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void transaction(XMLStreamWriter xml, Claim claim) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", claim.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(amount(claim.amount()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", sepaText(claim.accountHolder(), 70));
        xml.writeEndElement();
        account(xml, "CdtrAcct", claim.iban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", sepaText(remittance(claim), 140));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** What the resident reads on their bank statement: the kind, the date and the claim's short reference. */
    private static String remittance(Claim claim) {
        String kind = switch (claim.kind()) {
            case TRAVEL_KM, TRAVEL_TICKET -> "Reiskosten";
            case ALLOWANCE -> "Vrijwilligersvergoeding";
        };
        return kind + " " + claim.activityDate() + " ref " + claim.endToEndId().substring(0, 8);
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * The Latin character set every SEPA bank must accept: letters a-z and A-Z, digits and / - ? : ( ) . , ' +
     * and space. Accents are dropped (é becomes e), other characters become a space.
     */
    static String sepaText(String value, int max) {
        String plain = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("&", "+").replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ")
                .replaceAll(" {2,}", " ").strip();
        if (plain.isEmpty()) {
            plain = "-";
        }
        return plain.length() > max ? plain.substring(0, max).strip() : plain;
    }
}
