package io.orderservice.returns.messaging;

import io.orderservice.returns.domain.event.ReturnEvent;
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
}
