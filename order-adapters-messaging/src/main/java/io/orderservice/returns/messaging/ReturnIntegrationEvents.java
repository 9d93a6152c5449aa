package io.orderservice.returns.messaging;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.domain.event.ReturnEvent;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The published contract of return events (docs/asyncapi.yaml): versioned, decoupled from the domain records, keyed by
 * order id so that one order's return events keep their order.
 */
final class ReturnIntegrationEvents {

    private ReturnIntegrationEvents() {
    }

    record UnitsV1(int lineNumber, int quantity) {
        static List<UnitsV1> of(List<ReturnEvent.Units> units) {
            return units.stream().map(each -> new UnitsV1(each.lineNumber(), each.quantity())).toList();
        }
    }

    /** CloudEvents type {@code return.requested.v1}. */
    record ReturnRequestedV1(String returnId, String orderId, String customerId, String shipmentId, List<UnitsV1> lines,
                             String reasonCode, Instant occurredAt) {

        static final String TYPE = "return.requested.v1";

        static ReturnRequestedV1 of(ReturnEvent.Requested event) {
            return new ReturnRequestedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    event.shipmentId().toString(), UnitsV1.of(event.lines()), event.reasonCode(), event.occurredAt());
        }
    }

    /** CloudEvents type {@code return.approved.v1}: in full, or ({@code partly}) some of the units asked back. */
    record ReturnApprovedV1(String returnId, String orderId, String customerId, List<UnitsV1> approved, boolean partly,
                            String decidedBy, String decider, String reason, Instant occurredAt) {

        static final String TYPE = "return.approved.v1";

        static ReturnApprovedV1 of(ReturnEvent.Approved event) {
            return new ReturnApprovedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    UnitsV1.of(event.approved()), event.partly(), event.decidedBy(), event.decider(), event.reason(),
                    event.occurredAt());
        }
    }

    /** CloudEvents type {@code return.rejected.v1}. */
    record ReturnRejectedV1(String returnId, String orderId, String customerId, String decidedBy, String decider,
                            String reason, Instant occurredAt) {

        static final String TYPE = "return.rejected.v1";

        static ReturnRejectedV1 of(ReturnEvent.Rejected event) {
            return new ReturnRejectedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    event.decidedBy(), event.decider(), event.reason(), event.occurredAt());
        }
    }

    record MoneyV1(String amount, String currency) {
        static MoneyV1 of(Money money) {
            return money == null ? null : new MoneyV1(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    /**
     * CloudEvents type {@code return.notice.v1}, on the customer notifications topic: what to tell the customer.
     *
     * @param kind APPROVED, PARTIALLY_APPROVED, REJECTED, RECEIVED or REFUNDED
     */
    record ReturnNoticeV1(String kind, String returnId, String orderId, String customerId, String rma, String reason,
                          MoneyV1 refunded, LabelV1 label, Instant occurredAt) {

        static final String TYPE = "return.notice.v1";

        static ReturnNoticeV1 of(CustomerNotices.ReturnNotice notice) {
            var label = notice.label();
            return new ReturnNoticeV1(notice.kind().name(), notice.returnId().toString(), notice.orderId().toString(),
                    notice.customerId().value(), notice.rma(), notice.reason(), MoneyV1.of(notice.refunded()),
                    label == null ? null : new LabelV1(label.carrier(), label.trackingNumber(), label.url().toString()),
                    notice.at());
        }
    }

    record LabelV1(String carrier, String trackingNumber, String url) {
    }

    record InspectedV1(int lineNumber, int restockable, int damaged, int refused) {
    }

    /** CloudEvents type {@code return.received.v1}: what arrived, and in what condition, at a stock location. */
    record ReturnReceivedV1(String returnId, String orderId, String customerId, String location, List<InspectedV1> lines,
                            Instant occurredAt) {

        static final String TYPE = "return.received.v1";

        static ReturnReceivedV1 of(ReturnEvent.Received event) {
            return new ReturnReceivedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    event.location(), event.lines().stream().map(line -> new InspectedV1(line.lineNumber(), line.restockable(),
                    line.damaged(), line.refused())).toList(), event.occurredAt());
        }
    }

    /** CloudEvents type {@code return.refunded.v1}: the refund of what arrived was recorded and goes to the gateway. */
    record ReturnRefundedV1(String returnId, String orderId, String customerId, String refundId, MoneyV1 amount,
                            MoneyV1 shipping, MoneyV1 restockingFee, MoneyV1 discountRecount, Instant occurredAt) {

        static final String TYPE = "return.refunded.v1";

        static ReturnRefundedV1 of(ReturnEvent.Refunded event) {
            return new ReturnRefundedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    event.refundId().toString(), MoneyV1.of(event.amount()), MoneyV1.of(event.shipping()),
                    MoneyV1.of(event.restockingFee()), MoneyV1.of(event.discountRecount()), event.occurredAt());
        }
    }

    /**
     * CloudEvents type {@code exchange.created.v1}: an exchange's replacement order was placed; the return pays
     * {@code credit} of it, and it ships when the return arrives unless {@code shipsAtOnce}.
     */
    record ExchangeCreatedV1(String returnId, String orderId, String customerId, String replacementOrderId, MoneyV1 credit,
                             boolean shipsAtOnce, Instant occurredAt) {

        static final String TYPE = "exchange.created.v1";

        static ExchangeCreatedV1 of(ReturnEvent.ExchangeCreated event) {
            return new ExchangeCreatedV1(event.returnId().toString(), event.orderId().toString(), event.customerId().value(),
                    event.replacementOrderId().toString(), MoneyV1.of(event.credit()), event.shipsAtOnce(), event.occurredAt());
        }
    }
}
