package io.orderservice.ordering.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.out.UnpaidStockHolds;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How long a placement whose payment was declined, or waits for the customer, keeps its stock ({@link UnpaidHoldPolicy}),
 * from the orders that hold stock unpaid already. A placement that may hold none is counted in
 * {@code placements.unpaid.holds.refused}.
 */
@Component
class UnpaidHolds {

    /** @param boundReached which bound left no hold, for the refusal; empty when there is a hold */
    record Hold(Duration duration, String boundReached) {

        boolean none() {
            return duration.isZero();
        }
    }

    private final UnpaidStockHolds holds;
    private final UnpaidHoldPolicy policy;
    private final SagaPolicy placement;
    private final MeterRegistry meters;

    UnpaidHolds(UnpaidStockHolds holds, UnpaidHoldPolicy policy, SagaPolicy placement, MeterRegistry meters) {
        this.holds = holds;
        this.policy = policy;
        this.placement = placement;
        this.meters = meters;
    }

    Hold of(PlacementSaga saga, Order order) {
        var others = holds.othersLike(order.id(), order.customerId(), saga.checkout().paymentToken(), order.shippingAddress());
        var hold = new Hold(policy.holdFor(others, placement.paymentRetryWindow()), policy.boundReached(others));
        if (hold.none()) {
            meters.counter("placements.unpaid.holds.refused").increment();
        }
        return hold;
    }
}
