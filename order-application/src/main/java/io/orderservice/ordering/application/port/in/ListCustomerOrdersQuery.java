package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.CustomerId;
import java.util.List;

/**
 * A customer's most recent orders, newest first, as summaries. The first page of the order list; the
 * lifecycle issue adds filters, sorting and cursor pagination to the same endpoint.
 */
public interface ListCustomerOrdersQuery {

    int MAX_LIMIT = 100;

    List<OrderSummary> newestFirst(CustomerId customerId, int limit);
}
