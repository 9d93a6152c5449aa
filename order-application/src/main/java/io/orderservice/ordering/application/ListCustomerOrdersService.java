package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.ListCustomerOrdersQuery;
import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListCustomerOrdersService implements ListCustomerOrdersQuery {

    private final OrderSummaries summaries;

    ListCustomerOrdersService(OrderSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderSummary> newestFirst(CustomerId customerId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit must be between 1 and " + MAX_LIMIT);
        }
        return summaries.newestFirst(customerId, limit);
    }
}
