package io.orderservice.returns.web;

import io.orderservice.ordering.web.OrderResponse.MoneyResponse;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.returns.domain.ReturnParcel;
import io.orderservice.returns.domain.ReturnReceipt;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A return request as the API shows it. */
@Schema(name = "Return")
record ReturnResponse(
        UUID id,
        @Schema(description = "The RMA number once approved: what the customer writes on the parcel; absent otherwise",
                example = "RMA-04HM-ASW9-NF6Y") String rma,
        UUID orderId, String customerId, UUID shipmentId,
        @Schema(description = "REQUESTED (waits for an operator), APPROVED, PARTIALLY_APPROVED or REJECTED", example = "APPROVED")
        String status,
        List<Line> lines,
        @Schema(example = "damaged") String reasonCode,
        @Schema(description = "Whether the reason is the shop's fault (the shipping is refunded too, no restocking fee)")
        boolean shopsFault,
        @Schema(description = "The customer's comment", example = "The handle arrived broken") String comment,
        @Schema(description = "References to the customer's photos") List<URI> photos,
        Instant requestedAt,
        @Schema(description = "What was decided, by which rule or operator, and why; absent while it waits") Decision decision,
        @Schema(description = "The parcel it comes back in: the label booked with a carrier once it was approved (when the "
                + "shop books labels) and how far the parcel got; absent until a label is booked") Parcel parcel,
        @Schema(description = "What arrived, in what condition, and what was refunded; absent until it arrives") Receipt receipt,
        @Schema(description = "What the customer wants instead of their money back; absent for a plain return") Exchange exchange,
        @Schema(description = "What became of the exchange once approved: its replacement order, which the return pays "
                + "credit of, or the refund instead, with why; absent until then") Replacement replacement) {

    @Schema(name = "ReturnExchange")
    record Exchange(List<Item> items, @Schema(example = "REFUND") String ifOutOfStock) {
    }

    @Schema(name = "ReturnExchangeItem")
    record Item(@Schema(example = "TSHIRT-BLK-L") String sku, @Schema(example = "1") int quantity) {
    }

    @Schema(name = "ReturnReplacement")
    record Replacement(@Schema(description = "PLACED or REFUND_INSTEAD", example = "PLACED") String status,
                       @Schema(description = "The replacement order (GET /orders/{id}); absent unless PLACED") UUID orderId,
                       @Schema(description = "What the return pays of it; what the returned units are worth beyond that is "
                               + "refunded at receipt") MoneyResponse credit,
                       @Schema(description = "Whether it ships before the return arrives") boolean shipsAtOnce,
                       @Schema(description = "Why no replacement was placed; absent unless REFUND_INSTEAD") String note,
                       Instant at) {
    }

    @Schema(name = "ReturnParcel")
    record Parcel(@Schema(example = "dhl") String carrier,
                  @Schema(description = "What the carrier tracks it under", example = "JVGL06290512345678") String trackingNumber,
                  @Schema(description = "The label to print, at the carrier") URI labelUrl, Instant bookedAt,
                  @Schema(description = "LABEL_BOOKED, ON_ITS_WAY, ARRIVED (at the warehouse) or PROBLEM, as the carrier "
                          + "last reported", example = "ON_ITS_WAY") String progress,
                  @Schema(description = "When the carrier last reported on it (the booking until it does)") Instant reportedAt) {
    }

    @Schema(name = "ReturnLine")
    record Line(@Schema(example = "1") int lineNumber, @Schema(example = "1") int quantity,
                @Schema(description = "Units approved once decided (0: not approved)", example = "1") Integer approved) {
    }

    @Schema(name = "ReturnDecision")
    record Decision(@Schema(description = "RULE or OPERATOR", example = "RULE") String decidedBy,
                    @Schema(description = "The rule's name or the operator's id", example = "shops-fault-up-to-100") String decider,
                    @Schema(description = "Why, as the customer is told (partial approvals and rejections)") String reason,
                    Instant at) {
    }

    @Schema(name = "ReturnReceipt")
    record Receipt(@Schema(description = "The stock location it arrived at", example = "MAIN") String location,
                   List<ReceivedLine> lines,
                   @Schema(description = "Who recorded it", example = "warehouse") String receivedBy, Instant at,
                   @Schema(description = "The order's refund for it (GET /orders/{id}/refunds/{refundId} says how it went); "
                           + "absent when nothing was refunded") UUID refundId,
                   @Schema(description = "What that refund gives back") MoneyResponse refunded,
                   @Schema(description = "What the refund kept back because the goods the customer kept no longer earn a "
                           + "discount they had (a \"buy 2, get 1\" with one sent back), or gave back (negative) because "
                           + "they earn more of it than their share; absent until the refund is counted, and when no "
                           + "promotion took anything off the order (docs/returns.md)") MoneyResponse discountRecount) {
    }

    @Schema(name = "ReturnReceivedLine")
    record ReceivedLine(@Schema(example = "1") int lineNumber,
                        @Schema(description = "Units fit to sell again: back on hand at the location", example = "1") int restockable,
                        @Schema(description = "Units accepted but not fit to sell: refunded, not restocked", example = "0") int damaged,
                        @Schema(description = "Units refused at inspection: not refunded", example = "0") int refused) {
    }

    static ReturnResponse from(ReturnView view) {
        var decision = view.decision();
        return new ReturnResponse(view.id(), view.rma(), view.orderId().value(), view.customerId().value(), view.shipmentId(),
                view.status().name(), view.lines().stream().map(line -> new Line(line.lineNumber(), line.quantity(), line.approved()))
                .toList(), view.reasonCode(), view.shopsFault(), view.comment(), view.photos(), view.requestedAt(),
                decision == null ? null : new Decision(decision.decidedBy(), decision.decider(), decision.reason(), decision.at()),
                parcel(view.parcel()), receipt(view.receipt()), exchange(view.exchange()), replacement(view.replacement()));
    }

    private static Exchange exchange(ExchangeRequest exchange) {
        return exchange == null ? null : new Exchange(exchange.items().stream().map(item -> new Item(item.sku().value(),
                item.quantity().value())).toList(), exchange.ifOutOfStock().name());
    }

    private static Replacement replacement(io.orderservice.returns.domain.Replacement replacement) {
        return replacement == null ? null : new Replacement(replacement.status().name(),
                replacement.orderId() == null ? null : replacement.orderId().value(),
                replacement.credit() == null ? null : MoneyResponse.from(replacement.credit()), replacement.shipsAtOnce(),
                replacement.note(), replacement.at());
    }

    private static Parcel parcel(ReturnParcel parcel) {
        return parcel == null ? null : new Parcel(parcel.carrier(), parcel.trackingNumber(), parcel.labelUrl(), parcel.bookedAt(),
                parcel.progress().name(), parcel.reportedAt());
    }

    private static Receipt receipt(ReturnReceipt receipt) {
        return receipt == null ? null : new Receipt(receipt.location(), receipt.lines().stream().map(line -> new ReceivedLine(
                line.lineNumber(), line.restockable(), line.damaged(), line.refused())).toList(), receipt.receivedBy(), receipt.at(),
                receipt.refundId(), receipt.refunded() == null ? null : MoneyResponse.from(receipt.refunded()),
                receipt.discountRecount() == null || receipt.discountRecount().isZero() ? null
                        : MoneyResponse.from(receipt.discountRecount()));
    }
}
