package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.ListOrdersQuery;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.shared.Caller;
import java.util.List;
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
    public OrderPage list(ListOrders request, Caller caller) {
        if (caller.reachesEveryCustomer()) {
            return summaries.page(request);
        }
        var own = caller.customer();
        var asked = request.filter().customerId();
        if (own == null || (asked != null && !asked.equals(own))) {
            return new OrderPage(List.of(), null);
        }
        return summaries.page(request.forCustomer(own));
    }
}
