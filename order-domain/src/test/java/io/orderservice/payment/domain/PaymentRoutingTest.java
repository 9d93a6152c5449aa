package io.orderservice.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentRoutingTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    final PaymentRouting routing = new PaymentRouting(List.of(
            new GatewayRoute(Set.of(PaymentMethodType.WALLET), Set.of(), null, null, List.of("wallet-pay")),
            new GatewayRoute(Set.of(PaymentMethodType.CARD), Set.of(USD), null, new BigDecimal("999.99"), List.of("acme", "sandbox")),
            new GatewayRoute(Set.of(PaymentMethodType.CARD), Set.of(USD), new BigDecimal("1000.00"), null, List.of("sandbox"))),
            List.of("sandbox"));

    @Test
    void theFirstMatchingRouteDecidesByMethodCurrencyAndAmount() {
        assertThat(routing.gatewaysFor(PaymentMethodType.WALLET, Money.of(500, "EUR"))).containsExactly("wallet-pay");
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(99_999, "USD"))).containsExactly("acme", "sandbox");
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(100_000, "USD"))).containsExactly("sandbox");
    }

    @Test
    void amountBandsAreInMajorUnitsOfEachCurrency() {
        var band = new GatewayRoute(Set.of(), Set.of(), new BigDecimal("100"), null, List.of("big"));
        var yenAndEuro = new PaymentRouting(List.of(band), List.of("small"));

        assertThat(yenAndEuro.gatewaysFor(PaymentMethodType.CARD, Money.of(100, "JPY"))).containsExactly("big");
        assertThat(yenAndEuro.gatewaysFor(PaymentMethodType.CARD, Money.of(100, "EUR"))).containsExactly("small");
        assertThat(yenAndEuro.gatewaysFor(PaymentMethodType.CARD, Money.of(10_000, "EUR"))).containsExactly("big");
    }

    @Test
    void aPaymentNoRouteMatchesGoesToTheDefault() {
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(500, "EUR"))).containsExactly("sandbox");
        assertThat(routing.gatewaysFor(PaymentMethodType.BANK_TRANSFER, Money.of(500, "USD"))).containsExactly("sandbox");
    }

    @Test
    void aProviderTheCustomerChoseIsTheOnlyGatewayWhenTheRouteOffersIt() {
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(99_999, "USD"), new PaymentProvider("sandbox")))
                .contains(List.of("sandbox"));
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(99_999, "USD"), new PaymentProvider("acme")))
                .contains(List.of("acme"));
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(99_999, "USD"), null))
                .contains(List.of("acme", "sandbox"));
    }

    @Test
    void aProviderTheRouteDoesNotNameIsNotOffered() {
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(100_000, "USD"), new PaymentProvider("acme"))).isEmpty();
        assertThat(routing.gatewaysFor(PaymentMethodType.WALLET, Money.of(500, "EUR"), new PaymentProvider("sandbox"))).isEmpty();
        assertThat(routing.gatewaysFor(PaymentMethodType.CARD, Money.of(500, "EUR"), new PaymentProvider("wallet-pay"))).isEmpty();
    }

    @Test
    void providersAreNamedAsGatewaysAre() {
        assertThatThrownBy(() -> new PaymentProvider("Acme")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PaymentProvider("-acme")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PaymentProvider("")).isInstanceOf(InvalidValueException.class);
        assertThat(PaymentProvider.ofNullable(null)).isNull();
    }

    @Test
    void refusesRoutesThatCannotWork() {
        assertThatThrownBy(() -> new GatewayRoute(Set.of(), Set.of(), null, BigDecimal.TEN, List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GatewayRoute(Set.of(), Set.of(), BigDecimal.TEN, BigDecimal.ONE, List.of("a")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GatewayRoute(Set.of(), Set.of(), null, null, List.of("a", "a")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PaymentRouting(List.of(), List.of())).isInstanceOf(InvalidValueException.class);
    }
}
