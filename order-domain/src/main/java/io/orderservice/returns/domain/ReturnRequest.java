package io.orderservice.returns.domain;

import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's request to send back units of one delivered shipment, and what was decided about it (ADR 0034). It is
 * made only for what the shipment delivered and nobody returned or asked back yet, within the shop's window, for
 * reasons the shop lists and SKUs it takes back; it is approved (by a rule or an operator), approved in part, or
 * rejected once, each decision kept with who made it.
 */
public final class ReturnRequest {

    public static final int MAX_COMMENT = 1_000;
    public static final int MAX_PHOTOS = 10;

    public enum Status { REQUESTED, APPROVED, PARTIALLY_APPROVED, REJECTED, RECEIVED }

    /** What changed since the request was made or read: what its store writes. */
    public enum Change { DECIDED, RECEIVED, REFUND_COUNTED, PARCEL, REPLACEMENT }

    /** Who decided: an approval rule by its name, or an operator by their id. */
    public record DecidedBy(Kind kind, String name) {
        public enum Kind { RULE, OPERATOR }

        public DecidedBy {
            Objects.requireNonNull(kind, "kind");
            if (name == null || name.isBlank()) {
                throw new InvalidValueException("a decision names who made it");
            }
        }

        public static DecidedBy rule(String name) {
            return new DecidedBy(Kind.RULE, name);
        }

        public static DecidedBy operator(String id) {
            return new DecidedBy(Kind.OPERATOR, id);
        }
    }

    /** A decision on the request: what it came to, the lines it approved (none for a rejection), who and why. */
    public record Decision(Status outcome, List<ReturnLine> approved, DecidedBy by, String reason, Instant at) {
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            approved = List.copyOf(approved);
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    private final UUID id;
    private final OrderId orderId;
    private final CustomerId customerId;
    private final UUID shipmentId;
    private final List<ReturnLine> lines;
    private final ReturnReason reason;
    private final String comment;
    private final List<URI> photos;
    private final Instant requestedAt;
    private final Long version;
    private Decision decision;
    private ReturnReceipt receipt;
    private ReturnParcel parcel;
    /** What the customer wants instead of their money back; null for a plain return. */
    private final ExchangeRequest exchange;
    private Replacement replacement;
    private final Set<Change> changes = EnumSet.noneOf(Change.class);
    private final List<ReturnEvent> events = new ArrayList<>();

    private ReturnRequest(UUID id, OrderId orderId, CustomerId customerId, UUID shipmentId, List<ReturnLine> lines,
                          ReturnReason reason, String comment, List<URI> photos, Instant requestedAt, Decision decision,
                          ReturnReceipt receipt, ReturnParcel parcel, ExchangeRequest exchange, Replacement replacement,
                          Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.shipmentId = Objects.requireNonNull(shipmentId, "shipmentId");
        this.lines = List.copyOf(lines);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.comment = comment;
        this.photos = List.copyOf(photos);
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.decision = decision;
        this.receipt = receipt;
        this.parcel = parcel;
        this.exchange = exchange;
        this.replacement = replacement;
        this.version = version;
        if (replacement != null && exchange == null) {
            throw new InvalidValueException("only an exchange has a replacement");
        }
        if (this.lines.isEmpty()) {
            throw new InvalidValueException("a return request has at least one line");
        }
        var numbers = new HashSet<Integer>();
        for (var line : this.lines) {
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidValueException("order line " + line.lineNumber() + " appears twice in a return request");
            }
        }
        if (comment != null && (comment.isBlank() || comment.length() > MAX_COMMENT)) {
            throw new InvalidValueException("a return comment has 1 to " + MAX_COMMENT + " characters");
        }
        if (this.photos.size() > MAX_PHOTOS) {
            throw new InvalidValueException("a return request refers to at most " + MAX_PHOTOS + " photos");
        }
    }

    /**
     * A new request for units of {@code shipment}.
     *
     * @throws InvalidValueException when the shipment's window has passed, a line is not in the shipment, asks for more
     *                               than is left to return, or is of a SKU the shop does not take back; or when the
     *                               reason is not one the shop lists
     */
    public static ReturnRequest request(UUID id, OrderId orderId, CustomerId customerId, ReturnableShipment shipment,
                                        List<ReturnLine> lines, String reasonCode, String comment, List<URI> photos,
                                        ReturnPolicy policy, Instant at) {
        return request(id, orderId, customerId, shipment, lines, reasonCode, comment, photos, null, policy, at);
    }

    /** A new request, for an exchange when {@code exchange} says what the customer wants instead (else null). */
    public static ReturnRequest request(UUID id, OrderId orderId, CustomerId customerId, ReturnableShipment shipment,
                                        List<ReturnLine> lines, String reasonCode, String comment, List<URI> photos,
                                        ExchangeRequest exchange, ReturnPolicy policy, Instant at) {
        var reason = policy.reason(reasonCode);
        if (shipment.deliveredAt() == null && !policy.beforeDelivery()) {
            throw new InvalidValueException("shipment " + shipment.shipmentId() + " has not been delivered: the shop takes back "
                    + "delivered parcels only");
        }
        if (shipment.deliveredAt() != null && !policy.withinWindow(shipment.deliveredAt(), at)) {
            throw new InvalidValueException("shipment " + shipment.shipmentId() + " was delivered " + shipment.deliveredAt()
                    + ": its return window of " + policy.window().toDays() + " days has passed");
        }
        for (var line : lines) {
            var delivered = shipment.lines().get(line.lineNumber());
            if (delivered == null) {
                throw new InvalidValueException("shipment " + shipment.shipmentId() + " delivered nothing of order line "
                        + line.lineNumber());
            }
            policy.whyNotReturnable(delivered.sku()).ifPresent(why -> {
                throw new InvalidValueException(delivered.sku().value() + " is not taken back: " + why);
            });
            if (line.quantity().value() > delivered.left()) {
                throw new InvalidValueException("order line " + line.lineNumber() + " has " + delivered.left()
                        + " unit(s) left to return, not " + line.quantity().value());
            }
        }
        var request = new ReturnRequest(id, orderId, customerId, shipment.shipmentId(), lines, reason, comment, photos, at,
                null, null, null, exchange, null, null);
        request.events.add(new ReturnEvent.Requested(id, orderId, customerId, shipment.shipmentId(), units(lines), reason.code(),
                at));
        return request;
    }

    /**
     * Rebuilds a request from storage.
     *
     * @param version the version it was stored at
     */
    public static ReturnRequest reconstitute(UUID id, OrderId orderId, CustomerId customerId, UUID shipmentId,
                                             List<ReturnLine> lines, ReturnReason reason, String comment, List<URI> photos,
                                             Instant requestedAt, Decision decision, ReturnReceipt receipt,
                                             ReturnParcel parcel, long version) {
        return reconstitute(id, orderId, customerId, shipmentId, lines, reason, comment, photos, requestedAt, decision, receipt,
                parcel, null, null, version);
    }

    /** Rebuilds a request, an exchange's too, from storage. */
    public static ReturnRequest reconstitute(UUID id, OrderId orderId, CustomerId customerId, UUID shipmentId,
                                             List<ReturnLine> lines, ReturnReason reason, String comment, List<URI> photos,
                                             Instant requestedAt, Decision decision, ReturnReceipt receipt,
                                             ReturnParcel parcel, ExchangeRequest exchange, Replacement replacement,
                                             long version) {
        if ((receipt != null || parcel != null || replacement != null)
                && (decision == null || decision.outcome() == Status.REJECTED)) {
            throw new IllegalStateException("return " + id + " was received, labelled or replaced without being approved");
        }
        return new ReturnRequest(id, orderId, customerId, shipmentId, lines, reason, comment, photos, requestedAt, decision,
                receipt, parcel, exchange, replacement, version);
    }

    // --- an exchange ---------------------------------------------------------------------------------

    /** Whether it is an approved exchange whose replacement was neither placed nor given up yet. */
    public boolean awaitsReplacement() {
        return exchange != null && replacement == null && (status() == Status.APPROVED || status() == Status.PARTIALLY_APPROVED);
    }

    /** The exchange's replacement order was placed; the return pays {@code credit} of it. Once. */
    public void replaced(OrderId replacementOrder, Money credit, boolean shipsAtOnce, Instant at) {
        requireAwaitingReplacement();
        replacement = Replacement.placed(replacementOrder, credit, shipsAtOnce, at);
        changes.add(Change.REPLACEMENT);
        events.add(new ReturnEvent.ExchangeCreated(id, orderId, customerId, replacementOrder, credit, shipsAtOnce, at));
    }

    /** No replacement could be placed: the return is refunded as any other. Once. */
    public void refundInstead(String why, Instant at) {
        requireAwaitingReplacement();
        replacement = Replacement.refundInstead(why, at);
        changes.add(Change.REPLACEMENT);
    }

    /** What the exchange's replacement takes of the return's value: its credit, or nothing. */
    public Optional<Money> creditUsed() {
        return replacement().filter(placed -> placed.status() == Replacement.Status.PLACED).map(Replacement::credit);
    }

    private void requireAwaitingReplacement() {
        if (!awaitsReplacement()) {
            throw new InvalidValueException("return " + id + " is no approved exchange awaiting its replacement");
        }
    }

    public Optional<ExchangeRequest> exchange() {
        return Optional.ofNullable(exchange);
    }

    public Optional<Replacement> replacement() {
        return Optional.ofNullable(replacement);
    }

    /** Approves every line, by a rule or an operator. */
    public void approve(DecidedBy by, Instant at) {
        decide(new Decision(Status.APPROVED, lines, by, null, at));
    }

    /**
     * Approves some units and not the others, with the reason the customer is told.
     *
     * @param approved units approved per line: of lines of the request, at most as many as it asked for, fewer in all
     */
    public void approvePartly(List<ReturnLine> approved, String reason, DecidedBy by, Instant at) {
        requireReason(reason);
        int asked = 0;
        int given = 0;
        for (var line : lines) {
            asked += line.quantity().value();
        }
        for (var part : approved) {
            var line = line(part.lineNumber());
            if (part.quantity().value() > line.quantity().value()) {
                throw new InvalidValueException("line " + part.lineNumber() + " asked back " + line.quantity().value()
                        + " unit(s), not " + part.quantity().value());
            }
            given += part.quantity().value();
        }
        if (approved.isEmpty() || given >= asked) {
            throw new InvalidValueException("a partial approval approves some units, fewer than were asked back");
        }
        decide(new Decision(Status.PARTIALLY_APPROVED, approved, by, reason, at));
    }

    /** Rejects the request, with the reason the customer is told. */
    public void reject(String reason, DecidedBy by, Instant at) {
        requireReason(reason);
        decide(new Decision(Status.REJECTED, List.of(), by, reason, at));
    }

    /**
     * The warehouse records what arrived, once, of an approved request: per approved line, no more units than were
     * approved of it.
     */
    public void receive(ReturnReceipt arrived) {
        if (receipt != null) {
            throw new InvalidValueException("return " + id + " was received already, at " + receipt.at());
        }
        if (status() != Status.APPROVED && status() != Status.PARTIALLY_APPROVED) {
            throw new InvalidValueException("return " + id + " is " + status() + ": only an approved return is received");
        }
        if (arrived.counted()) {
            throw new InvalidValueException("a receipt's refund is counted after it is recorded");
        }
        if (arrived.at().isBefore(decision.at())) {
            throw new InvalidValueException("a return is received after it was approved");
        }
        for (var line : arrived.lines()) {
            int approved = takes(line.lineNumber());
            if (line.arrived() > approved) {
                throw new InvalidValueException("order line " + line.lineNumber() + ": " + approved
                        + " unit(s) were approved to come back, not " + line.arrived());
            }
        }
        this.receipt = arrived;
        changes.add(Change.RECEIVED);
        events.add(new ReturnEvent.Received(id, orderId, customerId, arrived.location(), arrived.lines().stream()
                .map(line -> new ReturnEvent.Inspected(line.lineNumber(), line.restockable(), line.damaged(), line.refused()))
                .toList(), arrived.at()));
    }

    /**
     * The refund of what arrived, counted once after it was received: recorded on the order as {@code refundId}, or,
     * when it comes to nothing (a broken promotion took it all), with no id and only its recount kept.
     */
    public void recordRefund(UUID refundId, ReturnRefund refund) {
        if (receipt == null || receipt.counted()) {
            throw new InvalidValueException("return " + id + " is refunded once, after it was received");
        }
        if ((refundId == null) != refund.total().isZero()) {
            throw new InvalidValueException("a refund of " + refund.total() + " is recorded on the order "
                    + (refundId == null ? "with an id" : "only when it gives something back"));
        }
        changes.add(Change.REFUND_COUNTED);
        if (refundId == null) {
            receipt = receipt.withRefund(null, null, refund.discountRecount());
            return;
        }
        receipt = receipt.withRefund(refundId, refund.total(), refund.discountRecount());
        events.add(new ReturnEvent.Refunded(id, orderId, customerId, refundId, refund.total(), refund.shipping(),
                refund.restockingFee(), refund.discountRecount(), receipt.at()));
    }

    private void decide(Decision next) {
        if (decision != null) {
            throw new InvalidValueException("return request " + id + " was decided already: " + decision.outcome());
        }
        if (next.at().isBefore(requestedAt)) {
            throw new InvalidValueException("a return request is decided after it was made");
        }
        if (new HashSet<>(next.approved().stream().map(ReturnLine::lineNumber).toList()).size() != next.approved().size()) {
            throw new InvalidValueException("a line is approved once");
        }
        this.decision = next;
        changes.add(Change.DECIDED);
        var kind = next.by().kind().name().toLowerCase(Locale.ROOT);
        events.add(next.outcome() == Status.REJECTED
                ? new ReturnEvent.Rejected(id, orderId, customerId, kind, next.by().name(), next.reason(), next.at())
                : new ReturnEvent.Approved(id, orderId, customerId, units(next.approved()),
                next.outcome() == Status.PARTIALLY_APPROVED, kind, next.by().name(), next.reason(), next.at()));
    }

    private static List<ReturnEvent.Units> units(List<ReturnLine> lines) {
        return lines.stream().map(line -> new ReturnEvent.Units(line.lineNumber(), line.quantity().value())).toList();
    }

    /** The events recorded since it was made or read, handed over once. */
    public List<ReturnEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** What changed since it was read from storage (or made): what to store. */
    public Set<Change> changesSinceRead() {
        return Collections.unmodifiableSet(changes);
    }

    /** Whether it is decided: approved, in part or in full, or rejected. */
    public boolean isDecided() {
        return decision != null;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidValueException("a rejection or partial approval gives a reason of 1 to 500 characters");
        }
    }

    private ReturnLine line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> new InvalidValueException("return request " + id + " has no line " + lineNumber));
    }

    public Status status() {
        if (receipt != null) {
            return Status.RECEIVED;
        }
        return decision == null ? Status.REQUESTED : decision.outcome();
    }

    /** Its RMA number, once it is approved (in full or in part): what the customer writes on the parcel. */
    public Optional<Rma> rma() {
        return decision == null || decision.outcome() == Status.REJECTED ? Optional.empty() : Optional.of(Rma.of(id));
    }

    /** Whether it may still bring units back: not rejected, not received yet. */
    public boolean isOpen() {
        return status() != Status.REJECTED && status() != Status.RECEIVED;
    }

    /**
     * A label was booked with a carrier for the parcel the customer sends back: once, while the approved return has not
     * arrived. Returns false, changing nothing, when it has one already (a label booked again after a crash).
     */
    public boolean labelled(ReturnParcel booked) {
        Objects.requireNonNull(booked, "parcel");
        if (parcel != null) {
            return false;
        }
        if (!awaitsLabel()) {
            throw new InvalidValueException("return " + id + " is " + status() + ": only an approved return not yet received "
                    + "gets a label");
        }
        parcel = booked;
        changes.add(Change.PARCEL);
        return true;
    }

    /** Whether a label may be booked for it: approved (in full or in part), not received, none booked yet. */
    public boolean awaitsLabel() {
        return parcel == null && (status() == Status.APPROVED || status() == Status.PARTIALLY_APPROVED);
    }

    /** The carrier reported on the parcel; false when that changed nothing (an older or repeated report). */
    public boolean parcelReported(ReturnParcel.Progress progress, Instant at) {
        if (parcel == null) {
            throw new InvalidValueException("return " + id + " has no parcel to report on");
        }
        var next = parcel.reported(progress, at);
        if (next.equals(parcel)) {
            return false;
        }
        parcel = next;
        changes.add(Change.PARCEL);
        return true;
    }

    /** The parcel it comes back in, once a label was booked. */
    public Optional<ReturnParcel> parcel() {
        return Optional.ofNullable(parcel);
    }

    public Optional<ReturnReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    /** The units that will be taken back: every line's until decided, then what was approved. */
    public List<ReturnLine> unitsTaken() {
        return decision == null ? lines : decision.approved();
    }

    /** Units of the order line this request takes from what is left to return. */
    public int takes(int lineNumber) {
        return unitsTaken().stream().filter(line -> line.lineNumber() == lineNumber)
                .mapToInt(line -> line.quantity().value()).sum();
    }

    public UUID id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public List<ReturnLine> lines() {
        return lines;
    }

    public ReturnReason reason() {
        return reason;
    }

    public String comment() {
        return comment;
    }

    public List<URI> photos() {
        return photos;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** The version it was stored at; null before it is first stored. */
    public Long version() {
        return version;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }
}
