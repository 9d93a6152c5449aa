package io.orderservice.returns.application.listener;

import io.orderservice.returns.application.port.in.BookReturnLabelUseCase;
import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.shared.application.GatewayCallingListener;
import org.springframework.stereotype.Component;

/**
 * Books a return's label once its approval committed, through the outbox: a carrier out of reach fails the delivery,
 * which is tried again (the return's id keeps the carrier from booking twice).
 */
@Component
class BookLabelWhenApproved {

    private final BookReturnLabelUseCase labels;

    BookLabelWhenApproved(BookReturnLabelUseCase labels) {
        this.labels = labels;
    }

    @GatewayCallingListener
    void approved(ReturnEvent.Approved event) {
        labels.book(event.orderId(), event.returnId());
    }
}
