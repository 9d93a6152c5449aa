package io.orderservice.pricing.application.port.in;

import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What the promotions that applied to an order take off the goods the customer keeps once some came back (a return
 * that breaks a "buy 2, get 1" keeps no free unit): the same rules at the order's prices, whatever became of their
 * codes, windows and segments since. A named interface: returns recounts a refund through it (ADR 0034).
 */
@NamedInterface("discount-recount")
public interface RecountDiscountQuery {

    /** The discount on the kept goods; empty when a promotion that applied is no longer known, so none can be recounted. */
    Optional<Money> discountOn(KeptGoods kept);

    /**
     * @param promotionIds the promotions that applied to the order
     * @param pricedAt     when the order was priced (its products' categories are read as they were then)
     */
    @NamedInterface("discount-recount")
    record KeptGoods(Currency currency, List<KeptLine> lines, Set<String> promotionIds, Address shipTo, CustomerId customerId,
                     Instant pricedAt) {
        public KeptGoods {
            Objects.requireNonNull(currency, "currency");
            lines = List.copyOf(lines);
            promotionIds = Set.copyOf(promotionIds);
            Objects.requireNonNull(shipTo, "shipTo");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(pricedAt, "pricedAt");
        }
    }

    /** Units of one order line the customer keeps (none when all came back), at the order's unit price. */
    @NamedInterface("discount-recount")
    record KeptLine(Sku sku, int quantity, Money unitPrice) {
        public KeptLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (quantity < 0) {
                throw new InvalidValueException("a customer keeps no fewer than no units of " + sku);
            }
        }
    }
}
