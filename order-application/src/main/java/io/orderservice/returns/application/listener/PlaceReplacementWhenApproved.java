package io.orderservice.returns.application.listener;

import io.orderservice.returns.application.port.in.PlaceReplacementUseCase;
import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.shared.application.GatewayCallingListener;
import org.springframework.stereotype.Component;

/**
 * Places an exchange's replacement once its approval committed, through the outbox: the placement may ask a payment
 * gateway, so no transaction is open; a failure is tried again, and the return's id keeps it from placing two orders.
 */
@Component
class PlaceReplacementWhenApproved {

    private final PlaceReplacementUseCase replacements;

    PlaceReplacementWhenApproved(PlaceReplacementUseCase replacements) {
        this.replacements = replacements;
    }

    @GatewayCallingListener
    void approved(ReturnEvent.Approved event) {
        replacements.place(event.orderId(), event.returnId());
    }
}
