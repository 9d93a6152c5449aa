package io.orderservice.returns.application.port.in;

import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.returns.domain.Replacement;
import io.orderservice.returns.domain.ReturnParcel;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.returns.domain.Rma;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return request as callers see it: no verbs, so nobody outside a use case changes one.
 *
 * @param lines    what was asked back, with what was approved of each line once decided
 * @param rma      its RMA number once approved, what the customer writes on the parcel; null otherwise
 * @param decision what was decided, by whom and why; null while it waits
 * @param receipt  what arrived and what was refunded; null until it arrives
 * @param parcel   the parcel it comes back in: its label and how far it got; null until a label is booked
 * @param exchange    what the customer wants instead of their money back; null for a plain return
 * @param replacement what became of the exchange once approved: its replacement order, or the refund instead; null
 *                    until then
 * @param version  the stored version: what an ETag carries and an If-Match names
 */
public record ReturnView(UUID id, String rma, OrderId orderId, CustomerId customerId, UUID shipmentId, ReturnRequest.Status status,
                         List<Line> lines, String reasonCode, boolean shopsFault, String comment, List<URI> photos,
                         Instant requestedAt, Decision decision, ReturnReceipt receipt, ReturnParcel parcel,
                         ExchangeRequest exchange, Replacement replacement, long version) {

    public ReturnView {
        lines = List.copyOf(lines);
        photos = List.copyOf(photos);
    }

    /** @param approved units approved, or null while undecided */
    public record Line(int lineNumber, int quantity, Integer approved) {
    }

    /** @param decidedBy RULE or OPERATOR; {@code decider} the rule's name or the operator's id */
    public record Decision(String decidedBy, String decider, String reason, Instant at) {
    }

    /** The request as stored at {@code version}. */
    public static ReturnView of(ReturnRequest request, long version) {
        var decided = request.decision().orElse(null);
        var lines = request.lines().stream().map(line -> new Line(line.lineNumber(), line.quantity().value(),
                decided == null ? null : request.takes(line.lineNumber()))).toList();
        return new ReturnView(request.id(), request.rma().map(Rma::value).orElse(null), request.orderId(), request.customerId(),
                request.shipmentId(), request.status(),
                lines, request.reason().code(), request.reason().shopsFault(), request.comment(), request.photos(),
                request.requestedAt(), decided == null ? null : new Decision(decided.by().kind().name(), decided.by().name(),
                decided.reason(), decided.at()), request.receipt().orElse(null), request.parcel().orElse(null),
                request.exchange().orElse(null), request.replacement().orElse(null), version);
    }
}
