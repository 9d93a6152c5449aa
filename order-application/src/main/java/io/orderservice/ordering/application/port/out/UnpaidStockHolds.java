package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy.UnpaidHolds;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;

/** The orders that hold stock while their payment is declined or waits for the customer, as the database has them. */
public interface UnpaidStockHolds {

    /**
     * The orders other than {@code order} whose placement holds stock unpaid, counted by the same customer, payment
     * token and shipping address (recipient aside, letter case and spacing ignored), and whether the customer has paid
     * for an order before.
     */
    UnpaidHolds othersLike(OrderId order, CustomerId customer, PaymentToken token, Address shipTo);
}
