package io.orderservice.ordering.application.port.in.returns;

import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Returns asks ordering for an exchange's replacement: an order placed through the placement saga (stock reserved at
 * once), the return paying {@code credit} of it and the payment token the rest. Calls a payment gateway: never inside
 * a transaction. Asked again for the same return, it answers with the order placed the first time.
 */
public interface PlaceReplacementOrderUseCase {

    Outcome place(ReplacementOrder request);

    /**
     * @param fromOrder       the order the return is of
     * @param credit          what the returned units are worth: the replacement's payment method pays only the rest
     * @param shipsAtOnce     whether it may ship before the return arrives
     * @param backorderWanted whether the customer waits for goods out of stock (a backorder, where the shop allows one)
     *                        rather than taking their money back
     */
    record ReplacementOrder(UUID returnId, OrderId fromOrder, CustomerId customerId, Address shipTo, List<Item> items,
                            PaymentToken paymentToken, Money credit, boolean shipsAtOnce, boolean backorderWanted) {
        public ReplacementOrder {
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(fromOrder, "fromOrder");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(shipTo, "shipTo");
            Objects.requireNonNull(paymentToken, "paymentToken");
            Objects.requireNonNull(credit, "credit");
            if (items == null || items.isEmpty()) {
                throw new InvalidValueException("a replacement order has at least one item");
            }
            items = List.copyOf(items);
        }
    }

    record Item(Sku sku, Quantity quantity) {
    }

    sealed interface Outcome permits Placed, NotPlaced {
    }

    /** Placed: the return pays {@code credit} of it (its worth, cut to the replacement's total). */
    record Placed(OrderId orderId, Money credit) implements Outcome {
    }

    /** None could be placed (out of stock, refused, payment declined): the customer gets their money back instead. */
    record NotPlaced(String why) implements Outcome {
    }
}
