package io.orderservice.shipping.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.ShippingRates.ShippingRateRequest;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatRateShippingTest {

    private static final Address ADDRESS = new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE");

    private final FlatRateShipping shipping = new FlatRateShipping(new FlatRateProperties(
            Map.of("EUR", new BigDecimal("4.95"), "JPY", new BigDecimal("800")), Map.of("EUR", new BigDecimal("100.00"))));

    @Test
    void chargesTheFlatRateOfTheCurrency() {
        assertThat(shipping.rateFor(request(Money.of(5000, "EUR")))).contains(Money.of(495, "EUR"));
        assertThat(shipping.rateFor(request(Money.of(5000, "JPY")))).contains(Money.of(800, "JPY"));
    }

    @Test
    void shipsFreeFromTheThreshold() {
        assertThat(shipping.rateFor(request(Money.of(9999, "EUR")))).contains(Money.of(495, "EUR"));
        assertThat(shipping.rateFor(request(Money.of(10000, "EUR")))).contains(Money.of(0, "EUR"));
    }

    @Test
    void hasNoRateForACurrencyItIsNotConfiguredFor() {
        assertThat(shipping.rateFor(request(Money.of(5000, "USD")))).isEmpty();
    }

    private static ShippingRateRequest request(Money goodsValue) {
        return new ShippingRateRequest(ADDRESS, goodsValue.currency(), List.of(), goodsValue);
    }
}
