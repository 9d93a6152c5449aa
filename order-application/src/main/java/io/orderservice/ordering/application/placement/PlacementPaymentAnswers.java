package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.ordering.application.port.out.UnpaidStockHolds;
import io.orderservice.ordering.domain.saga.PlacementOutcome.AttemptFailed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentAuthorised;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentDeclined;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentNeedsAction;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StepAnswer;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A payment's outcome as its placement is told, with what the customer is told if it refuses the order. A payment
 * that was declined, or waits for the customer, keeps the order's stock for a while ({@link UnpaidHoldPolicy}), judged
 * from the orders that hold stock unpaid already; one that may keep none is refused.
 */
@Component
class PlacementPaymentAnswers {

    record Answer(StepAnswer outcome, OrderPlacementRefusedException ifRefused) {
    }

    private final UnpaidStockHolds holds;
    private final UnpaidHoldPolicy policy;
    private final SagaPolicy placement;

    PlacementPaymentAnswers(UnpaidStockHolds holds, UnpaidHoldPolicy policy, SagaPolicy placement) {
        this.holds = holds;
        this.policy = policy;
        this.placement = placement;
    }

    Answer of(PlacementStore.Loaded loaded, PaymentOutcome outcome) {
        if (outcome instanceof Authorised authorised) {
            return new Answer(new PaymentAuthorised(authorised.reference()), null);
        }
        if (outcome instanceof Unavailable unavailable) {
            return new Answer(new AttemptFailed(unavailable.reason()), null);
        }
        if (!loaded.placement().awaitsPayment()) {
            // News the placement does not wait for is ignored (Placement.on), whatever it says: the orders holding stock
            // unpaid are not counted for an answer no one reads (a late or repeated webhook would pay a query for it).
            return new Answer(outcome instanceof ActionRequired ? new PaymentNeedsAction(Duration.ZERO, "not awaited")
                    : new PaymentDeclined("not awaited", Duration.ZERO), null);
        }
        if (outcome instanceof ActionRequired) {
            var others = othersHolding(loaded);
            var refusal = OrderPlacementRefusedException.paymentDeclined("unpaid_orders_limit",
                    "the payment needs the customer's confirmation, but " + policy.boundReached(others));
            return new Answer(new PaymentNeedsAction(holdFor(others), refusal.getMessage()), refusal);
        }
        if (outcome instanceof Declined declined) {
            var others = othersHolding(loaded);
            var hold = holdFor(others);
            var refusal = hold.isZero()
                    ? OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message()
                    + "; the order is not kept for another payment: " + policy.boundReached(others))
                    : OrderPlacementRefusedException.paymentDeclined(declined.code(), declined.message());
            return new Answer(new PaymentDeclined(refusal.getMessage(), hold), refusal);
        }
        throw new IllegalArgumentException("unknown payment outcome " + outcome);
    }

    private Duration holdFor(UnpaidHoldPolicy.UnpaidHolds others) {
        return policy.holdFor(others, placement.paymentRetryWindow());
    }

    private UnpaidHoldPolicy.UnpaidHolds othersHolding(PlacementStore.Loaded loaded) {
        var order = loaded.get();
        return holds.othersLike(order.id(), order.customerId(), loaded.saga().checkout().paymentToken(),
                order.shippingAddress());
    }
}
