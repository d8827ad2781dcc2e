package nl.samenspraak.reimbursement.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.ResidentMessages.Delivery;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What residents are told about their claims, in their own language and channel. */
@Component
class ClaimNotices {

    private final ResidentMessages messages;
    private final Residents residents;
    private final MessageSource texts;
    private final String baseUrl;

    ClaimNotices(ResidentMessages messages, Residents residents, MessageSource texts,
                 @Value("${samenspraak.base-url}") String baseUrl) {
        this.messages = messages;
        this.residents = residents;
        this.texts = texts;
        this.baseUrl = baseUrl;
    }

    Delivery decided(Claim claim, ClaimStatus status, String reason) {
        Resident resident = resident(claim.collaborationId(), claim.residentId());
        Locale locale = resident.locale();
        String date = claim.activityDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String amount = Money.format(claim.amount(), locale);
        String subject = text("reimbursement.mail.decided.subject", locale);
        String body = status == ClaimStatus.APPROVED
                ? text("reimbursement.mail.approved.body", locale, claim.activity(), date, amount)
                : text("reimbursement.mail.rejected.body", locale, claim.activity(), date, amount, reason);
        return messages.send(claim.collaborationId(), claim.residentId(), subject, body, null);
    }

    /** The personal claim link, sent in the resident's channel (a letter or call is queued for staff). */
    Delivery link(UUID collaborationId, UUID residentId, String token) {
        Resident resident = resident(collaborationId, residentId);
        Locale locale = resident.locale();
        return messages.send(collaborationId, residentId, text("reimbursement.mail.link.subject", locale),
                text("reimbursement.mail.link.body", locale, url(token)), null);
    }

    String url(String token) {
        return baseUrl + "/declaratie/" + token;
    }

    private Resident resident(UUID collaborationId, UUID residentId) {
        return residents.find(collaborationId, residentId).orElseThrow(NotFoundException::new);
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getMessage(key, args, locale);
    }
}
