package nl.samenspraak.account.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new password typed twice, with the current one when the person is logged in (change)
 * and without it when a reset link proved who they are. Passwords are never trimmed: a
 * space is a character like any other.
 */
record NewPasswordForm(String currentPassword, String newPassword, String repeatPassword) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "", "");
    }

    /** Field id to message key, in the order of the fields, for everything but the current password's check. */
    Map<String, String> validate(PasswordPolicy policy, String email, String displayName) {
        Map<String, String> errors = new LinkedHashMap<>();
        policy.check(newPassword, email, displayName).ifPresent(key -> errors.put("newPassword", key));
        if (repeatPassword == null || repeatPassword.isEmpty()) {
            errors.put("repeatPassword", "account.password.error.repeatRequired");
        } else if (newPassword != null && !newPassword.isEmpty() && !repeatPassword.equals(newPassword)) {
            errors.put("repeatPassword", "account.password.error.mismatch");
        }
        return errors;
    }
}
