package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.ListOrdersQuery.ListOrders;
import io.orderservice.ordering.application.port.in.ListOrdersQuery.OrderPage;

/** Reads order summaries straight from storage, without loading aggregates. */
public interface OrderSummaries {

    /** One page by keyset (see {@link io.orderservice.ordering.application.port.in.ListOrdersQuery}). */
    OrderPage page(ListOrders request);
}
