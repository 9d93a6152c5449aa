package io.orderservice.ordering.application.port.out;

import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Prices a basket: the unit price of each line in the order's currency, plus discount and tax. */
public interface OrderPricing {

    PricingOutcome price(PricingRequest request);

    record PricingRequest(CustomerId customerId, Currency currency, Address shipTo, List<RequestedLine> lines) {
        public PricingRequest {
            lines = List.copyOf(lines);
        }
    }

    sealed interface PricingOutcome permits PricedBasket, UnknownSkus {
    }

    /** Every line priced, in the order of the request. */
    record PricedBasket(List<PricedLine> lines, Money discount, Money tax) implements PricingOutcome {
        public PricedBasket {
            lines = List.copyOf(lines);
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
}
