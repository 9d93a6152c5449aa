package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "EUR").plus(Money.of(100, "USD")))
                .isInstanceOf(Money.CurrencyMismatchException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of(100, "EUR").compareTo(Money.of(100, "JPY")))
                .isInstanceOf(Money.CurrencyMismatchException.class);
    }

    @Test
    void refusesToOverflowSilently() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, "EUR").times(2))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsDecimalsWithExplicitRounding() {
        assertThat(Money.of(new BigDecimal("4.955"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of(496, "EUR"));
        assertThat(Money.of(new BigDecimal("4.945"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of(494, "EUR"));
        assertThat(Money.of(new BigDecimal("1500"), Currency.getInstance("JPY"), RoundingMode.HALF_EVEN).amountMinor())
                .isEqualTo(1500);
    }

    @Test
    void printsInTheCurrencysScale() {
        assertThat(Money.of(1999, "EUR").toDecimal()).isEqualByComparingTo("19.99");
        assertThat(Money.of(1999, "EUR").toString()).isEqualTo("19.99 EUR");
        assertThat(Money.of(5, "JPY").toDecimal().toPlainString()).isEqualTo("5");
        assertThat(Money.of(1005, "BHD").toDecimal().toPlainString()).isEqualTo("1.005");
    }

    @Test
    void refusesUnknownCurrencyCodes() {
        assertThatThrownBy(() -> Money.of(1, "EURO")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(1, "XXX")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a currency of payment");
    }
}
