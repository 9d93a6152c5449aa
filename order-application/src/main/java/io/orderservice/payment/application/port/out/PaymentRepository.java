package io.orderservice.payment.application.port.out;

import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where payments are kept. Storing a payment ({@link #insert}, {@link #update}, {@link #replace}) also publishes the
 * events it recorded, in the caller's transaction: the one way to store a payment (ADR 0026).
 */
public interface PaymentRepository {

    /**
     * Stores a new payment at once (not at commit): one order has at most one live payment, and a
     * second attempt for the same order waits here for the first and is then refused with
     * {@link PaymentInProgressException}, before it can reach a gateway.
     */
    void insert(Payment payment);

    /** Stores what changed; refuses a payment someone else changed meanwhile. */
    void update(Payment payment);

    /**
     * Stores a payment {@code replaced} by the proposal its order {@code adopted}, the replaced one first: the order
     * never has two live payments, not even between the two statements.
     */
    void replace(Payment replaced, Payment adopted);

    /**
     * The payment, locked until the end of the transaction, so that concurrent news and operations about
     * it apply one after another.
     */
    Optional<Payment> lockById(PaymentId id);

    /** The payment the gateway authorised under this reference, locked like {@link #lockById}. */
    Optional<Payment> lockByAuthorisationReference(String gateway, String authorisationReference);

    /**
     * The order's newest payment (earlier ones all failed or ended; proposals not adopted are not the order's), locked
     * like {@link #lockById}.
     */
    Optional<Payment> lockLatestForOrder(OrderId orderId);

    /** The order's newest payment as it is now, unlocked: to decide what to ask a gateway before any lock is taken. */
    Optional<Payment> findLatestForOrder(OrderId orderId);

    /** The payment as it is now, unlocked. */
    Optional<Payment> findById(PaymentId id);

    /**
     * Payments on {@code gateway} whose authorisation, uncaptured and the order's own, was given (or last renewed)
     * before {@code before}: the oldest first, at most {@code limit}.
     */
    List<PaymentId> authorisedOnlyBefore(String gateway, Instant before, int limit);

    /** Authorised proposals, neither adopted nor withdrawn, recorded before {@code before}: the oldest first, at most {@code limit}. */
    List<PaymentId> proposalsAuthorisedBefore(Instant before, int limit);
}
