package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Money behaves like the integers it wraps, in any currency. */
class MoneyProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "BHD", "GBP", "CHF").map(Currency::getInstance);
    }

    @Property
    void additionIsCommutativeAndAssociative(@ForAll("currencies") Currency currency,
                                             @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                             @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b,
                                             @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long c) {
        var x = new Money(a, currency);
        var y = new Money(b, currency);
        var z = new Money(c, currency);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    }

    @Property
    void subtractionUndoesAddition(@ForAll("currencies") Currency currency,
                                   @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                   @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        var x = new Money(a, currency);
        var y = new Money(b, currency);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.minus(x).isZero()).isTrue();
    }

    @Property
    void multiplicationIsRepeatedAddition(@ForAll("currencies") Currency currency,
                                          @ForAll @LongRange(min = 0, max = 10_000_000L) long unit,
                                          @ForAll @IntRange(min = 1, max = 50) int times) {
        var price = new Money(unit, currency);
        var sum = Money.zero(currency);
        for (int i = 0; i < times; i++) {
            sum = sum.plus(price);
        }
        assertThat(price.times(times)).isEqualTo(sum);
    }

    @Property
    void decimalRoundTripKeepsTheAmount(@ForAll("currencies") Currency currency,
                                        @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a) {
        var money = new Money(a, currency);
        assertThat(Money.of(money.toDecimal(), currency, java.math.RoundingMode.UNNECESSARY)).isEqualTo(money);
    }
}
