package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.ListOrdersQuery;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListOrdersService implements ListOrdersQuery {

    private final OrderSummaries summaries;

    ListOrdersService(OrderSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage list(ListOrders request) {
        return summaries.page(request);
    }
}
