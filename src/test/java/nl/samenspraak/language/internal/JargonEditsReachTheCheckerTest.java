package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.AdminFixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.PlainLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an administrator does to the jargon list is what the checker marks, at once: a phrase added at /admin/taal
 * is marked as JARGON with its new alternative, and a removed one (also a shipped one) is no longer marked.
 */
class JargonEditsReachTheCheckerTest extends IntegrationTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired PlainLanguage plainLanguage;
    @Autowired JargonEditor editor;
    @Autowired JargonEdits edits;
    @Autowired JargonList list;
    @Autowired StaffAccounts accounts;

    @Test
    void aNewPhraseIsMarkedWithItsAlternativeAndARemovedOneIsNot() {
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        // Letters only, so that no tokenizer splits it: a made-up officialese word nobody else uses.
        String word = "bewonersafstemmingstraject" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String text = "Wij starten een " + word + " in de wijk.";
        assertThat(plainLanguage.check(text, DUTCH).findings()).noneMatch(f -> f.kind() == FindingKind.JARGON);

        editor.add(new JargonForm(word, "gesprek met de buurt"), admin);
        try {
            Finding marked = plainLanguage.check(text, DUTCH).findings().stream()
                    .filter(f -> f.kind() == FindingKind.JARGON).findFirst().orElseThrow();
            assertThat(marked.start()).isEqualTo(text.indexOf(word));
            assertThat(marked.text()).isEqualTo(word);
            assertThat(marked.suggestion()).contains("gesprek met de buurt");
        } finally {
            editor.remove(word, admin);
        }
        assertThat(plainLanguage.check(text, DUTCH).findings()).noneMatch(f -> f.kind() == FindingKind.JARGON);
    }

    @Test
    void aRemovedShippedPhraseIsNoLongerMarked() {
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        String text = "U vraagt een maatwerkvoorziening aan.";
        assertThat(jargonIn(text)).as("shipped").isTrue();
        editor.remove("maatwerkvoorziening", admin);
        try {
            assertThat(jargonIn(text)).as("after removal").isFalse();
        } finally {
            editor.undo("maatwerkvoorziening", admin);
        }
        assertThat(jargonIn(text)).as("after undo").isTrue();
    }

    private boolean jargonIn(String text) {
        return plainLanguage.check(text, DUTCH).findings().stream()
                .anyMatch(f -> f.kind() == FindingKind.JARGON && f.text().equalsIgnoreCase("maatwerkvoorziening"));
    }
}
