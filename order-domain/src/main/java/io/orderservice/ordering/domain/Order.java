package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.OrderRefund.RefundedLine;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.event.OrderCancelled;
import io.orderservice.ordering.domain.event.OrderCompleted;
import io.orderservice.ordering.domain.event.OrderEvent;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderNotice;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.price.Charges;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.domain.status.OrderTransitions;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private List<OrderLine> lines;
    private OrderTotals totals;
    private PriceDetails priceDetails = PriceDetails.none();
    private ShippingMethod shippingMethod;
    private final Instant placedAt;
    private final Long version;
    private final List<StatusChange> history;
    /** Units shipped so far, by line number: the shipments themselves are fulfilment's (ADR 0030). */
    private final Map<Integer, Integer> shippedUnits;
    private final List<OrderRefund> refunds;
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<OrderNotice> notices = new ArrayList<>();
    private OrderStatus status;
    private OrderPayment payment;
    /** For an exchange's replacement: what the return pays of it; null otherwise. */
    private ExchangeCredit credit;
    /** Whether, as an exchange's replacement, it waits for the return it replaces before it ships. */
    private boolean awaitingReturn;
    /** What it was rebuilt from storage with; null for a new order. */
    private AsLoaded asLoaded;

    /** A stored order as it was when it was loaded: its own fields, and the parts that are more than them. */
    private record AsLoaded(Fields fields, List<OrderLine> lines, Map<Integer, Integer> shippedUnits, List<OrderRefund> refunds,
                            PriceDetails priceDetails, int history) {
    }

    /** What of an order is neither its lines, their shipped units, its refunds, price details nor history. */
    private record Fields(OrderStatus status, OrderTotals totals, ShippingMethod shippingMethod, Address shippingAddress,
                          String deliveryInstructions, LocalDate requestedDeliveryDate, OrderPayment payment,
                          ExchangeCredit credit, boolean awaitingReturn) {
    }

    private Fields fields() {
        return new Fields(status, totals, shippingMethod, shippingAddress, deliveryInstructions, requestedDeliveryDate, payment,
                credit, awaitingReturn);
    }

    private Order(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                  OrderTotals totals, OrderStatus status, List<StatusChange> history, OrderPayment payment,
                  Map<Integer, Integer> shippedUnits, List<OrderRefund> refunds, Instant placedAt, Long version) {
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
        this.shippedUnits = new TreeMap<>(shippedUnits);
        this.shippedUnits.forEach((lineNumber, units) -> {
            var line = line(lineNumber);
            if (line == null || units < 0 || units > line.quantity().value()) {
                throw new InvalidValueException("order " + id + " cannot have shipped " + units + " unit(s) of line " + lineNumber);
            }
        });
        this.refunds = new ArrayList<>(refunds);
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
        return place(id, customerId, shippingAddress, lines, Charges.of(discount, tax, shipping), awaitingApproval, by, at);
    }

    /**
     * Places a new order from lines and charges priced by the pricing capability, keeping how they were arrived
     * at (tax lines, applied discounts), which must add up to the charges.
     *
     * @param awaitingApproval whether the order starts waiting for an approver (PENDING_APPROVAL)
     */
    public static Order place(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                              Charges charges, boolean awaitingApproval, Actor by, Instant at) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("an order needs at least one line");
        }
        var subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var totals = charges.totalsFor(subtotal);
        var initial = awaitingApproval ? OrderStatus.PENDING_APPROVAL : OrderStatus.AWAITING_PAYMENT;
        var placement = new StatusChange(null, initial, null, "placed", by, at);
        var order = new Order(id, customerId, shippingAddress, lines, totals, initial, List.of(placement), null, Map.of(),
                List.of(), at, null);
        order.explainedBy(charges.details());
        order.shippingMethod = charges.shippingMethod();
        order.events.add(new OrderPlaced(id, customerId, initial, totals.grandTotal(),
                lines.stream().map(l -> new OrderPlaced.Line(l.sku(), l.quantity(), l.lineTotal())).toList(), at));
        return order;
    }

    /** Rebuilds an order from storage. Records no event. */
    public static Order reconstitute(OrderId id, CustomerId customerId, Address shippingAddress, List<OrderLine> lines,
                                     OrderTotals totals, OrderStatus status, List<StatusChange> history,
                                     OrderPayment payment, Instant placedAt, long version) {
        return new Order(id, customerId, shippingAddress, lines, totals, status, history, payment, Map.of(), List.of(),
                placedAt, version);
    }

    /**
     * Rebuilds an order with its delivery details, price details, shipped units and refunds from storage. Records no event.
     *
     * @param shippedUnits units shipped so far by line number (lines with none may be left out)
     */
    public static Order reconstitute(OrderId id, CustomerId customerId, Address shippingAddress, String deliveryInstructions,
                                     LocalDate requestedDeliveryDate, List<OrderLine> lines, OrderTotals totals,
                                     PriceDetails priceDetails, ShippingMethod shippingMethod, OrderStatus status,
                                     List<StatusChange> history,
                                     OrderPayment payment, Map<Integer, Integer> shippedUnits,
                                     List<OrderRefund> refunds, Instant placedAt, long version) {
        return reconstitute(id, customerId, shippingAddress, deliveryInstructions, requestedDeliveryDate, lines, totals,
                priceDetails, shippingMethod, status, history, payment, shippedUnits, refunds, placedAt, version, null, false);
    }

    /**
     * {@link #reconstitute(OrderId, CustomerId, Address, String, LocalDate, List, OrderTotals, PriceDetails, ShippingMethod,
     * OrderStatus, List, OrderPayment, Map, List, Instant, long)} of an exchange's replacement.
     *
     * @param credit         what a return pays of it, or null for an order that replaces nothing
     * @param awaitingReturn whether it waits for that return before it ships
     */
    public static Order reconstitute(OrderId id, CustomerId customerId, Address shippingAddress, String deliveryInstructions,
                                     LocalDate requestedDeliveryDate, List<OrderLine> lines, OrderTotals totals,
                                     PriceDetails priceDetails, ShippingMethod shippingMethod, OrderStatus status,
                                     List<StatusChange> history,
                                     OrderPayment payment, Map<Integer, Integer> shippedUnits,
                                     List<OrderRefund> refunds, Instant placedAt, long version, ExchangeCredit credit,
                                     boolean awaitingReturn) {
        var order = new Order(id, customerId, shippingAddress, lines, totals, status, history, payment, shippedUnits,
                refunds, placedAt, version);
        if (awaitingReturn && credit == null) {
            throw new InvalidValueException("only an exchange's replacement waits for a return");
        }
        order.credit = credit;
        order.awaitingReturn = awaitingReturn;
        order.explainedBy(priceDetails);
        order.shippingMethod = shippingMethod;
        order.deliveryInstructions = deliveryInstructions;
        order.requestedDeliveryDate = requestedDeliveryDate;
        order.asLoaded = new AsLoaded(order.fields(), order.lines, Map.copyOf(order.shippedUnits), List.copyOf(order.refunds),
                order.priceDetails, order.history.size());
        return order;
    }

    /** Whether anything of it changed since it was loaded (always for a new order): if not, storing it writes nothing. */
    public boolean changedSinceLoaded() {
        return changedLinesOrRefundsSinceLoaded() || asLoaded.history() != history.size() || !asLoaded.fields().equals(fields());
    }

    /**
     * Whether its lines, the units shipped of them, its refunds or its price details changed since it was loaded (always
     * for a new order): when they did not, storing it changes its own fields and adds {@link #historySinceLoaded()}.
     */
    public boolean changedLinesOrRefundsSinceLoaded() {
        return asLoaded == null || !asLoaded.lines().equals(lines) || !asLoaded.shippedUnits().equals(shippedUnits)
                || !asLoaded.refunds().equals(refunds) || !Objects.equals(asLoaded.priceDetails(), priceDetails);
    }

    /** The entries its history gained since it was loaded (all of them for a new order). */
    public List<StatusChange> historySinceLoaded() {
        return List.copyOf(history.subList(asLoaded == null ? 0 : asLoaded.history(), history.size()));
    }

    /**
     * This order as saving it stored it, at {@code version}, with no event: what a later transaction of the process that
     * saved it may change without reading it again. Saving that copy fails if someone changed the order meanwhile.
     */
    public Order asStoredAt(long version) {
        return reconstitute(id, customerId, shippingAddress, deliveryInstructions, requestedDeliveryDate, lines, totals,
                priceDetails, shippingMethod, status, history, payment, shippedUnits, refunds, placedAt, version, credit,
                awaitingReturn);
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

    public void deliver(Actor by, Instant at) {
        transition(OrderAction.DELIVER, "delivered", by, at);
    }

    /** The return window passed without a return: the order is COMPLETED ({@link OrderCompleted}). */
    public void complete(Actor by, Instant at) {
        transition(OrderAction.COMPLETE, "completed: no return within the return window", by, at);
        completed(at);
    }

    /**
     * A return of delivered units was asked for (ADR 0034): RETURN_REQUESTED once the order is delivered; while other
     * parcels are on their way the status stays and the history says it.
     *
     * @param what what was asked back and why, as the history tells it
     */
    public void requestReturn(String what, Actor by, Instant at) {
        transition(OrderAction.REQUEST_RETURN, what, by, at);
    }

    /** A return request was decided (by a rule or an operator: {@code by}) or moved on otherwise; the status stays. */
    public void advanceReturn(String what, Actor by, Instant at) {
        transition(OrderAction.ADVANCE_RETURN, what, by, at);
    }

    /** The order's last open return ended and everything delivered has come back: RETURNED. */
    public void receiveReturn(String what, Actor by, Instant at) {
        transition(OrderAction.RECEIVE_RETURN, what, by, at);
    }

    /** The order's last open return ended (received or rejected) and part of what was delivered came back. */
    public void receiveReturnInPart(String what, Actor by, Instant at) {
        transition(OrderAction.RECEIVE_RETURN_IN_PART, what, by, at);
    }

    /**
     * The last open return request was rejected: the order is DELIVERED again, and completed when its return window
     * closes (a customer may still ask again within it).
     */
    public void declineReturn(String reason, Actor by, Instant at) {
        transition(OrderAction.DECLINE_RETURN, reason, by, at);
    }

    private void completed(Instant at) {
        var kept = lines.stream().filter(line -> line.quantity().value() > refundedQuantity(line.lineNumber()))
                .map(line -> new OrderCompleted.Line(line.sku().value(), line.quantity().value() - refundedQuantity(line.lineNumber())))
                .toList();
        events.add(new OrderCompleted(id, customerId, kept, payment.captured().minus(payment.refunded()), history.size() - 1, at));
    }

    /**
     * Cancels the order. When its payment is authorised (it is paid and nothing was captured: orders are
     * cancellable only before they ship), the cancellation asks for that authorisation to be released: a
     * VOID refund entry for the whole amount, settled when the payment capability reports back.
     */
    public void cancel(String reason, Actor by, Instant at) {
        var release = payment.reference() != null && payment.captured().isZero() && refunds.isEmpty() && !amountDue().isZero()
                ? OrderRefund.requested(UUID.nameUUIDFromBytes((id + ":cancellation").getBytes(StandardCharsets.UTF_8)),
                        OrderRefund.Kind.VOID, "order-cancelled", amountDue(), List.of(), false, by, at, null)
                : null;
        transition(OrderAction.CANCEL, release == null ? reason
                : reason + "; the payment's authorisation of " + release.amount() + " is released", by, at);
        if (release != null) {
            refunds.add(release);
        }
        events.add(new OrderCancelled(id, reason, release == null ? null : release.id(),
                release == null ? null : release.amount(), history.size() - 1, at));
    }

    /**
     * Records that units of some or all of what has not shipped yet left in a shipment made with {@code carrier}: the
     * order becomes SHIPPED when every unit has left, PARTIALLY_SHIPPED otherwise, and records {@link OrderShipped}.
     * Refused (changing nothing) when the status allows no shipping, or a line is unknown, named twice or ships more
     * units than are left of it. The shipment itself is the fulfilment capability's.
     */
    public void ship(UUID shipmentId, String carrier, String trackingNumber, String trackingUrl,
                     List<ShippedLine> shipped, Actor by, Instant at) {
        ship(shipmentId, carrier, trackingNumber, trackingUrl, shipped, null, by, at);
    }

    /** {@link #ship(UUID, String, String, String, List, Actor, Instant)} from a stock location (null: not recorded). */
    public void ship(UUID shipmentId, String carrier, String trackingNumber, String trackingUrl,
                     List<ShippedLine> shipped, String location, Actor by, Instant at) {
        Objects.requireNonNull(shipmentId, "shipmentId");
        requireShippable();
        if (shipped == null || shipped.isEmpty()) {
            throw new InvalidValueException("a shipment carries at least one line");
        }
        var leavingByLine = new TreeMap<Integer, Integer>();
        for (var line : shipped) {
            if (line(line.lineNumber()) == null) {
                throw new InvalidValueException("the order has no line " + line.lineNumber());
            }
            if (leavingByLine.put(line.lineNumber(), line.quantity().value()) != null) {
                throw new InvalidValueException("line " + line.lineNumber() + " appears twice in one shipment");
            }
        }
        boolean everythingLeaves = true;
        for (var line : lines) {
            int leaving = leavingByLine.getOrDefault(line.lineNumber(), 0);
            int left = leftToShip(line);
            if (leaving > left) {
                throw new InvalidValueException("line " + line.lineNumber() + " (" + line.sku() + ") has " + left
                        + " unit(s) left to ship, not " + leaving);
            }
            everythingLeaves &= leaving == left;
        }
        var action = everythingLeaves ? OrderAction.SHIP : OrderAction.SHIP_PARTIALLY;
        var units = leavingByLine.values().stream().mapToInt(Integer::intValue).sum();
        transition(action, (everythingLeaves ? "shipped" : "part of the order shipped") + ": " + units + " unit(s) with "
                + carrier + ", tracking " + trackingNumber, by, at);
        leavingByLine.forEach((lineNumber, quantity) -> shippedUnits.merge(lineNumber, quantity, Integer::sum));
        events.add(new OrderShipped(id, shipmentId, carrier, trackingNumber, trackingUrl,
                shipped.stream().map(line -> new OrderShipped.Line(line.lineNumber(),
                        line(line.lineNumber()).sku().value(), line.quantity().value())).toList(),
                everythingLeaves, totals.grandTotal(), location, history.size() - 1, at));
    }

    /**
     * @throws IllegalOrderTransitionException when the order's status allows no shipping
     * @throws OrderAwaitsReturnException      when it replaces the units of a return that has not arrived yet
     */
    public void requireShippable() {
        var allowed = status.allowedActions();
        if (!allowed.contains(OrderAction.SHIP) && !allowed.contains(OrderAction.SHIP_PARTIALLY)) {
            throw new IllegalOrderTransitionException(id, status, OrderAction.SHIP);
        }
        if (awaitingReturn) {
            throw new OrderAwaitsReturnException(id, credit.returnId());
        }
    }

    // --- an exchange's replacement ---------------------------------------------------------------------

    /**
     * Makes the order, while it is being placed, an exchange's replacement: a return of another order pays
     * {@code credit} of it (cut to its grand total) and its payment method the rest ({@link #amountDue()}); when
     * {@code untilReturned}, it does not ship before that return arrives ({@link #returnArrived}).
     */
    public void replaceReturned(ExchangeCredit credit, boolean untilReturned, Actor by, Instant at) {
        Objects.requireNonNull(credit, "credit");
        if (status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.PENDING_APPROVAL || this.credit != null
                || payment.reference() != null) {
            throw new InvalidValueException("only an order being placed becomes an exchange's replacement, once");
        }
        this.credit = credit.cutTo(totals.grandTotal());
        this.awaitingReturn = untilReturned;
        history.add(new StatusChange(status, status, OrderAction.MODIFY, "replaces the units of return " + credit.returnId() + " of order "
                + credit.fromOrder() + ": the return pays " + this.credit.amount() + ", the payment method " + amountDue()
                + (untilReturned ? "; ships when the return arrives" : ""), by, at));
    }

    /** What its payment method pays: the grand total, less what an exchange's return pays of it. */
    public Money amountDue() {
        return credit == null ? totals.grandTotal() : totals.grandTotal().minus(credit.amount());
    }

    /** For an exchange's replacement, what the return pays of it; empty otherwise. */
    public Optional<ExchangeCredit> exchangeCredit() {
        return Optional.ofNullable(credit);
    }

    /** Whether it waits, as an exchange's replacement, for the return it replaces before it ships. */
    public boolean awaitsReturn() {
        return awaitingReturn;
    }

    /** The return it replaces arrived: it may ship. Returns whether anything changed (told twice, it does not). */
    public boolean returnArrived(Actor by, Instant at) {
        if (!awaitingReturn) {
            return false;
        }
        awaitingReturn = false;
        history.add(new StatusChange(status, status, OrderAction.MODIFY, "return " + credit.returnId() + " arrived: it may ship", by, at));
        return true;
    }

    /**
     * The carrier delivered one of the order's shipments, as fulfilment reports it. When the order has shipped
     * completely and every one of its {@code shipments} is delivered, it is DELIVERED; otherwise nothing changes (a
     * partly shipped order waits for its last shipment). Returns whether the order changed.
     */
    public boolean delivered(boolean everyShipmentDelivered, int shipments, Actor by, Instant at) {
        if (status != OrderStatus.SHIPPED || !everyShipmentDelivered) {
            return false;
        }
        transition(OrderAction.DELIVER, shipments == 1 ? "delivered" : "every shipment delivered", by, at);
        return true;
    }

    /**
     * An operator gives money back: units of chosen lines (each with its share of discount and tax), the
     * shipping charge, and/or an amount on top (goodwill). Never more than what was captured and is not
     * refunded or being refunded yet, and never more units of a line than were ordered and not refunded.
     * The payment capability makes the refund (its outcome is recorded with {@link #settleRefund}).
     *
     * @param extra an amount beyond lines and shipping, or zero
     */
    public OrderRefund refund(UUID refundId, String reasonCode, List<LineRefund> lineRefunds, boolean shipping, Money extra,
                              Actor by, Instant at) {
        Objects.requireNonNull(extra, "extra");
        var to = statusAfterRefund(refundId);
        var refundable = refundable();
        var refundedLines = new ArrayList<RefundedLine>();
        var numbers = new HashSet<Integer>();
        for (var lineRefund : lineRefunds) {
            var line = lineToRefund(lineRefund.lineNumber(), lineRefund.quantity(), numbers, refundable);
            if (OrderRefund.WILL_NOT_SHIP.equals(reasonCode) && lineRefund.quantity().value() > leftToShip(line)) {
                throw new RefundRefusedException("line " + line.lineNumber() + " (" + line.sku() + ") has " + leftToShip(line)
                        + " unit(s) still to ship, not " + lineRefund.quantity().value(), refundable);
            }
            refundedLines.add(new RefundedLine(line.lineNumber(), lineRefund.quantity(),
                    shareOfGoods(line.unitPrice().times(lineRefund.quantity().value()))));
        }
        var amount = refundedLines.stream().map(RefundedLine::amount).reduce(extra, Money::plus);
        if (shipping) {
            amount = amount.plus(totals.shipping());
        }
        var refund = recordRefund(refundId, reasonCode, refundedLines, shipping, amount, null, to, by, at);
        if (status == OrderStatus.PARTIALLY_SHIPPED && unshippedLines().isEmpty()) {
            // the units still waiting were refunded: what will ship has shipped
            transition(OrderAction.SHIP, "shipped: the units not shipped were refunded and will not ship", by, at);
        }
        return refund;
    }

    /**
     * A return's refund (ADR 0034), with the amounts the returns capability counted: each line's units with their
     * share of what was paid, the shipping when the shop was at fault, less what is kept back, cut to what was left to
     * refund when that was less. Held to what any refund is: units not refunded yet, the shipping once, a positive
     * amount never beyond what is refundable.
     *
     * @param shipping the shipping refunded, or zero
     * @param keptBack what is kept back: a restocking fee, a discount the goods kept no longer earn (negative when they
     *                 earn more of it than their share), or zero
     * @param total    what is given back: the lines and the shipping less what is kept back, or less than that when cut
     * @param reference names the return, for whoever deals with the refund (an operator, when it fails)
     */
    public OrderRefund refundReturn(UUID refundId, String reasonCode, List<RefundedLine> lines, Money shipping, Money keptBack,
                                    Money total, String reference, Actor by, Instant at) {
        var to = statusAfterRefund(refundId);
        var numbers = new HashSet<Integer>();
        for (var refunded : lines) {
            lineToRefund(refunded.lineNumber(), refunded.quantity(), numbers, refundable());
        }
        boolean withShipping = !shipping.isZero();
        if (shipping.isNegative() || shipping.isGreaterThan(totals.shipping())) {
            throw new RefundRefusedException("a refund gives back at most the order's shipping " + totals.shipping()
                    + ", not " + shipping, refundable());
        }
        var counted = lines.stream().map(RefundedLine::amount).reduce(shipping, Money::plus).minus(keptBack);
        if (total.isGreaterThan(counted)) {
            throw new RefundRefusedException("a return refunds at most its lines and shipping less what is kept back, " + counted
                    + ", not " + total, refundable());
        }
        return recordRefund(refundId, reasonCode, lines, withShipping, total, reference, to, by, at);
    }

    /**
     * An operator asks again for a refund the payment capability could not make (the gateway refused it, or accepted
     * it and failed later): the same lines, shipping and amount under a new id, held to what any refund is (what was
     * refunded since counts). The failed refund names its retry, and is asked for again only once.
     */
    public OrderRefund retryRefund(UUID failedId, UUID retryId, Actor by, Instant at) {
        int index = -1;
        for (int i = 0; i < refunds.size(); i++) {
            if (refunds.get(i).id().equals(failedId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new InvalidValueException("order " + id + " has no refund " + failedId);
        }
        var failed = refunds.get(index);
        if (!failed.awaitsRetry()) {
            throw new RefundRefusedException("refund " + failedId + " is " + failed.status()
                    + (failed.retriedAs() != null ? ", asked for again as " + failed.retriedAs() : "")
                    + ": only a failed refund nobody asked for again can be", refundable());
        }
        var to = statusAfterRefund(retryId);
        var numbers = new HashSet<Integer>();
        for (var line : failed.lines()) {
            lineToRefund(line.lineNumber(), line.quantity(), numbers, refundable());
        }
        var retry = recordRefund(retryId, failed.reasonCode(), failed.lines(), failed.shipping(), failed.amount(),
                failed.reference(), to, by, at);
        refunds.set(index, failed.retriedAs(retryId));
        return retry;
    }

    /** Where a new refund leaves the order; refused when its status allows none or the refund is recorded already. */
    private OrderStatus statusAfterRefund(UUID refundId) {
        var to = OrderTransitions.next(status, OrderAction.REFUND)
                .orElseThrow(() -> new IllegalOrderTransitionException(id, status, OrderAction.REFUND));
        if (refunds.stream().anyMatch(existing -> existing.id().equals(refundId))) {
            throw new InvalidValueException("refund " + refundId + " is recorded already");
        }
        return to;
    }

    /**
     * The line a refund names, refused when it is unknown, named twice ({@code named} collects them) or has fewer units
     * left to refund than {@code quantity}.
     */
    private OrderLine lineToRefund(int lineNumber, Quantity quantity, Set<Integer> named, Money refundable) {
        var line = line(lineNumber);
        if (line == null || !named.add(lineNumber)) {
            throw new RefundRefusedException("line " + lineNumber + " is unknown or named twice", refundable);
        }
        int left = line.quantity().value() - refundedQuantity(lineNumber);
        if (quantity.value() > left) {
            throw new RefundRefusedException("line " + lineNumber + " (" + line.sku() + ") has " + left
                    + " unit(s) left to refund, not " + quantity.value(), refundable);
        }
        return line;
    }

    private OrderRefund recordRefund(UUID refundId, String reasonCode, List<RefundedLine> lines, boolean shipping,
                                     Money amount, String reference, OrderStatus to, Actor by, Instant at) {
        var refundable = refundable();
        if (shipping && shippingRefunded()) {
            throw new RefundRefusedException("the shipping charge is refunded already", refundable);
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new RefundRefusedException("a refund gives back a positive amount: name lines, shipping or an amount",
                    refundable);
        }
        if (amount.isGreaterThan(refundable)) {
            throw new RefundRefusedException("cannot refund " + amount + ": " + refundable + " of the captured "
                    + payment.captured() + " is left to refund", refundable);
        }
        var refund = OrderRefund.requested(refundId, OrderRefund.Kind.REFUND, reasonCode, amount, lines, shipping, by, at,
                reference);
        history.add(new StatusChange(status, to, OrderAction.REFUND, "refund of " + amount + " asked for (" + reasonCode + ")",
                by, at));
        refunds.add(refund);
        events.add(new OrderRefundRequested(id, refundId, amount, reasonCode, history.size() - 1, at));
        return refund;
    }

    /** Units of one order line to refund. */
    public record LineRefund(int lineNumber, Quantity quantity) {
        public LineRefund {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /**
     * The payment capability reports how a refund (or a cancellation's void) went; the outcome goes into the
     * history. A repeated or late report changes nothing and returns false.
     */
    public boolean settleRefund(UUID refundId, boolean succeeded, String failure, Instant at) {
        for (int i = 0; i < refunds.size(); i++) {
            var refund = refunds.get(i);
            if (refund.id().equals(refundId)) {
                if (refund.status() != OrderRefund.Status.REQUESTED) {
                    return false;
                }
                refunds.set(i, refund.settled(succeeded, failure, at));
                var what = (refund.kind() == OrderRefund.Kind.VOID ? "release of the authorised " : "refund of ")
                        + refund.amount();
                history.add(new StatusChange(status, status, OrderAction.REFUND,
                        what + (succeeded ? " succeeded" : " failed: " + refunds.get(i).failure()), Actor.system(), at));
                return true;
            }
        }
        throw new InvalidValueException("order " + id + " has no refund " + refundId);
    }

    /** Whether a refund, made or being made, gave the shipping charge back. */
    public boolean shippingRefunded() {
        return refunds.stream().anyMatch(refund -> refund.counts() && refund.shipping());
    }

    /** What may still be refunded: captured, less what was refunded or is being refunded. */
    public Money refundable() {
        var asked = refunds.stream().filter(refund -> refund.kind() == OrderRefund.Kind.REFUND && refund.counts())
                .map(OrderRefund::amount).reduce(Money.zero(totals.currency()), Money::plus);
        // Refunds made at the gateway directly (its dashboard) reach the order only as the payment's total.
        var given = payment.refunded().isGreaterThan(asked) ? payment.refunded() : asked;
        var left = payment.captured().minus(given);
        return left.isNegative() ? Money.zero(totals.currency()) : left;
    }

    /**
     * What the customer paid for a line's units: its price with its share of the order's discount and tax, as a
     * refund of the whole line would give back.
     */
    public Money paidFor(int lineNumber) {
        var line = line(lineNumber);
        if (line == null) {
            throw new InvalidValueException("the order has no line " + lineNumber);
        }
        return shareOfGoods(line.lineTotal());
    }

    /**
     * A line's share of what the customer paid for goods: its price, less its share of the discount, with its
     * share of tax (added to prices without tax; taken off included prices for a buyer who owed none).
     */
    private Money shareOfGoods(Money linePrice) {
        if (totals.subtotal().isZero()) {
            return Money.zero(totals.currency());
        }
        var goods = totals.goods().toDecimal();
        var share = linePrice.toDecimal().multiply(goods, MathContext.DECIMAL64)
                .divide(totals.subtotal().toDecimal(), MathContext.DECIMAL64);
        return Money.of(share, totals.currency(), RoundingMode.HALF_EVEN);
    }

    private OrderLine line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst().orElse(null);
    }

    /** Every unit not shipped yet, line by line: what a shipment of "everything left" carries. */
    public List<ShippedLine> unshippedLines() {
        return lines.stream().filter(line -> leftToShip(line) > 0)
                .map(line -> new ShippedLine(line.lineNumber(), Quantity.of(leftToShip(line))))
                .toList();
    }

    /**
     * Units of a line still to ship: neither shipped nor refunded as units that will not ship
     * ({@link OrderRefund#WILL_NOT_SHIP}: the warehouse could not find them and no one else has them).
     */
    private int leftToShip(OrderLine line) {
        int givenUp = refunds.stream().filter(OrderRefund::counts).filter(OrderRefund::forUnitsThatWillNotShip)
                .mapToInt(refund -> refund.quantityOf(line.lineNumber())).sum();
        return Math.max(0, line.quantity().value() - shippedQuantity(line.lineNumber()) - givenUp);
    }

    /** How many units of a line have shipped so far. */
    public int shippedQuantity(int lineNumber) {
        return shippedUnits.getOrDefault(lineNumber, 0);
    }

    /** Units shipped so far by line number, lines with none left out. */
    public Map<Integer, Integer> shippedUnits() {
        return Collections.unmodifiableMap(new TreeMap<>(shippedUnits));
    }

    /** How many units of a line were refunded or are being refunded. */
    public int refundedQuantity(int lineNumber) {
        return refunds.stream().filter(OrderRefund::counts).mapToInt(refund -> refund.quantityOf(lineNumber)).sum();
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

    /**
     * Replaces the order's lines (the state machine's CHANGE_LINES), with the totals priced for them: lines
     * that stay keep their number and unit price; new lines come with theirs. The status stays; the history
     * says what changed and an {@link OrderModified} event names {@code lines}. Returns false, recording
     * nothing, when the lines are the same.
     */
    public boolean changeLines(List<OrderLine> newLines, Money discount, Money tax, Money shipping, Actor by, Instant at) {
        return changeLines(newLines, Charges.of(discount, tax, shipping), by, at);
    }

    /** {@link #changeLines(List, Money, Money, Money, Actor, Instant)} with the charges priced for the new lines and how. */
    public boolean changeLines(List<OrderLine> newLines, Charges charges, Actor by, Instant at) {
        Objects.requireNonNull(charges, "charges");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        var to = OrderTransitions.next(status, OrderAction.CHANGE_LINES)
                .orElseThrow(() -> new IllegalOrderTransitionException(id, status, OrderAction.CHANGE_LINES));
        if (credit != null) {
            throw new InvalidValueException("an exchange's replacement keeps its lines (the return's credit was counted for "
                    + "them): cancel it and ask for another exchange instead");
        }
        if (newLines == null || newLines.isEmpty()) {
            throw new InvalidValueException("an order keeps at least one line: cancel it instead");
        }
        for (var line : newLines) {
            var before = line(line.lineNumber());
            if (before != null && (!before.sku().equals(line.sku()) || !before.unitPrice().equals(line.unitPrice()))) {
                throw new InvalidValueException("line " + line.lineNumber() + " keeps its SKU and unit price");
            }
        }
        shippedUnits.forEach((lineNumber, units) -> {
            var kept = newLines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
            if (units > 0 && (kept.isEmpty() || kept.get().quantity().value() < units)) {
                throw new InvalidValueException("line " + lineNumber + " keeps at least the " + units + " unit(s) that have shipped");
            }
        });
        if (newLines.equals(lines)) {
            return false;
        }
        var subtotal = newLines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var newTotals = charges.totalsFor(subtotal);
        var previousLines = lines;
        var previousTotals = totals;
        var previousDetails = priceDetails;
        var previousMethod = shippingMethod;
        lines = List.copyOf(newLines);
        totals = newTotals;
        try {
            requireConsistentLines();
            explainedBy(charges.details());
            shippingMethod = charges.shippingMethod() == null ? previousMethod : charges.shippingMethod();
        } catch (RuntimeException inconsistent) {
            lines = previousLines;
            totals = previousTotals;
            priceDetails = previousDetails;
            shippingMethod = previousMethod;
            throw inconsistent;
        }
        var reason = "changed lines: " + describe(previousLines, newLines) + "; total " + previousTotals.grandTotal()
                + " -> " + newTotals.grandTotal();
        history.add(new StatusChange(status, to, OrderAction.CHANGE_LINES, reason, by, at));
        events.add(new OrderModified(id, List.of("lines"), reason, history.size() - 1, at));
        return true;
    }

    /** The payment was authorised again, for a new total (its previous authorisation is being released). */
    public void recordReauthorisation(String authorisationReference) {
        if (authorisationReference == null || authorisationReference.isBlank()) {
            throw new InvalidValueException("a payment authorisation needs the gateway's reference");
        }
        payment = payment.authorised(authorisationReference);
    }

    private static String describe(List<OrderLine> before, List<OrderLine> after) {
        var changes = new ArrayList<String>();
        for (var line : after) {
            var old = before.stream().filter(b -> b.lineNumber() == line.lineNumber()).findFirst().orElse(null);
            if (old == null) {
                changes.add("added " + line.sku() + " x" + line.quantity().value());
            } else if (!old.quantity().equals(line.quantity())) {
                changes.add(line.sku() + " x" + old.quantity().value() + " -> x" + line.quantity().value());
            }
        }
        before.stream().filter(b -> after.stream().noneMatch(a -> a.lineNumber() == b.lineNumber()))
                .forEach(removed -> changes.add("removed " + removed.sku()));
        return String.join(", ", changes);
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

    private void explainedBy(PriceDetails details) {
        Objects.requireNonNull(details, "priceDetails").requireExplains(totals,
                lines.stream().map(OrderLine::sku).collect(Collectors.toSet()));
        this.priceDetails = details;
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

    // --- what the order tells its customer or a supplier (notices, not history) ------------------

    /**
     * Units of the order wait for a restock: a PAID order is BACKORDERED (the rest ships as usual), and its customer is
     * told which in any case ({@link BackorderNotification.Created}).
     *
     * @param cause what made them wait, for the history ("not found at MAIN"); null when the stock was short when the
     *              order's stock was decided
     */
    public void waitForRestock(List<BackorderNotification.Units> waiting, String cause, Actor by, Instant at) {
        if (status == OrderStatus.PAID) {
            backorder(waiting.stream().map(units -> units.quantity() + " × " + units.sku())
                    .collect(Collectors.joining(", ", "waiting for stock: ", cause == null ? "" : " " + cause)), by, at);
        }
        notices.add(new BackorderNotification.Created(id, customerId, waiting, at));
    }

    /**
     * The order's status in step with what of it waits for a restock, at the moments its stock is decided anew (the
     * placement's confirmation, a change of its lines): a PAID order with units waiting is BACKORDERED and its customer
     * told which; a BACKORDERED one with nothing waiting is PAID again.
     */
    public void followStock(List<BackorderNotification.Units> waiting, Actor by, Instant at) {
        if (!waiting.isEmpty() && status == OrderStatus.PAID) {
            waitForRestock(waiting, null, by, at);
        } else if (waiting.isEmpty() && status == OrderStatus.BACKORDERED) {
            fillBackorder(by, at);
        }
    }

    /**
     * A restock filled the units of one SKU the order waited for: with nothing else waiting, a BACKORDERED order is PAID
     * again; its customer is told in any case ({@link BackorderNotification.Filled}).
     */
    public void restocked(String sku, int quantity, boolean stillWaiting, Instant at) {
        if (!stillWaiting && status == OrderStatus.BACKORDERED) {
            fillBackorder(Actor.system(), at);
        }
        notices.add(new BackorderNotification.Filled(id, customerId, sku, quantity, stillWaiting, at));
    }

    /** The restock that waiting units depend on moved later: the customer is told ({@link BackorderNotification.Delayed}). */
    public void restockDelayed(BackorderNotification.Units waiting, LocalDate previouslyExpected, Instant at) {
        notices.add(new BackorderNotification.Delayed(id, customerId, waiting, previouslyExpected, at));
    }

    /** A supplier ships these units to the customer directly, and is asked to ({@link DropShipRequested}). */
    public void requestDropShip(String supplier, List<DropShipRequested.Line> lines, Instant at) {
        notices.add(new DropShipRequested(id, supplier, lines, shippingAddress, at));
    }

    /** Hands the events recorded since the last call to the caller, who publishes them with the saved state. */
    public List<OrderEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** Hands the notices recorded since the last call to the caller, who publishes them with the saved state. */
    public List<OrderNotice> pullNotices() {
        var pulled = List.copyOf(notices);
        notices.clear();
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

    /** The carrier's service the order ships with and its delivery estimate, as priced; null if not priced by one. */
    public ShippingMethod shippingMethod() {
        return shippingMethod;
    }

    /** How the discount and tax were arrived at, as priced (empty for an order priced without tax or promotions). */
    public PriceDetails priceDetails() {
        return priceDetails;
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

    public List<OrderRefund> refunds() {
        return List.copyOf(refunds);
    }

    /** The stored version this order was loaded at, or null for an order not yet saved. */
    public Long version() {
        return version;
    }

    public boolean isNew() {
        return version == null;
    }
}
