package io.orderservice.shared;

import static io.orderservice.shared.PropertyFalsification.assertFalsified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Money behaves like the integers it wraps, in any currency. Each property is a method over the arithmetic it checks,
 * run against {@link Money} and, in {@link CaughtWhenBroken}, against an arithmetic with the mistake it is there to
 * catch.
 */
class MoneyProperties {

    private static final Gen<Currency> CURRENCIES = arbitrary().pick("EUR", "USD", "JPY", "BHD", "GBP", "CHF")
            .map(Currency::getInstance);
    private static final Gen<Long> AMOUNTS = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);

    /** The operations under test, so that a broken variant can stand in for {@link Money}'s own. */
    interface Arithmetic {
        Money plus(Money a, Money b);

        Money minus(Money a, Money b);

        Money times(Money a, int factor);

        /** To a decimal amount and back. */
        Money roundTrip(Money a);
    }

    /** {@link Money}'s own operations; a broken variant overrides one of them. */
    static class MoneyArithmetic implements Arithmetic {
        public Money plus(Money a, Money b) {
            return a.plus(b);
        }

        public Money minus(Money a, Money b) {
            return a.minus(b);
        }

        public Money times(Money a, int factor) {
            return a.times(factor);
        }

        public Money roundTrip(Money a) {
            return Money.of(a.toDecimal(), a.currency(), RoundingMode.UNNECESSARY);
        }
    }

    static final Arithmetic MONEY = new MoneyArithmetic();

    @Test
    void additionIsCommutativeAndAssociative() {
        additionIsCommutativeAndAssociative(MONEY);
    }

    @Test
    void subtractionUndoesAddition() {
        subtractionUndoesAddition(MONEY);
    }

    @Test
    void multiplicationIsRepeatedAddition() {
        multiplicationIsRepeatedAddition(MONEY);
    }

    @Test
    void decimalRoundTripKeepsTheAmount() {
        decimalRoundTripKeepsTheAmount(MONEY);
    }

    static void additionIsCommutativeAndAssociative(Arithmetic arithmetic) {
        qt().withExamples(1000).forAll(CURRENCIES, AMOUNTS, AMOUNTS, AMOUNTS).checkAssert((currency, a, b, c) -> {
            var x = new Money(a, currency);
            var y = new Money(b, currency);
            var z = new Money(c, currency);
            assertThat(arithmetic.plus(x, y)).isEqualTo(arithmetic.plus(y, x));
            assertThat(arithmetic.plus(arithmetic.plus(x, y), z)).isEqualTo(arithmetic.plus(x, arithmetic.plus(y, z)));
        });
    }

    static void subtractionUndoesAddition(Arithmetic arithmetic) {
        qt().withExamples(1000).forAll(CURRENCIES, AMOUNTS, AMOUNTS).checkAssert((currency, a, b) -> {
            var x = new Money(a, currency);
            var y = new Money(b, currency);
            assertThat(arithmetic.minus(arithmetic.plus(x, y), y)).isEqualTo(x);
            assertThat(arithmetic.minus(x, x).isZero()).isTrue();
        });
    }

    static void multiplicationIsRepeatedAddition(Arithmetic arithmetic) {
        qt().withExamples(1000).forAll(CURRENCIES, longs().between(0, 10_000_000L), integers().between(1, 50))
                .checkAssert((currency, unit, times) -> {
                    var price = new Money(unit, currency);
                    var sum = Money.zero(currency);
                    for (int i = 0; i < times; i++) {
                        sum = arithmetic.plus(sum, price);
                    }
                    assertThat(arithmetic.times(price, times)).isEqualTo(sum);
                });
    }

    static void decimalRoundTripKeepsTheAmount(Arithmetic arithmetic) {
        qt().withExamples(1000).forAll(CURRENCIES, AMOUNTS)
                .checkAssert((currency, a) -> assertThat(arithmetic.roundTrip(new Money(a, currency))).isEqualTo(new Money(a, currency)));
    }

    /** Each property fails for the mistake it is there to catch: none of them passes whatever the code does. */
    @Nested
    class CaughtWhenBroken {

        @Test
        void anAdditionThatDropsTheMinorUnitsOfItsRightOperand() {
            var broken = new MoneyArithmetic() {
                @Override
                public Money plus(Money a, Money b) {
                    return a.plus(new Money(b.amountMinor() / 100 * 100, b.currency()));
                }
            };
            assertFalsified(() -> additionIsCommutativeAndAssociative(broken));
        }

        @Test
        void aSubtractionThatNarrowsToInt() {
            var broken = new MoneyArithmetic() {
                @Override
                public Money minus(Money a, Money b) {
                    return new Money(a.amountMinor() - (int) b.amountMinor(), a.currency());
                }
            };
            assertFalsified(() -> subtractionUndoesAddition(broken));
        }

        @Test
        void aMultiplicationInFloatingPoint() {
            var broken = new MoneyArithmetic() {
                @Override
                public Money times(Money a, int factor) {
                    return new Money((long) ((float) a.amountMinor() * factor), a.currency());
                }
            };
            assertFalsified(() -> multiplicationIsRepeatedAddition(broken));
        }

        @Test
        void aRoundTripThroughFloat() {
            var broken = new MoneyArithmetic() {
                @Override
                public Money roundTrip(Money a) {
                    return Money.of(new BigDecimal(Float.toString(a.toDecimal().floatValue())), a.currency(), RoundingMode.HALF_EVEN);
                }
            };
            assertFalsified(() -> decimalRoundTripKeepsTheAmount(broken));
        }
    }
}
