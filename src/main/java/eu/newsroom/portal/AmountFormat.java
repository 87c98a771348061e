package eu.newsroom.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an amount the way a reader of the interface language expects: "over EUR 187B" in English,
 * "über 187 Mrd. EUR" in German, "plus de 187 Md EUR" in French.
 */
@Component
class AmountFormat {

    private final MessageSource messages;

    AmountFormat(MessageSource messages) {
        this.messages = messages;
    }

    String format(BigDecimal amount, BigDecimal amountHigh, String currency, String qualifier, Locale locale) {
        if (amount == null) {
            return messages.getMessage("commitment.noAmount", null, locale);
        }
        String figure = compact(amount, locale);
        if (amountHigh != null) {
            figure = figure + "–" + compact(amountHigh, locale);
        }
        String money = messages.getMessage("amount.pattern", new Object[] {figure, currency}, locale);
        return messages.getMessage("amount.qualifier." + qualifier, new Object[] {money}, locale);
    }

    private static String compact(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(amount).replace('\u00a0', ' ');
    }

    /** The amount without trailing decimal zeros and never in exponent form: 187000000000, 1.5. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
