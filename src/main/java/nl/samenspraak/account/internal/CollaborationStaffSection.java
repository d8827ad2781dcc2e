package nl.samenspraak.account.internal;

import nl.samenspraak.account.Role;
import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The staff of each collaboration on the platform administrator's collaboration pages. */
@Component
class CollaborationStaffSection implements CollaborationStaff {

    static final String TEMPLATE = "account/collaboration-staff";

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final SecondFactor factor;
    private final PasswordResets resets;

    CollaborationStaffSection(JdbcClient jdbc, StaffAccounts accounts, SecondFactor factor, PasswordResets resets) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.factor = factor;
        this.resets = resets;
    }

    /** In one query for the whole admin list. */
    @Override
    public Map<UUID, Integer> countsPerCollaboration() {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT collaboration_id, count(*) FROM membership GROUP BY collaboration_id")
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    @Override
    public String adminTemplate() {
        return TEMPLATE;
    }

    @Override
    public void addToAdminPage(Model model, Collaboration collaboration) {
        model.addAttribute("staff", accounts.staffOf(collaboration.id()));
        model.addAttribute("enrolledStaff", factor.enrolledStaffOf(collaboration.id()));
        model.addAttribute("waitingForPassword", resets.waitingForPassword(collaboration.id()));
        model.addAttribute("roles", Role.values());
        putIfAbsent(model, "form", StaffMemberForm.empty());
        putIfAbsent(model, "errors", Map.of());
        putIfAbsent(model, "revokeErrors", Map.of());
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
