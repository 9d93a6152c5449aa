package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.in.AddOrderNoteUseCase;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.ordering.domain.OrderNote.Visibility;
import io.orderservice.shared.AccessRefusedException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal notes are an operator's; a customer-visible note is an operator's when one is named, else the customer's. */
@Service
class AddOrderNoteService implements AddOrderNoteUseCase {

    private final OrderRepository orders;
    private final OrderNotes notes;
    private final Clock clock;

    AddOrderNoteService(OrderRepository orders, OrderNotes notes, Clock clock) {
        this.orders = orders;
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderNote add(AddOrderNoteCommand command) {
        var order = orders.findById(command.orderId()).orElseThrow(() -> new OrderNotFoundException(command.orderId()));
        var author = Actor.of(command.by());
        if (command.visibility() == Visibility.INTERNAL && author.kind() != Actor.Kind.OPERATOR) {
            throw new AccessRefusedException("internal notes are written by the shop's staff");
        }
        var note = new OrderNote(order.id(), command.visibility(), author, command.text(), clock.instant());
        if (!notes.add(note)) {
            throw new OrderNotFoundException(command.orderId());
        }
        return note;
    }
}
