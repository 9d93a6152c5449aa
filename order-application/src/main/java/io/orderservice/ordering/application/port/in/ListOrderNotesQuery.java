package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.Set;

/**
 * An order's notes of the given visibilities, oldest first; a caller who is not staff (a customer, a storefront)
 * gets only those visible to customers, whatever it asks for.
 *
 * @throws OrderNotFoundException when there is no such order
 */
public interface ListOrderNotesQuery {

    List<OrderNote> notes(OrderId orderId, Set<OrderNote.Visibility> visibilities, Caller caller);
}
