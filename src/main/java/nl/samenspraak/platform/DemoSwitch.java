package nl.samenspraak.platform;

import java.util.Locale;

/**
 * Whether demo content may load. Demo content brings coordinator logins with a published
 * password, so it belongs on a trial install (the embedded database) and never on a real
 * one by accident: with an external database ({@code spring.datasource.url} set) it loads
 * only when {@code SAMENSPRAAK_DEMO=true} was given explicitly. {@link DemoOnly} beans exist only
 * when it is on.
 */
public record DemoSwitch(String demoSetting, String datasourceUrl) {

    /**
     * @throws IllegalStateException when SAMENSPRAAK_DEMO is neither empty, {@code true} nor {@code false}:
     *                               a typo must not silently load (or skip) demo logins
     */
    public boolean enabled() {
        String setting = demoSetting == null ? "" : demoSetting.strip().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            case "" -> datasourceUrl == null || datasourceUrl.isBlank();
            default -> throw new IllegalStateException(
                    "SAMENSPRAAK_DEMO (samenspraak.demo) must be 'true', 'false' or empty, not '" + demoSetting + "'");
        };
    }
}
