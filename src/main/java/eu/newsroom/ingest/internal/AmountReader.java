package eu.newsroom.ingest.internal;

import eu.newsroom.ingest.Extraction.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sums of money in a text in every usual written form: "über 187 Milliarden EUR", "€187bn",
 * "EUR 1.5 billion", "1,5 Mrd. Euro", "90 milliards d'euros", "2.000 millones de euros", "6 mld euro",
 * "800 mln EUR", ranges ("between EUR 5 and 6 billion") and other currencies. A figure without a
 * currency (a percentage, a year, a date, a count of rounds or troops) is not an amount.
 */
public final class AmountReader {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{N}.,])(?:\\d{1,3}(?:[ .,'’]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\p{N}])");
    /** NUMERIC(20,2) holds eighteen digits before the decimal point. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999999999.99");

    /** A figure with whatever currency and scale stand around it; {@code currency} null for a bare figure. */
    private record Figure(int start, int end, int numberStart, BigDecimal value, Integer exponent, String currency,
            boolean currencyBefore) {

        Figure with(Integer newExponent, String newCurrency) {
            return new Figure(start, end, numberStart, value, newExponent, newCurrency, currencyBefore);
        }

        BigDecimal amount() {
            BigDecimal amount = value.movePointRight(exponent == null ? 0 : exponent).stripTrailingZeros();
            return amount.scale() < 0 ? amount.setScale(0) : amount;
        }
    }

    private AmountReader() {
    }

    /** The amounts of a text, in order; {@code lang} (may be null) decides what "billion" means. */
    public static List<Amount> read(String text, String lang) {
        List<Figure> figures = figures(text, lang);
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (i + 1 < figures.size() && range(text, figure, figures.get(i + 1), amounts)) {
                i++;
            } else if (figure.currency() != null) {
                single(text, figure).ifPresent(amounts::add);
            }
        }
        return amounts;
    }

    private static List<Figure> figures(String text, String lang) {
        List<Figure> figures = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            figure(text, number.start(), number.end(), parse(number.group()), lang, false).ifPresent(figures::add);
        }
        Matcher word = AmountWords.NUMBER_WORD.matcher(text);
        while (word.find()) {
            BigDecimal value = BigDecimal.valueOf(AmountWords.NUMBER_WORDS.get(word.group(1).toLowerCase(java.util.Locale.ROOT)));
            figure(text, word.start(), word.end(), value, lang, true).filter(f -> f.currency() != null)
                    .ifPresent(figures::add);
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return figures;
    }

    private static Optional<Figure> figure(String text, int numberStart, int numberEnd, BigDecimal value, String lang,
            boolean needsScale) {
        if (value == null) {
            return Optional.empty();
        }
        int start = numberStart;
        String currency = null;
        Matcher before = AmountWords.CURRENCY_BEFORE.matcher(text.substring(Math.max(0, numberStart - 6), numberStart));
        if (before.find()) {
            currency = AmountWords.currency(before.group(1));
            start = numberStart - (before.end() - before.start(1));
        }
        int end = numberEnd;
        Integer exponent = null;
        Matcher scale = AmountWords.SCALE.matcher(text).region(end, text.length());
        Matcher shortScale = AmountWords.SHORT_SCALE.matcher(text).region(end, text.length());
        if (scale.lookingAt()) {
            exponent = AmountWords.exponent(scale.group(1), lang);
            end = scale.end();
        } else if (needsScale) {
            return Optional.empty();
        } else if (currency != null && shortScale.lookingAt()) {
            exponent = AmountWords.exponent(shortScale.group(1), lang);
            end = shortScale.end();
        }
        boolean frenchForm = false;
        if (currency == null) {
            Matcher after = AmountWords.CURRENCY_AFTER.matcher(text).region(end, text.length());
            if (after.lookingAt() && !startsNextFigure(text, after.end())) {
                currency = AmountWords.currency(after.group(1));
                frenchForm = after.group().matches("(?s)\\s*(?:de |d['’]).*");
                end = after.end();
            }
        }
        if (exponent != null && exponent == 12 && isBillion(text, numberEnd, end)
                && !(frenchForm || "de".equals(lang))) {
            // a short sentence may be taken for French; only "milliards"-style wording makes "billion" 10^12
            exponent = 9;
        }
        return Optional.of(new Figure(start, end, numberStart, value, exponent, currency, start < numberStart));
    }

    private static boolean isBillion(String text, int numberEnd, int end) {
        String written = text.substring(numberEnd, end).strip().toLowerCase(java.util.Locale.ROOT);
        return written.startsWith("billion") && !written.startsWith("billionen");
    }

    /** "2025 EUR 5 billion": a code followed by a figure belongs to that figure, not to the one before. */
    private static boolean startsNextFigure(String text, int afterCurrency) {
        int i = afterCurrency;
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static Optional<Amount> single(String text, Figure figure) {
        BigDecimal amount = figure.amount();
        if (amount.signum() <= 0 || amount.compareTo(LARGEST) > 0) {
            return Optional.empty();
        }
        var qualified = AmountWords.qualifierBefore(text, figure.start());
        String qualifier = qualified.map(q -> q.qualifier().spelling).orElse("exact");
        int start = qualified.map(AmountWords.Qualified::start).orElse(figure.start());
        return Optional.of(amount(text, start, figure.end(), amount, figure.currency(), qualifier));
    }

    private static boolean range(String text, Figure low, Figure high, List<Amount> out) {
        if (low.currency() == null && high.currency() == null) {
            return false;
        }
        String between = text.substring(low.end(), high.start());
        boolean dash = AmountWords.RANGE_DASH.matcher(between).matches();
        boolean and = !dash && AmountWords.RANGE_AND.matcher(between).matches();
        if (!dash && !and) {
            return false;
        }
        int windowStart = Math.max(0, low.start() - 12);
        Matcher intro = AmountWords.BETWEEN.matcher(text.substring(windowStart, low.start()));
        boolean introduced = intro.find();
        boolean from = introduced && AmountWords.FROM.matcher(intro.group(1)).matches();
        if (and && (!introduced || from) || from && low.currency() != null && low.exponent() != null) {
            // "EUR 2 billion and EUR 3 billion" are two sums; "from EUR 5 billion to EUR 8 billion" is a change
            return false;
        }
        String currency = high.currency() != null ? high.currency() : low.currency();
        Figure lower = low.with(low.exponent() != null ? low.exponent() : high.exponent(), currency);
        Figure upper = high.with(high.exponent() != null ? high.exponent() : low.exponent(), currency);
        if (lower.amount().compareTo(upper.amount()) > 0 || upper.amount().compareTo(LARGEST) > 0
                || lower.amount().signum() <= 0) {
            return false;
        }
        int start = introduced ? windowStart + intro.start(1) : low.start();
        out.add(amount(text, start, high.end(), lower.amount(), currency, "range-low"));
        out.add(amount(text, start, high.end(), upper.amount(), currency, "range-high"));
        return true;
    }

    private static Amount amount(String text, int start, int end, BigDecimal amount, String currency, String qualifier) {
        BigDecimal eur = "EUR".equals(currency) ? amount : null;
        return new Amount(text.substring(start, end), amount, currency, eur, qualifier, start, end);
    }

    /**
     * "1.5", "1,5" and "187" as written; "2.000", "1,500", "10 000" and "1.234.567,89" with their
     * thousands separators. One separator followed by exactly three digits groups thousands.
     */
    static BigDecimal parse(String written) {
        String digits = written.replaceAll("[ '’]", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            plain = digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            int count = (int) digits.chars().filter(c -> c == separator).count();
            boolean grouping = count > 1 || digits.length() - digits.lastIndexOf(separator) - 1 == 3;
            plain = grouping ? digits.replace(String.valueOf(separator), "") : digits.replace(separator, '.');
        } else {
            plain = digits;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
