package eu.newsroom.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount as stated, never a float: a decimal with an ISO 4217 currency, how it was qualified,
 * the upper bound of a range, and its value in euro where that is known.
 */
public record Money(BigDecimal amount, BigDecimal amountHigh, String currency, AmountQualifier qualifier,
        BigDecimal amountEur) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        Currency.getInstance(currency);
        if ((qualifier == AmountQualifier.RANGE) != (amountHigh != null)) {
            throw new IllegalArgumentException("a range needs an upper bound, and only a range has one");
        }
        if (amountHigh != null && amountHigh.compareTo(amount) < 0) {
            throw new IllegalArgumentException("the upper bound of a range is below its lower bound");
        }
        if ("EUR".equals(currency)) {
            amountEur = amount;
        }
    }

    /** The euro value of a foreign amount at a given rate (euro per unit), rounded to the cent. */
    public static BigDecimal inEuro(BigDecimal amount, BigDecimal eurPerUnit) {
        return amount.multiply(eurPerUnit).setScale(2, RoundingMode.HALF_EVEN);
    }
}
