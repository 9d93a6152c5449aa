package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.ListOrderNotesQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListOrderNotesService implements ListOrderNotesQuery {

    private final OrderRepository orders;
    private final OrderNotes notes;

    ListOrderNotesService(OrderRepository orders, OrderNotes notes) {
        this.orders = orders;
        this.notes = notes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderNote> notes(OrderId orderId, Set<OrderNote.Visibility> visibilities, Caller caller) {
        var visible = caller.reachesEveryCustomer() ? visibilities
                : visibilities.contains(OrderNote.Visibility.CUSTOMER) ? Set.of(OrderNote.Visibility.CUSTOMER) : Set.<OrderNote.Visibility>of();
        var found = visible.isEmpty() ? List.<OrderNote>of() : notes.of(orderId, visible);
        if (found.isEmpty() && orders.findById(orderId).isEmpty()) {
            throw new OrderNotFoundException(orderId);
        }
        return found;
    }
}
