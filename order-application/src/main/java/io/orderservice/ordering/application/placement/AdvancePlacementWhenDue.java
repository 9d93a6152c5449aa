package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.domain.saga.PlacementWorkDue;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Picks up the placement saga's dispatched work once the transaction that dispatched it has committed, and
 * runs it until the saga comes to rest. Through the outbox: a publication that did not complete (the
 * process died mid-run) is delivered again after a restart and the run goes on from the last step recorded. Not {@code @ApplicationModuleListener}, which would wrap the work in one transaction:
 * a step must not hold a database transaction while it waits for a payment gateway.
 */
@Component
class AdvancePlacementWhenDue {

    private final PlacementOrchestrator orchestrator;

    AdvancePlacementWhenDue(PlacementOrchestrator orchestrator) {
        this.orchestrator = orchestrator;
    }

    /**
     * The id names the listener's publications in the outbox; it does not change when the class moves (changeset
     * ordering-016 renamed the publications the class-derived id had named).
     */
    static final String LISTENER_ID = "ordering.placement.advance-when-due";

    @Async
    @TransactionalEventListener(id = LISTENER_ID)
    void advance(PlacementWorkDue due) {
        orchestrator.run(due.orderId());
    }
}
