package nl.samenspraak.account.internal;

import nl.samenspraak.account.Role;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspraak.platform.Text;

/**
 * A person the administrator adds to a collaboration, or whose role they change. There is no
 * password: a new person chooses their own through the invitation they get by e-mail.
 */
record StaffMemberForm(String email, String displayName, String role) {

    static final int EMAIL_MAX = 320;
    static final int NAME_MAX = 200;
    /** The browser's own rule for type="email", plus a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+");

    static StaffMemberForm empty() {
        return new StaffMemberForm("", "", "");
    }

    StaffMemberForm cleaned() {
        return new StaffMemberForm(Text.clean(email), Text.clean(displayName), Text.clean(role));
    }

    /** Checks what is needed in every case: an e-mail address and a role. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.isEmpty()) {
            errors.put("email", "account.admin.error.emailRequired");
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.put("email", "account.admin.error.emailInvalid");
        }
        if (roleValue() == null) {
            errors.put("role", "account.admin.error.roleRequired");
        }
        return errors;
    }

    /** Checks what a new account needs on top: a name, used in the invitation and on staff pages. */
    Map<String, String> validateNewAccount() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (displayName.isEmpty()) {
            errors.put("displayName", "account.admin.error.nameRequired");
        } else if (displayName.length() > NAME_MAX) {
            errors.put("displayName", "account.admin.error.nameTooLong");
        }
        return errors;
    }

    Role roleValue() {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }
}
