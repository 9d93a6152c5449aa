package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.event.OrderEvent;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The order aggregate: its priced lines, totals, status and status history. Every status change goes
 * through one guarded transition that checks {@link OrderTransitions}, appends a history entry and
 * records an event; an illegal move throws and changes nothing.
 */
public final class Order {

    public static final int MAX_LINES = 100;

    private final OrderId id;
    private final CustomerId customerId;
    private Address shippingAddress;
    private String deliveryInstructions;
    private LocalDate requestedDeliveryDate;
    private final List<OrderLine> lines;
    private final OrderTotals totals;
    private final Instant placedAt;
    private final Long version;
    private final List<StatusChange> history;
    private final List<OrderEvent> events = new ArrayList<>();
    private OrderStatus status;
    private OrderPayment payment;

    private Order(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                  OrderTotals totals, OrderStatus status, List<StatusChange> history, OrderPayment payment,
                  Instant placedAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress");
        this.lines = List.copyOf(lines);
        this.totals = Objects.requireNonNull(totals, "totals");
        this.status = Objects.requireNonNull(status, "status");
        this.history = new ArrayList<>(history);
        this.payment = payment == null ? OrderPayment.none(totals.currency()) : payment;
        if (!this.payment.captured().currency().equals(totals.currency())) {
            throw new InvalidValueException("an order's payment must be in the order's currency");
        }
        if (this.payment.captured().isGreaterThan(totals.grandTotal())) {
            throw new InvalidValueException("an order cannot capture more than its grand total");
        }
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.version = version;
        requireConsistentLines();
    }

    /**
     * Places a new order from lines priced by the pricing capability. Discount and tax come from pricing,
     * shipping from the shipping capability; the subtotal is the sum of the lines.
     */
    public static Order place(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                              Money discount, Money tax, Money shipping, Actor by, Instant at) {
        return place(id, customerId, shippingAddress, lines, discount, tax, shipping, false, by, at);
    }

    /** @param awaitingApproval whether the order starts waiting for an approver (PENDING_APPROVAL) */
    public static Order place(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                              Money discount, Money tax, Money shipping, boolean awaitingApproval, Actor by, Instant at) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("an order needs at least one line");
        }
        var subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var totals = OrderTotals.of(subtotal, discount, tax, shipping);
        var initial = awaitingApproval ? OrderStatus.PENDING_APPROVAL : OrderStatus.AWAITING_PAYMENT;
        var placement = new StatusChange(null, initial, null, "placed", by, at);
        var order = new Order(id, customerId, shippingAddress, lines, totals, initial, List.of(placement), null, at, null);
        order.events.add(new OrderPlaced(id, customerId, initial, totals.grandTotal(),
                lines.stream().map(l -> new OrderPlaced.Line(l.sku(), l.quantity(), l.lineTotal())).toList(), at));
        return order;
    }

    /** Rebuilds an order from storage. Records no event. */
    public static Order reconstitute(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                                     OrderTotals totals, OrderStatus status, List<StatusChange> history,
                                     OrderPayment payment, Instant placedAt, long version) {
        return new Order(id, customerId, shippingAddress, lines, totals, status, history, payment, placedAt, version);
    }

    /** Rebuilds an order with its delivery details from storage. Records no event. */
    public static Order reconstitute(OrderId id, CustomerId customerId, Address shippingAddress, String deliveryInstructions,
                                     LocalDate requestedDeliveryDate, List<OrderLine> lines, OrderTotals totals,
                                     OrderStatus status, List<StatusChange> history, OrderPayment payment, Instant placedAt,
                                     long version) {
        var order = new Order(id, customerId, shippingAddress, lines, totals, status, history, payment, placedAt, version);
        order.deliveryInstructions = deliveryInstructions;
        order.requestedDeliveryDate = requestedDeliveryDate;
        return order;
    }

    // --- verbs of the state machine: one per action of OrderTransitions -------------------------------

    public void approve(Actor by, Instant at) {
        transition(OrderAction.APPROVE, "approved", by, at);
    }

    public void rejectApproval(String reason, Actor by, Instant at) {
        transition(OrderAction.REJECT_APPROVAL, reason, by, at);
    }

    public void hold(String reason, Actor by, Instant at) {
        transition(OrderAction.HOLD, reason, by, at);
    }

    public void releaseHold(Actor by, Instant at) {
        transition(OrderAction.RELEASE_HOLD, "hold released", by, at);
    }

    public void authorisePayment(String authorisationReference, Actor by, Instant at) {
        if (authorisationReference == null || authorisationReference.isBlank()) {
            throw new InvalidValueException("a payment authorisation needs the gateway's reference");
        }
        transition(OrderAction.AUTHORISE_PAYMENT, "payment authorised", by, at);
        this.payment = payment.authorised(authorisationReference);
    }

    public void failPayment(String reason, Actor by, Instant at) {
        transition(OrderAction.FAIL_PAYMENT, reason, by, at);
    }

    public void retryPayment(Actor by, Instant at) {
        transition(OrderAction.RETRY_PAYMENT, "payment retried", by, at);
    }

    public void reject(String reason, Actor by, Instant at) {
        transition(OrderAction.REJECT, reason, by, at);
    }

    public void backorder(String reason, Actor by, Instant at) {
        transition(OrderAction.BACKORDER, reason, by, at);
    }

    public void fillBackorder(Actor by, Instant at) {
        transition(OrderAction.FILL_BACKORDER, "backorder filled", by, at);
    }

    public void shipPartially(Actor by, Instant at) {
        transition(OrderAction.SHIP_PARTIALLY, "part of the order shipped", by, at);
    }

    public void ship(Actor by, Instant at) {
        transition(OrderAction.SHIP, "shipped", by, at);
    }

    public void deliver(Actor by, Instant at) {
        transition(OrderAction.DELIVER, "delivered", by, at);
    }

    public void complete(Actor by, Instant at) {
        transition(OrderAction.COMPLETE, "completed", by, at);
    }

    public void requestReturn(String reason, Actor by, Instant at) {
        transition(OrderAction.REQUEST_RETURN, reason, by, at);
    }

    public void receiveReturn(Actor by, Instant at) {
        transition(OrderAction.RECEIVE_RETURN, "return received", by, at);
    }

    public void declineReturn(String reason, Actor by, Instant at) {
        transition(OrderAction.DECLINE_RETURN, reason, by, at);
    }

    public void cancel(String reason, Actor by, Instant at) {
        transition(OrderAction.CANCEL, reason, by, at);
    }

    /**
     * Changes the delivery details — where it ships, instructions for the carrier, the day the customer
     * wants it — while the order has not shipped (the state machine's MODIFY). The status stays; the
     * history and an {@link OrderModified} event say what changed. Returns false, recording nothing, when
     * nothing differs.
     *
     * @param instructions  for the carrier, up to 500 characters, or null
     * @param requestedDate the day the customer wants it delivered, or null; a new one cannot be in the past
     */
    public boolean modifyDelivery(Address address, String instructions, LocalDate requestedDate, Actor by, Instant at) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        var to = OrderTransitions.next(status, OrderAction.MODIFY)
                .orElseThrow(() -> new IllegalOrderTransitionException(id, status, OrderAction.MODIFY));
        if (instructions != null && (instructions.isBlank() || instructions.length() > 500)) {
            throw new InvalidValueException("delivery instructions have 1 to 500 characters");
        }
        var changed = new ArrayList<String>();
        if (!address.equals(shippingAddress)) {
            changed.add("shippingAddress");
        }
        if (!Objects.equals(instructions, deliveryInstructions)) {
            changed.add("deliveryInstructions");
        }
        if (!Objects.equals(requestedDate, requestedDeliveryDate)) {
            if (requestedDate != null && requestedDate.isBefore(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
                throw new InvalidValueException("a requested delivery date cannot be in the past: " + requestedDate);
            }
            changed.add("requestedDeliveryDate");
        }
        if (changed.isEmpty()) {
            return false;
        }
        var reason = "changed " + String.join(", ", changed);
        history.add(new StatusChange(status, to, OrderAction.MODIFY, reason, by, at));
        shippingAddress = address;
        deliveryInstructions = instructions;
        requestedDeliveryDate = requestedDate;
        events.add(new OrderModified(id, changed, reason, history.size() - 1, at));
        return true;
    }

    private void transition(OrderAction action, String reason, Actor by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        var to = OrderTransitions.next(status, action)
                .orElseThrow(() -> new IllegalOrderTransitionException(id, status, action));
        var from = status;
        history.add(new StatusChange(from, to, action, reason, by, at));
        status = to;
        events.add(new OrderStatusChanged(id, from, to, action, reason, history.size() - 1, at));
    }

    private void requireConsistentLines() {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidValueException("an order has 1 to " + MAX_LINES + " lines, not " + lines.size());
        }
        var skus = new HashSet<>();
        var numbers = new HashSet<Integer>();
        for (var line : lines) {
            if (!skus.add(line.sku())) {
                throw new InvalidValueException("SKU " + line.sku() + " appears on two lines: order it once with the total quantity");
            }
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidValueException("line number " + line.lineNumber() + " appears twice");
            }
            if (!line.unitPrice().currency().equals(totals.currency())) {
                throw new InvalidValueException("line " + line.sku() + " is priced in " + line.unitPrice().currency()
                        + ", the order in " + totals.currency());
            }
        }
        var subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        if (!subtotal.equals(totals.subtotal())) {
            throw new InvalidValueException("subtotal " + totals.subtotal() + " is not the sum of the lines " + subtotal);
        }
    }

    /** Hands the events recorded since the last call to the caller, who publishes them with the saved state. */
    // --- the money, as the payment capability reports it; the status is not affected -------------------

    /** The amount its payment captured (when the order shipped). Returns whether anything changed. */
    public boolean recordCapture(Money amount) {
        if (amount.isGreaterThan(totals.grandTotal())) {
            throw new InvalidValueException("cannot record a capture of " + amount + " on an order of " + totals.grandTotal());
        }
        if (amount.equals(payment.captured())) {
            return false;
        }
        payment = payment.withCaptured(amount);
        return true;
    }

    /** Everything refunded on its payment so far (not one refund): reports can arrive twice or late. */
    public boolean recordRefunds(Money totalRefunded) {
        if (!totalRefunded.isGreaterThan(payment.refunded())) {
            return false;
        }
        payment = payment.withRefunded(totalRefunded);
        return true;
    }

    public boolean recordDispute() {
        if (payment.disputed()) {
            return false;
        }
        payment = payment.asDisputed();
        return true;
    }

    public List<OrderEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public OrderId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Address shippingAddress() {
        return shippingAddress;
    }

    /** Instructions for the carrier, or null. */
    public String deliveryInstructions() {
        return deliveryInstructions;
    }

    /** The day the customer wants the order delivered, or null. */
    public LocalDate requestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public OrderTotals totals() {
        return totals;
    }

    public OrderStatus status() {
        return status;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public String paymentReference() {
        return payment.reference();
    }

    public OrderPayment payment() {
        return payment;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The stored version this order was loaded at, or null for an order not yet saved. */
    public Long version() {
        return version;
    }

    public boolean isNew() {
        return version == null;
    }
}
