package nl.samenspraak.reimbursement.internal;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A resident's claims, bank details and receipts. Erasure deletes the receipts and what the
 * resident or staff wrote (activity, reason) and the bank details; kind, date and amount stay for
 * the accounts, no longer pointing to a person but to the erased resident's empty record. A claim
 * not yet paid is withdrawn: without bank details it can no longer be paid.
 */
@Component
class ClaimDataHolder implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Claims claims;

    ClaimDataHolder(JdbcClient jdbc, Claims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        List<PersonalDataRecord> claimRecords = new ArrayList<>();
        List<PersonalDataRecord> receiptRecords = new ArrayList<>();
        for (Claim c : claims.ofResident(who.collaborationId(), who.residentId())) {
            claimRecords.add(new PersonalDataRecord(List.of(
                    Field.coded("reimbursement.data.kind", "reimbursement.kind." + c.kind().name()),
                    new Field("reimbursement.data.activity", c.activity()),
                    Field.on("reimbursement.data.activityDate", c.activityDate()),
                    new Field("reimbursement.data.kilometres", text(c.kilometres())),
                    new Field("reimbursement.data.hours", text(c.hours())),
                    new Field("reimbursement.data.amount", c.amount().toPlainString()),
                    new Field("reimbursement.data.iban", c.iban()),
                    new Field("reimbursement.data.accountHolder", c.accountHolder()),
                    Field.coded("reimbursement.data.status", "reimbursement.status." + c.status().name()),
                    new Field("reimbursement.data.reason", c.reason()),
                    Field.at("reimbursement.data.submittedAt", c.submittedAt()))));
        }
        jdbc.sql("""
                SELECT r.display_name, r.content_type, r.size, r.created_at FROM reimbursement_receipt r
                JOIN reimbursement_claim c ON c.id = r.claim_id
                WHERE c.collaboration_id = :c AND c.resident_id = :r ORDER BY r.created_at
                """)
                .param("c", who.collaborationId()).param("r", who.residentId())
                .query((rs, n) -> receiptRecords.add(new PersonalDataRecord(List.of(
                        new Field("reimbursement.data.receiptName", rs.getString(1)),
                        new Field("reimbursement.data.receiptType", rs.getString(2)),
                        new Field("reimbursement.data.receiptSize", String.valueOf(rs.getInt(3))),
                        Field.at("reimbursement.data.receiptAt", rs.getTimestamp(4).toInstant())))))
                .list();
        List<PersonalDataSection> sections = new ArrayList<>();
        if (!claimRecords.isEmpty()) {
            sections.add(new PersonalDataSection("reimbursement.data.claims", claimRecords));
        }
        if (!receiptRecords.isEmpty()) {
            sections.add(new PersonalDataSection("reimbursement.data.receipts", receiptRecords));
        }
        return sections;
    }

    @Override
    public void erase(ResidentIdentity who) {
        jdbc.sql("""
                DELETE FROM reimbursement_receipt r USING reimbursement_claim c
                WHERE c.id = r.claim_id AND c.collaboration_id = :c AND c.resident_id = :r
                """)
                .param("c", who.collaborationId()).param("r", who.residentId()).update();
        for (Claim claim : claims.allOfResidentForUpdate(who.collaborationId(), who.residentId())) {
            claims.saveErasure(claim.erased());
        }
    }

    private static String text(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
