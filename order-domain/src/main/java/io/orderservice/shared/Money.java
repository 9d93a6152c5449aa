package io.orderservice.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, held as integer minor units (cents), never as a floating-point number.
 * Arithmetic refuses to mix currencies and to overflow silently.
 */
public record Money(long amountMinor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException("currency " + currency + " is not a currency of payment");
        }
    }

    public static Money of(long amountMinor, String currencyCode) {
        return new Money(amountMinor, currencyOf(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Converts a decimal amount; rounding is explicit because a price may carry more digits than the currency. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        var minor = amount.setScale(currency.getDefaultFractionDigits(), rounding).unscaledValue();
        if (minor.bitLength() > 63) {
            throw new InvalidValueException("amount " + amount + " is too large");
        }
        return new Money(minor.longValue(), currency);
    }

    public static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    public boolean isZero() {
        return amountMinor == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The amount in major units with the currency's scale, e.g. 12.50 for 1250 EUR cents. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amountMinor, other.amountMinor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    /** Adding euros to dollars is a programming error, not a rounding question. */
    public static final class CurrencyMismatchException extends InvalidValueException {
        CurrencyMismatchException(Currency left, Currency right) {
            super("cannot combine " + left + " with " + right);
        }
    }
}
