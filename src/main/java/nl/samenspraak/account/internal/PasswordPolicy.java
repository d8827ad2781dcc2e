package nl.samenspraak.account.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.stereotype.Component;

/**
 * The rules for a password a staff member chooses (change and reset; ASVS 2.1): long enough,
 * not their own e-mail address or name, not on the list of common and leaked passwords, and
 * not easy to guess.
 *
 * <p>The list is the one shipped inside {@code me.gosimple:nbvcxz:1.5.1}
 * ({@code dictionaries/passwords.txt}: the 100,000 most common passwords seen in public
 * breaches; nbvcxz is MIT-licensed), so nothing leaves the server to check a password.
 * nbvcxz's estimate also catches variations of those passwords (leetspeak, years,
 * keyboard walks, repeats) and parts of the person's own name and address.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    /** nbvcxz's own default threshold (bits), the level it calls safe against offline guessing. */
    static final double MIN_ENTROPY = ConfigurationBuilder.getDefaultMinimumEntropy();

    private static final Map<String, Integer> COMMON = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> "passwords".equals(d.getDictionaryName()))
            .findFirst().map(Dictionary::getDictonary).orElseThrow();

    /** The message key of the first broken rule, or empty when the password may be used. */
    Optional<String> check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("account.password.error.newRequired");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.password.error.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.password.error.tooLong");
        }
        if (isPersonal(password, email, displayName)) {
            return Optional.of("account.password.error.personal");
        }
        if (COMMON.containsKey(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.error.common");
        }
        if (!estimator(email, displayName).estimate(password).isMinimumEntropyMet()) {
            return Optional.of("account.password.error.guessable");
        }
        return Optional.empty();
    }

    private static boolean isPersonal(String password, String email, String displayName) {
        String typed = squash(password);
        return personalWords(email, displayName).anyMatch(typed::equals);
    }

    /** The e-mail address, its part before the @, and the name: the first things an attacker tries. */
    private static Stream<String> personalWords(String email, String displayName) {
        String mail = email == null ? "" : email;
        String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
        return Stream.of(mail, local, displayName == null ? "" : displayName)
                .map(PasswordPolicy::squash).filter(w -> !w.isEmpty());
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Nbvcxz estimator(String email, String displayName) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own").setExclusion(true);
        personalWords(email, displayName).forEach(w -> own.addWord(w, 0));
        String name = displayName == null ? "" : displayName;
        for (String part : (name + " " + (email == null ? "" : email)).split("[\\s@._+-]+")) {
            if (part.length() >= 3) {
                own.addWord(part.toLowerCase(Locale.ROOT), 0);
            }
        }
        List<Dictionary> dictionaries = new java.util.ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY).createConfiguration());
    }
}
