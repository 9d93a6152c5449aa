package io.orderservice.pricing.application.port.in;

import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.pricing.domain.PriceBreakdown;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Prices a prospective basket as an order would be priced now — catalog prices, promotions, taxes for the
 * address and buyer, shipping — and changes nothing: no stock held, no promo code used up.
 *
 * A named interface: the cart prices itself with it.
 *
 * @throws QuoteRefusedException for SKUs without a price in the currency, or an address not shipped to
 */
@NamedInterface("quotes")
public interface QuotePriceUseCase {

    Quote quote(QuoteRequest request);

    /**
     * @param vatCountry the country of a business buyer's VAT registration, or null
     * @param segments   the customer's segments, for promotions that target them
     * @param shipping   how to pick the way it ships (the cheapest when null)
     */
    @NamedInterface("quotes")
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

    @NamedInterface("quotes")
    record Line(Sku sku, Quantity quantity) {
    }

    /**
     * A SKU of the quote as the catalog sells it now, and its share of the breakdown: its name, unit price, gross
     * price, what promotions took off it and its tax.
     */
    @NamedInterface("quotes")
    record Item(Sku sku, String name, Money unitPrice, Money gross, Money discount, Money tax) {
    }

    /**
     * The breakdown, which of the entered codes gave nothing (unknown, expired, not for this basket), the way it
     * ships (priced in the breakdown) and every way it could, cheapest first, and the SKUs' names and unit prices.
     */
    @NamedInterface("quotes")
    record Quote(PriceBreakdown breakdown, Set<String> unusedCodes, ShippingOption shipping, List<ShippingOption> shippingOptions,
                 List<Item> items) {

        public Money subtotal() {
            return breakdown.subtotal();
        }

        public Money discount() {
            return breakdown.discount();
        }

        public Money shippingCost() {
            return breakdown.shipping();
        }

        public Money shippingDiscount() {
            return breakdown.shippingDiscount();
        }

        public Money tax() {
            return breakdown.tax();
        }

        public boolean taxIncluded() {
            return breakdown.taxIncluded();
        }

        public Money grandTotal() {
            return breakdown.grandTotal();
        }
    }
}
