package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.AddOrderNoteUseCase;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.OrderNotes;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.OrderNote.Visibility;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.application.RequestEffects;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal notes are an operator's; a customer-visible note is an operator's when one is named, else the customer's. */
@Service
class AddOrderNoteService implements AddOrderNoteUseCase {

    private final OrderRepository orders;
    private final OrderNotes notes;
    private final RequestEffects effects;
    private final Clock clock;

    AddOrderNoteService(OrderRepository orders, OrderNotes notes, RequestEffects effects, Clock clock) {
        this.orders = orders;
        this.notes = notes;
        this.effects = effects;
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
        if (command.requestKey() != null && !effects.firstTime(command.requestKey())) {
            // the same request, run again after a crash lost its answer: the note it wrote, not a second one
            return notes.of(order.id(), EnumSet.of(note.visibility())).stream().filter(note::sameWordsBySameAuthor)
                    .reduce((first, later) -> later).orElse(note);
        }
        if (!notes.add(note)) {
            throw new OrderNotFoundException(command.orderId());
        }
        return note;
    }
}
