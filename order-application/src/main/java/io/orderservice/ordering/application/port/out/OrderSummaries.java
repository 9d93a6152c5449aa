package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.shared.CustomerId;
import java.util.List;

/** Reads order summaries straight from storage, without loading aggregates. */
public interface OrderSummaries {

    List<OrderSummary> newestFirst(CustomerId customerId, int limit);
}
