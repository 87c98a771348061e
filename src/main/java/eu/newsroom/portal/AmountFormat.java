package eu.newsroom.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes amounts, rates and dates the way a reader of the interface language expects: "over EUR 187 bn"
 * and "EUR 1,234.5 bn" in English, "über 187 Mrd. EUR" and "1.234,5 Mrd. EUR" in German, "plus de
 * 187 Md EUR" in French. Figures of a million or more are written in millions or billions (never
 * "trillion": newsrooms say "1,234.5 bn"); digit grouping and the decimal mark follow the locale.
 */
@Component
class AmountFormat {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final MessageSource messages;

    AmountFormat(MessageSource messages) {
        this.messages = messages;
    }

    String format(BigDecimal amount, BigDecimal amountHigh, String currency, String qualifier, Locale locale) {
        if (amount == null) {
            return messages.getMessage("commitment.noAmount", null, locale);
        }
        String figure = scaled(amount, locale);
        if (amountHigh != null) {
            figure = figure + "–" + scaled(amountHigh, locale);
        }
        String money = messages.getMessage("amount.pattern", new Object[] {figure, currency}, locale);
        return messages.getMessage("amount.qualifier." + qualifier, new Object[] {money}, locale);
    }

    /** 187000000000 is "187 bn" (en), "187 Mrd." (de); 2500000 is "2.5 m"; 950 is "950". */
    private String scaled(BigDecimal amount, Locale locale) {
        BigDecimal size = amount.abs();
        if (size.compareTo(BILLION) >= 0) {
            return messages.getMessage("amount.scale.billion", new Object[] {number(amount.divide(BILLION), 1, locale)}, locale);
        }
        if (size.compareTo(MILLION) >= 0) {
            return messages.getMessage("amount.scale.million", new Object[] {number(amount.divide(MILLION), 1, locale)}, locale);
        }
        return number(amount, 2, locale);
    }

    /** A number with the locale's grouping and decimal mark, at most this many decimals. */
    static String number(BigDecimal value, int maxDecimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** The date as the interface writes it: "31 May 2024", "31. Mai 2024", "31 mai 2024". */
    String date(LocalDate date, Locale locale) {
        String pattern = messages.getMessage("date.pattern", null, locale);
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /**
     * Which rate turned a foreign amount into euro: "ECB euro reference rate of 31 May 2024: EUR 1 =
     * 1.0852 USD", or the rate the source gave. Null for an amount in euro or with no euro value.
     */
    Views.RateView rate(String currency, String source, BigDecimal eurPerUnit, BigDecimal unitsPerEuro, LocalDate on,
            Locale locale) {
        if (source == null) {
            return null;
        }
        String when = on == null ? "" : date(on, locale);
        String display = switch (source) {
            case "ecb" -> messages.getMessage("rate.ecb", new Object[] {when, number(unitsPerEuro, 6, locale), currency},
                    locale);
            default -> eurPerUnit == null ? messages.getMessage("rate.givenValue", null, locale)
                    : messages.getMessage(on == null ? "rate.given" : "rate.givenOn",
                            new Object[] {currency, number(eurPerUnit, 8, locale), when}, locale);
        };
        return new Views.RateView(source, on, eurPerUnit, unitsPerEuro, display);
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
