package io.orderservice.pricing.application.port.in;

import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.pricing.domain.PriceBreakdown;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prices a prospective basket as an order would be priced now — catalog prices, promotions, taxes for the
 * address and buyer, shipping — and changes nothing: no stock held, no promo code used up.
 *
 * @throws QuoteRefusedException for SKUs without a price in the currency, or an address not shipped to
 */
public interface QuotePriceUseCase {

    Quote quote(QuoteRequest request);

    /**
     * @param vatCountry the country of a business buyer's VAT registration, or null
     * @param segments   the customer's segments, for promotions that target them
     * @param shipping   how to pick the way it ships (the cheapest when null)
     */
    record QuoteRequest(CustomerId customerId, Currency currency, List<Line> lines, Address shipTo, Set<String> promoCodes,
                        boolean business, String vatCountry, Set<String> segments, ShippingChoice shipping) {
        public QuoteRequest {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(shipTo, "shipTo");
            if (lines == null || lines.isEmpty()) {
                throw new InvalidValueException("a quote needs at least one line");
            }
            lines = List.copyOf(lines);
            promoCodes = promoCodes == null ? Set.of() : Set.copyOf(promoCodes);
            segments = segments == null ? Set.of() : Set.copyOf(segments);
            shipping = shipping == null ? ShippingChoice.CHEAPEST : shipping;
        }
    }

    record Line(Sku sku, Quantity quantity) {
    }

    /**
     * The breakdown, which of the entered codes gave nothing (unknown, expired, not for this basket), the way it
     * ships (priced in the breakdown) and every way it could, cheapest first.
     */
    record Quote(PriceBreakdown breakdown, Set<String> unusedCodes, ShippingOption shipping, List<ShippingOption> shippingOptions) {
    }
}
