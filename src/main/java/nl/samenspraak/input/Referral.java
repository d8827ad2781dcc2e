package nl.samenspraak.input;

import nl.samenspraak.platform.Text;

/**
 * Where an input "outside the question" was sent on to: the organisation that deals with it
 * and, when staff know it, how to reach that organisation (a name, phone number, e-mail address
 * or website). Never the author's own details.
 */
public record Referral(String organisation, String contact) {

    /** A referral from what staff typed: cleaned, the contact null when empty; null without an organisation. */
    public static Referral of(String organisation, String contact) {
        String org = Text.cleanOrNull(organisation);
        String how = Text.cleanOrNull(contact);
        if (org == null && how == null) {
            return null;
        }
        return new Referral(org, how);
    }
}
