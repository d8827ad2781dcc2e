package nl.samenspraak.roles.internal;

/** What the coordinator typed on the role form; checkboxes arrive as "true" or not at all. */
record RoleForm(String name, String expected, String offered, String decisionRole, String forResidents,
                String forStaff) {

    static RoleForm of(RoleRow role, String name, String expected, String offered) {
        return new RoleForm(name, expected, offered, flag(role.decisionRole()), flag(role.forResidents()),
                flag(role.forStaff()));
    }

    static RoleForm empty() {
        return new RoleForm("", "", "", null, "true", null);
    }

    RoleText toText() {
        return new RoleText(name, expected, offered, "true".equals(decisionRole), "true".equals(forResidents),
                "true".equals(forStaff));
    }

    private static String flag(boolean value) {
        return value ? "true" : null;
    }
}
