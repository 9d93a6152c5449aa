package io.orderservice.pricing.application.port.in;

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
     */
    record QuoteRequest(CustomerId customerId, Currency currency, List<Line> lines, Address shipTo, Set<String> promoCodes,
                        boolean business, String vatCountry, Set<String> segments) {
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
        }
    }

    record Line(Sku sku, Quantity quantity) {
    }

    /** The breakdown, and which of the entered codes gave nothing (unknown, expired, not for this basket). */
    record Quote(PriceBreakdown breakdown, Set<String> unusedCodes) {
    }
}
