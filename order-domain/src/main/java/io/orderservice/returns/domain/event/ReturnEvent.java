package io.orderservice.returns.domain.event;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Something that happened to a return request (published keyed by order id; see docs/asyncapi.yaml on their order). */
public sealed interface ReturnEvent permits ReturnEvent.Requested, ReturnEvent.Approved, ReturnEvent.Rejected,
        ReturnEvent.Received, ReturnEvent.Refunded, ReturnEvent.ExchangeCreated {

    UUID returnId();

    OrderId orderId();

    CustomerId customerId();

    Instant occurredAt();

    /** Units of one order line. */
    record Units(int lineNumber, int quantity) {
    }

    /** A customer asked to send back units of a delivered shipment. */
    record Requested(UUID returnId, OrderId orderId, CustomerId customerId, UUID shipmentId, List<Units> lines,
                     String reasonCode, Instant occurredAt) implements ReturnEvent {
        public Requested {
            Objects.requireNonNull(returnId, "returnId");
            lines = List.copyOf(lines);
        }
    }

    /**
     * The request was approved, in full or (with the reason the customer is told) in part.
     *
     * @param decidedBy "rule" or "operator"
     * @param decider   the rule's name or the operator's id
     */
    record Approved(UUID returnId, OrderId orderId, CustomerId customerId, List<Units> approved, boolean partly,
                    String decidedBy, String decider, String reason, Instant occurredAt) implements ReturnEvent {
        public Approved {
            Objects.requireNonNull(returnId, "returnId");
            approved = List.copyOf(approved);
        }
    }

    /** The request was rejected, with the reason the customer is told. */
    record Rejected(UUID returnId, OrderId orderId, CustomerId customerId, String decidedBy, String decider, String reason,
                    Instant occurredAt) implements ReturnEvent {
        public Rejected {
            Objects.requireNonNull(returnId, "returnId");
        }
    }

    /** How the units of one line arrived: fit to sell again, accepted but damaged, refused at inspection. */
    record Inspected(int lineNumber, int restockable, int damaged, int refused) {
    }

    /** The warehouse recorded what arrived, at a stock location; restockable units went back on hand there. */
    record Received(UUID returnId, OrderId orderId, CustomerId customerId, String location, List<Inspected> lines,
                    Instant occurredAt) implements ReturnEvent {
        public Received {
            Objects.requireNonNull(returnId, "returnId");
            lines = List.copyOf(lines);
        }
    }

    /**
     * The refund of what arrived was recorded on the order and goes to the payment gateway (the order's refund
     * {@code refundId} says how it went).
     *
     * @param shipping      the shipping refunded with it
     * @param restockingFee what was kept back
     * @param discountRecount what was kept back because the kept goods no longer earn a discount they had (negative:
     *                        given back because they earn more of it), zero when no promotion changed
     */
    record Refunded(UUID returnId, OrderId orderId, CustomerId customerId, UUID refundId, Money amount, Money shipping,
                    Money restockingFee, Money discountRecount, Instant occurredAt) implements ReturnEvent {
        public Refunded {
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * An exchange's replacement order was placed: the return pays {@code credit} of it, the customer's payment method the
     * rest; it ships when the return arrives, or at once when a rule trusted the customer.
     */
    record ExchangeCreated(UUID returnId, OrderId orderId, CustomerId customerId, OrderId replacementOrderId, Money credit,
                           boolean shipsAtOnce, Instant occurredAt) implements ReturnEvent {
        public ExchangeCreated {
            Objects.requireNonNull(returnId, "returnId");
            Objects.requireNonNull(replacementOrderId, "replacementOrderId");
            Objects.requireNonNull(credit, "credit");
        }
    }
}
