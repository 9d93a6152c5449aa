package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.ListOrdersQuery.ListOrders;
import io.orderservice.ordering.application.port.in.ListOrdersQuery.OrderPage;
import io.orderservice.shared.CustomerId;
import java.time.Instant;

/** Reads order summaries straight from storage, without loading aggregates. */
public interface OrderSummaries {

    /** One page by keyset (see {@link io.orderservice.ordering.application.port.in.ListOrdersQuery}). */
    OrderPage page(ListOrders request);

    /** How many orders the customer placed at or after {@code since}, not counting refused or cancelled ones. */
    int countPlacedBy(CustomerId customerId, Instant since);
}
