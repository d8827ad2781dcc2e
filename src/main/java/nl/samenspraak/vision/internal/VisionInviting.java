package nl.samenspraak.vision.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.ForbiddenException;
import nl.samenspraak.account.Role;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites chosen residents to comment on the draft: each gets a personal link for this purpose only, in the
 * channel they chose (e-mail through the outbox, a letter or a call for staff). Staff never see the link.
 */
@Service
class VisionInviting {

    static final String PURPOSE = "vision";
    /** Long enough to read the draft, talk it over at home and answer. */
    static final Duration VALID = Duration.ofDays(60);
    static final int MAX_AT_ONCE = 50;

    /** Who was invited, and how it went out; kept in the (database) session for the page after the redirect. */
    record Sent(String name, ResidentMessages.Delivery delivery) implements java.io.Serializable {}

    private final Residents residents;
    private final ResidentMessages messages;
    private final VisionInvitations invitations;
    private final MessageSource texts;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    VisionInviting(Residents residents, ResidentMessages messages, VisionInvitations invitations, MessageSource texts,
                   AuditTrail audit, Clock clock, @Value("${samenspraak.base-url}") String baseUrl) {
        this.residents = residents;
        this.messages = messages;
        this.invitations = invitations;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * @throws NotFoundException when a resident is not of this collaboration (nothing is sent)
     */
    @Transactional
    List<Sent> invite(CollaborationAccess access, List<UUID> residentIds) {
        if (!access.can(Role.COORDINATOR)) {
            throw new ForbiddenException();
        }
        UUID c = access.collaborationId();
        List<UUID> distinct = residentIds.stream().distinct().limit(MAX_AT_ONCE).toList();
        List<Resident> found = residents.find(c, distinct);
        if (found.size() != distinct.size()) {
            throw new NotFoundException();
        }
        List<Sent> sent = new ArrayList<>();
        for (Resident resident : found) {
            if (resident.erased()) {
                continue;
            }
            UUID id = UUID.randomUUID();
            String token = residents.issueLink(c, resident.id(), PURPOSE, id, VALID);
            Locale locale = resident.locale();
            String subject = texts.getMessage("vision.invite.mail.subject", new Object[] {access.collaborationName()}, locale);
            String body = texts.getMessage("vision.invite.mail.body",
                    new Object[] {access.collaborationName(), baseUrl + "/visie/" + token}, locale);
            ResidentMessages.Delivery delivery = messages.send(c, resident.id(), subject, body, null);
            if (delivery == ResidentMessages.Delivery.NOT_SENT) {
                // A link that reached nobody must not open anything later.
                residents.revokeLinks(resident.id(), PURPOSE, id);
            }
            invitations.add(id, c, resident.id(), delivery.name(), clock.instant(), access.actor());
            audit.record(c, access.actor(), "vision.invite", "vision_invitation", id, delivery.name());
            sent.add(new Sent(resident.displayName(), delivery));
        }
        return sent;
    }

    Optional<PersonalLink> resolve(String token) {
        return residents.resolveLink(token, PURPOSE);
    }

    Optional<Resident> resident(PersonalLink link) {
        return residents.find(link.collaborationId(), link.residentId());
    }
}
