package io.orderservice.payment.domain;

import static io.orderservice.payment.domain.PaymentStatus.*;

import io.orderservice.payment.domain.event.PaymentEvent.PaymentAuthorised;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentCaptured;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentDeclined;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentDisputed;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentFailed;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefundSettled;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefunded;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRequiresAction;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentUnwanted;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentVoided;
import io.orderservice.payment.domain.event.PaymentEvent;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt to pay one order with one payment method, and everything that happened to that money
 * afterwards. Two kinds of input reach it:
 * <ul>
 *   <li><b>operations</b> the service starts (capture, void, refund): checked against the state, and
 *       refused with {@link IllegalPaymentOperationException} when not allowed; each names the
 *       idempotency key to send to the gateway;</li>
 *   <li><b>news</b> from the gateway (its synchronous answer, a webhook, a payment event): applied
 *       when it moves the payment forward, ignored (returning {@code false}) when it is a duplicate
 *       or old news, because the same fact may arrive twice, late or out of order.</li>
 * </ul>
 * Invariants: captured ≤ authorised; refunded ≤ captured; one currency; the status only moves forward.
 */
public final class Payment {

    private final PaymentId id;
    private final OrderId orderId;
    private final CustomerId customerId;
    private final Money amount;
    private final PaymentMethodType methodType;
    private final PaymentToken token;
    private String gateway;
    private final Instant createdAt;
    private final Long version;
    private final List<PaymentTransaction> transactions;
    private final List<PaymentEvent> events = new ArrayList<>();
    private PaymentStatus status;
    private Money captured;
    private Money refunded;
    private boolean disputed;
    private boolean replaced;
    private boolean proposed;

    private Payment(PaymentId id, OrderId orderId, CustomerId customerId, Money amount, PaymentMethodType methodType,
                    PaymentToken token, String gateway, Instant createdAt, Long version, PaymentStatus status,
                    Money captured, Money refunded, boolean disputed, List<PaymentTransaction> transactions) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.methodType = Objects.requireNonNull(methodType, "methodType");
        this.token = Objects.requireNonNull(token, "token");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.captured = Objects.requireNonNull(captured, "captured");
        this.refunded = Objects.requireNonNull(refunded, "refunded");
        this.disputed = disputed;
        this.transactions = new ArrayList<>(transactions);
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("a payment's amount must be positive");
        }
        if (!captured.currency().equals(amount.currency()) || !refunded.currency().equals(amount.currency())) {
            throw new InvalidValueException("a payment's amounts must all be in " + amount.currency());
        }
    }

    /** A new payment, pending until the gateway answers the authorisation. */
    public static Payment start(PaymentId id, OrderId orderId, CustomerId customerId, Money amount,
                                PaymentMethodType methodType, PaymentToken token, String gateway, Instant at) {
        var zero = Money.zero(amount.currency());
        return new Payment(id, orderId, customerId, amount, methodType, token, gateway, at, null, PENDING, zero, zero,
                false, List.of());
    }

    /**
     * A payment proposed to replace its order's live one, for the larger total of a change to the order's lines: pending
     * like any other, but not the order's payment until the change commits and {@link #adopted() adopts} it.
     */
    public static Payment propose(PaymentId id, OrderId orderId, CustomerId customerId, Money amount,
                                  PaymentMethodType methodType, PaymentToken token, String gateway, Instant at) {
        var payment = start(id, orderId, customerId, amount, methodType, token, gateway, at);
        payment.proposed = true;
        return payment;
    }

    /**
     * A payment as it was stored, replaced or not by a later authorisation of its order, proposed or not for a change
     * of its lines; records no events.
     */
    public static Payment reconstitute(PaymentId id, OrderId orderId, CustomerId customerId, Money amount,
                                       PaymentMethodType methodType, PaymentToken token, String gateway,
                                       Instant createdAt, Long version, PaymentStatus status, Money captured,
                                       Money refunded, boolean disputed, boolean replaced, boolean proposed,
                                       List<PaymentTransaction> transactions) {
        var payment = reconstitute(id, orderId, customerId, amount, methodType, token, gateway, createdAt, version, status,
                captured, refunded, disputed, transactions);
        payment.replaced = replaced;
        payment.proposed = proposed;
        return payment;
    }

    /** A payment as it was stored; records no events. */
    public static Payment reconstitute(PaymentId id, OrderId orderId, CustomerId customerId, Money amount,
                                       PaymentMethodType methodType, PaymentToken token, String gateway,
                                       Instant createdAt, Long version, PaymentStatus status, Money captured,
                                       Money refunded, boolean disputed, List<PaymentTransaction> transactions) {
        return new Payment(id, orderId, customerId, amount, methodType, token, gateway, createdAt, version, status,
                captured, refunded, disputed, transactions);
    }

    // --- the authorisation ---------------------------------------------------------------------

    /** The key the authorisation is sent with: the same for every retry of this payment's authorisation. */
    public String authorisationKey() {
        return key("authorisation");
    }

    /**
     * The preferred gateway could not be reached before the request arrived there: the authorisation
     * goes to the next gateway of the route, with the same idempotency key.
     */
    public void failOverTo(String nextGateway) {
        if (status != FAILED) {
            requireStatus("fail over", PENDING);
        }
        gateway = Objects.requireNonNull(nextGateway, "nextGateway");
    }

    public boolean authorised(String gatewayReference, Instant at) {
        if (!Set.of(PENDING, REQUIRES_ACTION, FAILED).contains(status)) {
            return false;
        }
        status = AUTHORISED;
        record(new PaymentTransaction(TransactionKind.AUTHORISATION, amount, true, gatewayReference,
                authorisationKey(), null, at));
        events.add(new PaymentAuthorised(id, orderId, amount, gateway, gatewayReference, at));
        return true;
    }

    public boolean requiresAction(String gatewayReference, Instant at) {
        if (status != PENDING) {
            return false;
        }
        status = REQUIRES_ACTION;
        record(new PaymentTransaction(TransactionKind.AUTHORISATION, amount, false, gatewayReference,
                authorisationKey(), "requires_action", at));
        events.add(new PaymentRequiresAction(id, orderId, gateway, at));
        return true;
    }

    public boolean declined(String code, String message, Instant at) {
        if (!Set.of(PENDING, REQUIRES_ACTION, FAILED).contains(status)) {
            return false;
        }
        status = DECLINED;
        record(new PaymentTransaction(TransactionKind.AUTHORISATION, amount, false, null, authorisationKey(),
                code + ": " + message, at));
        events.add(new PaymentDeclined(id, orderId, code, message, at));
        return true;
    }

    /**
     * The gateway could not be reached, or answered with an error. No money is known to be held; if
     * the gateway did authorise after all, its late news moves the payment to authorised.
     */
    public boolean failed(String reason, Instant at) {
        if (!Set.of(PENDING, REQUIRES_ACTION).contains(status)) {
            return false;
        }
        status = FAILED;
        record(new PaymentTransaction(TransactionKind.AUTHORISATION, amount, false, null, authorisationKey(),
                reason, at));
        events.add(new PaymentFailed(id, orderId, reason, at));
        return true;
    }

    // --- renewing the authorisation -----------------------------------------------------------

    /** When the authorisation that holds the money now was given (the last one renewed it); empty before any was. */
    public Optional<Instant> authorisedAt() {
        return transactions.stream()
                .filter(transaction -> transaction.kind() == TransactionKind.AUTHORISATION && transaction.succeeded())
                .reduce((first, second) -> second).map(PaymentTransaction::at);
    }

    /**
     * Checks that the authorisation may be renewed (authorised, nothing captured yet) and returns the key to send the
     * new authorisation with: the same for every retry of this renewal, another for the next one.
     */
    public String renewalKey() {
        requireStatus("renew the authorisation of", AUTHORISED);
        long given = transactions.stream()
                .filter(transaction -> transaction.kind() == TransactionKind.AUTHORISATION && transaction.succeeded()).count();
        return key("authorisation:renewal:" + given);
    }

    /**
     * The gateway authorised the same amount again, before the earlier authorisation lapsed or after: the new one is
     * what captures, voids and refunds refer to from now on. The status stays AUTHORISED; a renewal applied twice
     * changes nothing.
     */
    public boolean renewed(String gatewayReference, String idempotencyKey, Instant at) {
        if (status != AUTHORISED || hasSucceeded(idempotencyKey)) {
            return false;
        }
        record(new PaymentTransaction(TransactionKind.AUTHORISATION, amount, true, gatewayReference, idempotencyKey,
                "renewal", at));
        return true;
    }

    /**
     * The key to release an authorisation that a renewal superseded; it holds the customer's money until it lapses.
     */
    public String supersededReleaseKey(String supersededReference) {
        requireStatus("release a superseded authorisation of", AUTHORISED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED);
        if (supersededReference == null || supersededReference.equals(authorisationReference())) {
            throw new IllegalPaymentOperationException("only an authorisation a renewal superseded is released this way");
        }
        return key("void:" + supersededReference);
    }

    /** The gateway released an authorisation that a renewal superseded; the payment's own state is unchanged. */
    public boolean supersededReleased(String supersededReference, String gatewayReference, Instant at) {
        var releaseKey = key("void:" + supersededReference);
        if (hasSucceeded(releaseKey)) {
            return false;
        }
        record(new PaymentTransaction(TransactionKind.VOID, amount, true, gatewayReference, releaseKey,
                "superseded authorisation " + supersededReference, at));
        return true;
    }

    // --- capture and void ----------------------------------------------------------------------

    /** Checks that {@code toCapture} may be captured and returns the key to send the capture with. */
    public String captureKey(Money toCapture) {
        requireStatus("capture", AUTHORISED);
        requirePositive(toCapture, "capture");
        if (toCapture.isGreaterThan(amount)) {
            throw new IllegalPaymentOperationException("cannot capture " + toCapture + ": only " + amount + " is authorised");
        }
        return key("capture");
    }

    public boolean captured(Money amountCaptured, String gatewayReference, Instant at) {
        if (status != AUTHORISED || amountCaptured.isGreaterThan(amount)) {
            return false;
        }
        status = CAPTURED;
        captured = amountCaptured;
        record(new PaymentTransaction(TransactionKind.CAPTURE, amountCaptured, true, gatewayReference,
                key("capture"), null, at));
        events.add(new PaymentCaptured(id, orderId, amountCaptured, at));
        return true;
    }

    /** Checks that the authorisation may be released and returns the key to send the void with. */
    public String voidKey() {
        requireStatus("void", AUTHORISED);
        return key("void");
    }

    public boolean voided(String gatewayReference, Instant at) {
        if (status != AUTHORISED) {
            return false;
        }
        status = VOIDED;
        record(new PaymentTransaction(TransactionKind.VOID, amount, true, gatewayReference, key("void"), null, at));
        events.add(new PaymentVoided(id, orderId, amount, at));
        return true;
    }

    // --- refunds and disputes ------------------------------------------------------------------

    /** What may still be refunded: captured, less what was refunded and what the gateway is still refunding. */
    public Money refundable() {
        return captured.minus(refunded).minus(refundsPending());
    }

    /** What the gateway accepted to refund and has not yet said it gave back: held back from further refunds. */
    public Money refundsPending() {
        return transactions.stream().filter(transaction -> transaction.pending()
                        && refundProgressOfKey(transaction.idempotencyKey()) == RefundProgress.PENDING)
                .map(PaymentTransaction::amount).reduce(Money.zero(amount.currency()), Money::plus);
    }

    /** How far a refund got, by its caller's id. */
    public enum RefundProgress {
        /** Never sent, or refused or unanswered each time it was sent: it may be sent (again). */
        NOT_MADE,
        /** The gateway accepted it and will say later whether it made it. */
        PENDING,
        MADE,
        /** The gateway accepted it, then said it could not make it: final; another refund must be asked for. */
        FAILED
    }

    /**
     * Checks that {@code toRefund} may be refunded and returns the key to send the refund with.
     * {@code refundId} is the caller's id for this refund: asking again with the same id is the same refund.
     */
    public String refundKey(Money toRefund, String refundId) {
        requireStatus("refund", CAPTURED, PARTIALLY_REFUNDED);
        requirePositive(toRefund, "refund");
        if (toRefund.isGreaterThan(refundable())) {
            throw new IllegalPaymentOperationException("cannot refund " + toRefund + ": only " + refundable()
                    + " of the captured " + captured + " is left to refund"
                    + (refundsPending().isZero() ? "" : " (" + refundsPending() + " is being refunded)"));
        }
        return refundKeyOf(refundId);
    }

    /** How far the refund with this caller's id got. */
    public RefundProgress refundProgress(String refundId) {
        return refundProgressOfKey(refundKeyOf(refundId));
    }

    /** Why the gateway could not make the refund it had accepted; empty unless {@link RefundProgress#FAILED}. */
    public Optional<String> refundFailure(String refundId) {
        var key = refundKeyOf(refundId);
        if (refundProgressOfKey(key) != RefundProgress.FAILED) {
            return Optional.empty();
        }
        return transactions.stream().filter(transaction -> transaction.idempotencyKey().equals(key)
                        && !transaction.succeeded() && !transaction.pending())
                .reduce((first, second) -> second).map(PaymentTransaction::detail);
    }

    private RefundProgress refundProgressOfKey(String key) {
        boolean pending = false;
        for (var transaction : transactions) {
            if (!transaction.idempotencyKey().equals(key)) {
                continue;
            }
            if (transaction.succeeded()) {
                return RefundProgress.MADE;
            }
            if (transaction.pending()) {
                pending = true;
            } else if (pending) {
                return RefundProgress.FAILED;
            }
        }
        return pending ? RefundProgress.PENDING : RefundProgress.NOT_MADE;
    }

    private String refundKeyOf(String refundId) {
        if (refundId == null || refundId.isBlank() || refundId.length() > 100) {
            throw new InvalidValueException("a refund needs an id of 1-100 characters");
        }
        return key(REFUND + refundId);
    }

    /** The caller's id of the refund sent with this key; null for refunds made at the gateway directly. */
    private String refundIdOf(String key) {
        var prefix = key(REFUND);
        return key.startsWith(prefix) ? key.substring(prefix.length()) : null;
    }

    /**
     * The gateway accepted the refund sent with this key and will say later whether it made it: held back from further
     * refunds until then. Accepted twice, or after it was made, changes nothing.
     */
    public boolean refundPending(Money amountToRefund, String gatewayReference, String idempotencyKey, Instant at) {
        if (refundProgressOfKey(idempotencyKey) != RefundProgress.NOT_MADE || !Set.of(CAPTURED, PARTIALLY_REFUNDED).contains(status)
                || amountToRefund.isGreaterThan(refundable())) {
            return false;
        }
        record(new PaymentTransaction(TransactionKind.REFUND, amountToRefund, false, true, gatewayReference, idempotencyKey,
                "pending", at));
        return true;
    }

    /**
     * A refund the gateway made: one sent with this key, one it had accepted under this reference, or one made at the
     * gateway directly. The same gateway reference twice is one refund.
     */
    public boolean refunded(Money amountRefunded, String gatewayReference, String idempotencyKey, Instant at) {
        var accepted = pendingRefund(gatewayReference);
        var key = accepted.map(PaymentTransaction::idempotencyKey).orElse(idempotencyKey);
        // Known: made under this key, or any other news of this reference (made, or failed after it was accepted).
        boolean known = transactions.stream().anyMatch(transaction -> transaction.kind() == TransactionKind.REFUND
                && (transaction.succeeded() && transaction.idempotencyKey().equals(key)
                || gatewayReference != null && gatewayReference.equals(transaction.gatewayReference())
                && accepted.filter(transaction::equals).isEmpty()));
        var room = accepted.map(pending -> refundable().plus(pending.amount())).orElseGet(this::refundable);
        if (known || !Set.of(CAPTURED, PARTIALLY_REFUNDED).contains(status)
                || amountRefunded.isGreaterThan(room) || !amountRefunded.isGreaterThan(Money.zero(amount.currency()))) {
            return false;
        }
        refunded = refunded.plus(amountRefunded);
        status = refunded.equals(captured) ? REFUNDED : PARTIALLY_REFUNDED;
        record(new PaymentTransaction(TransactionKind.REFUND, amountRefunded, true, gatewayReference, key, null, at));
        events.add(new PaymentRefunded(id, orderId, amountRefunded, refunded, at));
        if (accepted.isPresent()) {
            events.add(new PaymentRefundSettled(id, orderId, refundIdOf(key), amountRefunded, null, at));
        }
        return true;
    }

    /**
     * The gateway could not make a refund it had accepted under this reference (the card was closed, say): nothing was
     * given back, and what it held back may be refunded again. Only a pending refund can fail so.
     */
    public boolean refundFailed(String gatewayReference, String reason, Instant at) {
        var accepted = pendingRefund(gatewayReference);
        if (accepted.isEmpty()) {
            return false;
        }
        var why = reason == null || reason.isBlank() ? "failed at the gateway" : reason;
        var pending = accepted.get();
        record(new PaymentTransaction(TransactionKind.REFUND, pending.amount(), false, gatewayReference,
                pending.idempotencyKey(), why, at));
        events.add(new PaymentRefundSettled(id, orderId, refundIdOf(pending.idempotencyKey()), pending.amount(), why, at));
        return true;
    }

    /** The refund the gateway accepted under this reference and has not settled yet. */
    private Optional<PaymentTransaction> pendingRefund(String gatewayReference) {
        return transactions.stream().filter(transaction -> transaction.pending()
                        && Objects.equals(transaction.gatewayReference(), gatewayReference)
                        && refundProgressOfKey(transaction.idempotencyKey()) == RefundProgress.PENDING)
                .findFirst();
    }

    /** The customer disputed a captured charge with their bank; the status keeps what happened to the money. */
    public boolean disputed(Money amountDisputed, String gatewayReference, String reason, Instant at) {
        boolean known = transactions.stream().anyMatch(transaction -> transaction.kind() == TransactionKind.DISPUTE
                && Objects.equals(transaction.gatewayReference(), gatewayReference));
        if (known || captured.isZero()) {
            return false;
        }
        disputed = true;
        record(new PaymentTransaction(TransactionKind.DISPUTE, amountDisputed, true, gatewayReference,
                "gateway:" + gatewayReference, reason, at));
        events.add(new PaymentDisputed(id, orderId, amountDisputed, reason, at));
        return true;
    }

    /**
     * Its order no longer wants the money this authorisation holds (it came after the order was
     * cancelled or failed): recorded as {@code PaymentUnwanted}, so that it is voided.
     */
    public void unwanted(String reason, Instant at) {
        requireStatus("release", AUTHORISED);
        events.add(new PaymentUnwanted(id, orderId, amount, reason, at));
    }

    /**
     * Its order was authorised again for a new total by another payment: this one no longer counts as the
     * order's live payment and is recorded as {@code PaymentUnwanted}, so that its authorisation is voided.
     */
    public void replaced(String reason, Instant at) {
        unwanted(reason, at);
        replaced = true;
    }

    /** Whether another payment of its order replaced it (its authorisation is being, or was, released). */
    public boolean isReplaced() {
        return replaced;
    }

    /**
     * The change of lines it was proposed for committed: it is its order's payment now. Only an authorised proposal
     * that was never withdrawn can be; the payment it replaces must be {@link #replaced} in the same transaction.
     */
    public void adopted() {
        requireStatus("adopt", AUTHORISED);
        if (!proposed || replaced) {
            throw new IllegalPaymentOperationException("payment " + id + " is not a proposal that can still be adopted");
        }
        proposed = false;
    }

    /**
     * The change it was proposed for did not commit (refused after the authorisation, or abandoned by a crash): it will
     * never be its order's payment, and what it holds is released ({@code PaymentUnwanted}). Withdrawing a proposal that
     * holds nothing, or was withdrawn already, changes nothing.
     */
    public void withdrawn(String reason, Instant at) {
        if (!proposed || replaced) {
            return;
        }
        replaced = true;
        if (status == AUTHORISED) {
            unwanted(reason, at);
        }
    }

    /** Whether it is a proposal for a change of its order's lines that was not adopted (yet, or ever). */
    public boolean isProposed() {
        return proposed;
    }

    /** Whether it could still become its order's payment: a proposal, authorised, never withdrawn. */
    public boolean isAdoptable() {
        return proposed && !replaced && status == AUTHORISED;
    }

    /** A capture, void or refund the gateway refused or could not do: recorded, the state unchanged. */
    public void operationFailed(TransactionKind kind, Money attempted, String idempotencyKey, String detail, Instant at) {
        record(new PaymentTransaction(kind, attempted, false, null, idempotencyKey, detail, at));
    }

    // --- state ----------------------------------------------------------------------------------

    /** The gateway's decline as {@code code: message}, if the authorisation was declined. */
    public Optional<String> declineDetail() {
        if (status != DECLINED) {
            return Optional.empty();
        }
        for (int i = transactions.size() - 1; i >= 0; i--) {
            var transaction = transactions.get(i);
            if (transaction.kind() == TransactionKind.AUTHORISATION && !transaction.succeeded()) {
                return Optional.ofNullable(transaction.detail());
            }
        }
        return Optional.empty();
    }

    /** The gateway's reference of the authorisation, which captures, voids and refunds refer to; null before it. */
    public String authorisationReference() {
        return transactions.stream()
                .filter(transaction -> transaction.kind() == TransactionKind.AUTHORISATION && transaction.gatewayReference() != null)
                .reduce((first, second) -> second).map(PaymentTransaction::gatewayReference).orElse(null);
    }

    /**
     * How often the gateway refused, or could not be asked, the operation sent with this key since an operator last
     * resumed it ({@link #resumed}).
     */
    public int failedAttempts(String idempotencyKey) {
        int failed = 0;
        for (var transaction : transactions) {
            if (transaction.idempotencyKey().equals(idempotencyKey + RESUMED)) {
                failed = 0;
            } else if (!transaction.succeeded() && !transaction.pending() && transaction.idempotencyKey().equals(idempotencyKey)) {
                failed++;
            }
        }
        return failed;
    }

    /** The keys of operations that failed at least once and never succeeded: the candidates for parking. */
    public List<String> failedOperationKeys() {
        return transactions.stream().filter(transaction -> !transaction.succeeded() && !transaction.pending()
                        && !transaction.idempotencyKey().endsWith(RESUMED) && !hasSucceeded(transaction.idempotencyKey())
                        && !wasAccepted(transaction.idempotencyKey()))
                .map(PaymentTransaction::idempotencyKey).distinct().toList();
    }

    /**
     * An operator resumes the operation sent with this key, parked after failing too often: its attempts count afresh
     * from now. Recorded as a transaction of the operation's kind, for nothing, naming the operator.
     */
    public void resumed(String idempotencyKey, String operator, Instant at) {
        var kind = transactions.stream().filter(transaction -> transaction.idempotencyKey().equals(idempotencyKey))
                .map(PaymentTransaction::kind).findFirst()
                .orElseThrow(() -> new IllegalPaymentOperationException("payment " + id + " sent nothing with key " + idempotencyKey));
        record(new PaymentTransaction(kind, Money.zero(amount.currency()), false, null, idempotencyKey + RESUMED,
                "resumed by " + operator, at));
    }

    /** Whether the gateway once accepted the operation sent with this key to answer later (a failure then is final). */
    private boolean wasAccepted(String idempotencyKey) {
        return transactions.stream().anyMatch(transaction -> transaction.pending()
                && transaction.idempotencyKey().equals(idempotencyKey));
    }

    public boolean hasSucceeded(String idempotencyKey) {
        return transactions.stream().anyMatch(transaction -> transaction.succeeded()
                && transaction.idempotencyKey().equals(idempotencyKey));
    }

    private static final String REFUND = "refund:";

    /** Marks an operator's resumption of the operation whose key it follows ({@link #resumed}). */
    private static final String RESUMED = "#resumed";

    /** The idempotency key of an operation on this payment: the same operation, the same key, every time. */
    private String key(String operation) {
        return id + ":" + operation;
    }

    private void record(PaymentTransaction transaction) {
        transactions.add(transaction);
    }

    private void requireStatus(String operation, PaymentStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new IllegalPaymentOperationException("cannot " + operation + " a payment that is " + status);
        }
    }

    private void requirePositive(Money money, String operation) {
        if (!money.currency().equals(amount.currency())) {
            throw new InvalidValueException("cannot " + operation + " in " + money.currency() + ": the payment is in "
                    + amount.currency());
        }
        if (money.isNegative() || money.isZero()) {
            throw new InvalidValueException("the amount to " + operation + " must be positive");
        }
    }

    /** The events recorded since the last call, oldest first; the list is emptied. */
    public List<PaymentEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public PaymentId id() { return id; }
    public OrderId orderId() { return orderId; }
    public CustomerId customerId() { return customerId; }
    public Money amount() { return amount; }
    public PaymentMethodType methodType() { return methodType; }
    public PaymentToken token() { return token; }
    public String gateway() { return gateway; }
    public Instant createdAt() { return createdAt; }
    public Long version() { return version; }
    public boolean isNew() { return version == null; }
    public PaymentStatus status() { return status; }
    public Money capturedAmount() { return captured; }
    public Money refundedAmount() { return refunded; }
    public boolean isDisputed() { return disputed; }
    public List<PaymentTransaction> transactions() { return Collections.unmodifiableList(transactions); }
}
