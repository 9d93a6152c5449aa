package io.orderservice.ordering.domain.status;

import static io.orderservice.ordering.domain.status.OrderAction.*;
import static io.orderservice.ordering.domain.status.OrderStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order state machine as one explicit table: every allowed (status, action) pair and where it
 * leads. Anything not listed here is refused by {@link Order}.
 */
public final class OrderTransitions {

    /** One row of the table. */
    public record Transition(OrderStatus from, OrderAction action, OrderStatus to) {
    }

    /** The statuses a new order may start in. */
    public static final Set<OrderStatus> INITIAL = Collections.unmodifiableSet(EnumSet.of(AWAITING_PAYMENT, PENDING_APPROVAL));

    public static final List<Transition> TABLE = List.of(
            new Transition(PENDING_APPROVAL, APPROVE, AWAITING_PAYMENT),
            new Transition(PENDING_APPROVAL, REJECT_APPROVAL, CANCELLED),
            new Transition(PENDING_APPROVAL, CANCEL, CANCELLED),
            new Transition(PENDING_APPROVAL, MODIFY, PENDING_APPROVAL),
            new Transition(PENDING_APPROVAL, CHANGE_LINES, PENDING_APPROVAL),

            new Transition(AWAITING_PAYMENT, AUTHORISE_PAYMENT, PAID),
            new Transition(AWAITING_PAYMENT, FAIL_PAYMENT, PAYMENT_FAILED),
            new Transition(AWAITING_PAYMENT, HOLD, ON_HOLD),
            new Transition(AWAITING_PAYMENT, REJECT, REJECTED),
            new Transition(AWAITING_PAYMENT, CANCEL, CANCELLED),
            new Transition(AWAITING_PAYMENT, MODIFY, AWAITING_PAYMENT),

            new Transition(ON_HOLD, RELEASE_HOLD, AWAITING_PAYMENT),
            new Transition(ON_HOLD, REJECT, REJECTED),
            new Transition(ON_HOLD, CANCEL, CANCELLED),
            new Transition(ON_HOLD, MODIFY, ON_HOLD),

            new Transition(PAYMENT_FAILED, RETRY_PAYMENT, AWAITING_PAYMENT),
            new Transition(PAYMENT_FAILED, CANCEL, CANCELLED),
            new Transition(PAYMENT_FAILED, MODIFY, PAYMENT_FAILED),

            new Transition(PAID, BACKORDER, BACKORDERED),
            new Transition(PAID, SHIP_PARTIALLY, PARTIALLY_SHIPPED),
            new Transition(PAID, SHIP, SHIPPED),
            new Transition(PAID, CANCEL, CANCELLED),
            new Transition(PAID, MODIFY, PAID),
            new Transition(PAID, CHANGE_LINES, PAID),

            new Transition(BACKORDERED, FILL_BACKORDER, PAID),
            new Transition(BACKORDERED, SHIP_PARTIALLY, PARTIALLY_SHIPPED),
            new Transition(BACKORDERED, SHIP, SHIPPED),
            new Transition(BACKORDERED, CANCEL, CANCELLED),
            new Transition(BACKORDERED, MODIFY, BACKORDERED),
            new Transition(BACKORDERED, CHANGE_LINES, BACKORDERED),

            new Transition(PARTIALLY_SHIPPED, SHIP_PARTIALLY, PARTIALLY_SHIPPED),
            new Transition(PARTIALLY_SHIPPED, SHIP, SHIPPED),
            new Transition(PARTIALLY_SHIPPED, REFUND, PARTIALLY_SHIPPED),
            // a delivered parcel of a split order is returnable before the others arrive
            new Transition(PARTIALLY_SHIPPED, REQUEST_RETURN, PARTIALLY_SHIPPED),
            new Transition(PARTIALLY_SHIPPED, ADVANCE_RETURN, PARTIALLY_SHIPPED),

            new Transition(SHIPPED, DELIVER, DELIVERED),
            new Transition(SHIPPED, REFUND, SHIPPED),
            new Transition(SHIPPED, REQUEST_RETURN, SHIPPED),
            new Transition(SHIPPED, ADVANCE_RETURN, SHIPPED),

            new Transition(DELIVERED, COMPLETE, COMPLETED),
            new Transition(DELIVERED, REQUEST_RETURN, RETURN_REQUESTED),
            new Transition(DELIVERED, REFUND, DELIVERED),
            // a request made while the order's last parcel was on its way is decided once it is delivered
            new Transition(DELIVERED, ADVANCE_RETURN, DELIVERED),

            new Transition(COMPLETED, REFUND, COMPLETED),

            new Transition(RETURN_REQUESTED, REQUEST_RETURN, RETURN_REQUESTED),
            new Transition(RETURN_REQUESTED, ADVANCE_RETURN, RETURN_REQUESTED),
            new Transition(RETURN_REQUESTED, RECEIVE_RETURN, RETURNED),
            new Transition(RETURN_REQUESTED, RECEIVE_RETURN_IN_PART, PARTIALLY_RETURNED),
            new Transition(RETURN_REQUESTED, DECLINE_RETURN, DELIVERED),
            new Transition(RETURN_REQUESTED, REFUND, RETURN_REQUESTED),

            new Transition(PARTIALLY_RETURNED, REQUEST_RETURN, RETURN_REQUESTED),
            new Transition(PARTIALLY_RETURNED, COMPLETE, COMPLETED),
            new Transition(PARTIALLY_RETURNED, REFUND, PARTIALLY_RETURNED),

            new Transition(RETURNED, REFUND, RETURNED));

    private static final Map<OrderStatus, Map<OrderAction, OrderStatus>> BY_STATUS = index();

    private OrderTransitions() {
    }

    public static Optional<OrderStatus> next(OrderStatus from, OrderAction action) {
        return Optional.ofNullable(BY_STATUS.get(from).get(action));
    }

    public static Set<OrderAction> allowedFrom(OrderStatus status) {
        var actions = BY_STATUS.get(status).keySet();
        return actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    private static Map<OrderStatus, Map<OrderAction, OrderStatus>> index() {
        var index = new EnumMap<OrderStatus, Map<OrderAction, OrderStatus>>(OrderStatus.class);
        for (var status : OrderStatus.values()) {
            index.put(status, new EnumMap<>(OrderAction.class));
        }
        for (var row : TABLE) {
            if (index.get(row.from()).put(row.action(), row.to()) != null) {
                throw new IllegalStateException("two rows for " + row.from() + " + " + row.action());
            }
        }
        return index;
    }
}
