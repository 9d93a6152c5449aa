package io.orderservice.shipping.gateway;

import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.shared.Money;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The default shipping rate: one flat price per currency, free above a threshold if one is set
 * ({@code order-service.shipping.flat-rate.*}). The pricing issue adds rate tables and a carrier's rate API.
 */
@Component
class FlatRateShipping implements ShippingRates {

    private final FlatRateProperties properties;

    FlatRateShipping(FlatRateProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<Money> rateFor(ShippingRateRequest request) {
        var currency = request.currency();
        var code = currency.getCurrencyCode();
        var rate = properties.rates().get(code);
        if (rate == null) {
            return Optional.empty();
        }
        var freeFrom = properties.freeFrom().get(code);
        if (freeFrom != null && request.goodsValue().compareTo(Money.of(freeFrom, currency, RoundingMode.HALF_EVEN)) >= 0) {
            return Optional.of(Money.zero(currency));
        }
        return Optional.of(Money.of(rate, currency, RoundingMode.HALF_EVEN));
    }
}
