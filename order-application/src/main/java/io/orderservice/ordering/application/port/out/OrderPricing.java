package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.price.Charges;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Prices a basket as an order: the unit price of each line, and the charges on top of and off them — discount,
 * tax and shipping — with how they were arrived at. The same pricing answers price quotes, so an order costs what
 * its quote said.
 */
public interface OrderPricing {

    PricingOutcome price(PricingRequest request);

    /**
     * @param agreedPrices unit prices the order has already agreed for some of the SKUs (a change of lines keeps
     *                     them); the others are priced from the catalog
     * @param promoCodes   the codes the customer entered
     * @param shipping     how to pick the way it ships
     */
    record PricingRequest(CustomerId customerId, Currency currency, Address shipTo, List<RequestedLine> lines,
                          Map<Sku, Money> agreedPrices, Set<String> promoCodes, ShippingChoice shipping) {
        public PricingRequest {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(shipTo, "shipTo");
            lines = List.copyOf(lines);
            agreedPrices = agreedPrices == null ? Map.of() : Map.copyOf(agreedPrices);
            promoCodes = promoCodes == null ? Set.of() : Set.copyOf(promoCodes);
            shipping = shipping == null ? ShippingChoice.CHEAPEST : shipping;
        }

        /** Catalog prices, no promo code, the cheapest shipping. */
        public PricingRequest(CustomerId customerId, Currency currency, Address shipTo, List<RequestedLine> lines) {
            this(customerId, currency, shipTo, lines, Map.of(), Set.of(), ShippingChoice.CHEAPEST);
        }
    }

    sealed interface PricingOutcome permits PricedBasket, UnknownSkus, NotShippable {
    }

    /**
     * Every line priced, in the order of the request, with the charges.
     *
     * @param inapplicableCodes entered codes that gave nothing: unknown, expired, not for this basket or customer
     * @param business          whether the customer buys as a business, from their pricing profile (never from the request)
     */
    record PricedBasket(List<PricedLine> lines, Charges charges, Set<String> inapplicableCodes, boolean business)
            implements PricingOutcome {
        public PricedBasket {
            lines = List.copyOf(lines);
            Objects.requireNonNull(charges, "charges");
            inapplicableCodes = Set.copyOf(inapplicableCodes);
        }
    }

    record PricedLine(Sku sku, String name, Quantity quantity, Money unitPrice) {
    }

    /** Some SKUs have no price in the requested currency: nothing can be sold for them. */
    record UnknownSkus(Set<Sku> skus) implements PricingOutcome {
        public UnknownSkus {
            skus = Set.copyOf(skus);
        }
    }

    /** There is no shipping to the address in the currency, or not the way chosen: {@code options} are the ways there are. */
    record NotShippable(String countryCode, List<ShippingOption> options) implements PricingOutcome {
        public NotShippable {
            options = List.copyOf(options);
        }
    }
}
