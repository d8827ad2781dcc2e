package nl.samenspraak.pool.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Residents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the pool's pages share: opening a personal link, turning message keys into the texts
 * shown next to fields, and redirects after a form.
 */
@Component
class PoolPages {

    /** A personal link that does not open anything (any more); answered with a friendly 404 page. */
    static class LinkUnknownException extends RuntimeException {
        LinkUnknownException() {
            super("unknown link", null, false, false);
        }
    }

    /** What a resident's link opened: their membership and, for an invitation or commitment, which one. */
    record Opened(UUID collaborationId, Member member, UUID subjectId, String basePath) {}

    private final Residents residents;
    private final PoolMembers members;
    private final MessageSource messages;

    PoolPages(Residents residents, PoolMembers members, MessageSource messages) {
        this.residents = residents;
        this.members = members;
        this.messages = messages;
    }

    /** The member page's link: {@code /inwonerpool/mijn/{token}}. */
    Opened memberPage(String token) {
        PersonalLink link = residents.resolveLink(token, PoolLinks.POOL).orElseThrow(LinkUnknownException::new);
        Member member = members.find(link.collaborationId(), link.subjectId()).filter(Member::active)
                .orElseThrow(LinkUnknownException::new);
        return new Opened(link.collaborationId(), member, member.id(), "/inwonerpool/mijn/" + token);
    }

    /** A link sent for one invitation or one commitment ({@code purpose}). */
    Opened single(String token, String purpose, String path) {
        PersonalLink link = residents.resolveLink(token, purpose).orElseThrow(LinkUnknownException::new);
        Member member = members.ofResident(link.collaborationId(), link.residentId()).filter(Member::active)
                .orElseThrow(LinkUnknownException::new);
        return new Opened(link.collaborationId(), member, link.subjectId(), path + token);
    }

    /** An invitation or commitment opened from the member page: it must be the member's own (checked by the caller). */
    Opened fromMemberPage(String token, String id, String segment) {
        Opened page = memberPage(token);
        UUID subject = CommitmentForm.uuid(id);
        if (subject == null) {
            throw new LinkUnknownException();
        }
        return new Opened(page.collaborationId(), page.member(), subject, page.basePath() + "/" + segment + "/" + subject);
    }

    Map<String, String> texts(Map<String, String> keys, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key, locale)));
        return texts;
    }

    Map<String, String> text(String field, String key, Locale locale) {
        return texts(Map.of(field, key), locale);
    }
}
