package nl.samenspraak.roles;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The role objects of a collaboration for the role matrix and isolation tests: the catalogue, filled through its
 * page, and one resident holding the resident member role, added through the holder form as the coordinator.
 */
public final class RolesRoleCases {

    private RolesRoleCases() {}

    /** Path variable values: {@code rollen/{roleId}} and {@code houders/{holdingId}}. */
    public static Map<String, String> aResidentHolder(MockMvc mvc, JdbcClient jdbc, String slug, UUID collaborationId,
                                                     UUID residentId, RequestPostProcessor coordinator, LocalDate from)
            throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/beheer/{slug}/rollen", slug).with(coordinator));
        UUID role = jdbc.sql("SELECT id FROM roles_role WHERE collaboration_id = :c AND kind = 'RESIDENT_MEMBER'")
                .param("c", collaborationId).query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/rollen/{id}/houders", slug, role)
                .param("holder", "resident:" + residentId).param("from", from.toString()).param("until", "")
                .with(coordinator).with(csrf()));
        UUID holding = jdbc.sql("SELECT id FROM roles_holding WHERE role_id = :r AND resident_id = :p")
                .param("r", role).param("p", residentId).query(UUID.class).single();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rollen/{roleId}", role.toString());
        values.put("houders/{holdingId}", holding.toString());
        return values;
    }
}
