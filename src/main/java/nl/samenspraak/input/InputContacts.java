package nl.samenspraak.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.input.internal.ContactMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The contact details an author consented to, for telling them the answer. Read only by
 * the modules that send answers and by staff who need them; never on public pages.
 */
@Service
public class InputContacts {

    public record Contact(String name, String email, String postalAddress, String phone) {}

    private final JdbcClient jdbc;

    InputContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> of(UUID collaborationId, UUID inputId) {
        return jdbc.sql("SELECT name, email, postal_address, phone FROM input_contact WHERE input_id = :i AND collaboration_id = :c")
                .param("i", inputId).param("c", collaborationId)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /**
     * The inputs whose author gave this e-mail address, phone number or name and postal address
     * (each may be null), for
     * the modules that keep more about those inputs and must export or erase it too.
     */
    public List<UUID> inputsOf(UUID collaborationId, String email, String phone, String name, String postalAddress) {
        if (email == null && ContactMatch.digits(phone) == null && (ContactMatch.letters(name) == null || ContactMatch.letters(postalAddress) == null)) {
            return List.of();
        }
        return jdbc.sql("SELECT c.input_id FROM input_contact c WHERE " + ContactMatch.MATCH)
                .param("c", collaborationId).param("email", email).param("phone", ContactMatch.digits(phone))
                .param("name", ContactMatch.letters(name)).param("address", ContactMatch.letters(postalAddress))
                .query(UUID.class).list();
    }

    public Map<UUID, Contact> of(UUID collaborationId, List<UUID> inputIds) {
        Map<UUID, Contact> result = new HashMap<>();
        if (inputIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT input_id, name, email, postal_address, phone FROM input_contact WHERE input_id IN (:ids) AND collaboration_id = :c")
                .param("ids", inputIds).param("c", collaborationId)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class),
                            new Contact(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return result;
    }
}
