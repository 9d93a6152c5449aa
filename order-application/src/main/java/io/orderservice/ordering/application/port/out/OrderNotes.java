package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Set;

/** Where notes on orders are kept. */
public interface OrderNotes {

    /** @return false when there is no such order */
    boolean add(OrderNote note);

    /** The order's notes of these visibilities, oldest first; empty for an unknown order too. */
    List<OrderNote> of(OrderId orderId, Set<OrderNote.Visibility> visibilities);
}
