package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.out.Payments.PaymentOutcome;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments;
import java.util.concurrent.CompletableFuture;
import org.slf4j.MDC;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Asks for a placement's payment on a thread of the application's task executor, so that the request that waits for the
 * answer can stop waiting after {@code answer-within} while the gateway still has it ({@link PlacementOrchestrator#payOnRequest}).
 * Called directly (as plain use-case tests do), it asks on the caller's thread and the future is complete on return.
 */
@Component
class PaymentCalls {

    private final Payments payments;

    PaymentCalls(Payments payments) {
        this.payments = payments;
    }

    /** {@link Payments#ask}: the attempt was intended in the request's transaction; the answer is recorded in its next. */
    @Async
    public CompletableFuture<PaymentOutcome> ask(PaymentRequest request) {
        try (var ignored = MDC.putCloseable("orderId", request.orderId().toString())) {
            return CompletableFuture.completedFuture(payments.ask(request));
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }
}
