package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** What shipping a basket to an address costs; empty when the service does not ship there or in that currency. */
public interface ShippingRates {

    Optional<Money> rateFor(ShippingRateRequest request);

    record ShippingRateRequest(Address shipTo, Currency currency, List<RequestedLine> lines, Money goodsValue) {
        public ShippingRateRequest {
            lines = List.copyOf(lines);
        }
    }
}
