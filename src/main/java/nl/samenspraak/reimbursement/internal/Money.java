package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Euro amounts as people read them: "€ 1.234,50" in Dutch, "€1,234.50" in English. Templates use
 * it as {@code ${@reimbursementMoney.format(amount)}}.
 */
@Component("reimbursementMoney")
class Money {

    public String format(BigDecimal amount) {
        return format(amount, LocaleContextHolder.getLocale());
    }

    static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean english = "en".equals(locale.getLanguage());
        DecimalFormat format = new DecimalFormat("#,##0.00",
                DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.forLanguageTag("nl-NL")));
        return (english ? "€" : "€ ") + format.format(amount);
    }

    /** Kilometres, hours and rates: as many decimals as they have, in the reader's notation. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        DecimalFormat format = new DecimalFormat("#,##0.###",
                DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.forLanguageTag("nl-NL")));
        return format.format(value);
    }
}
