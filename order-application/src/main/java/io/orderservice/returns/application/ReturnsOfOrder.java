package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.Standing;
import io.orderservice.returns.application.port.in.ReturnChangedException;
import io.orderservice.returns.application.port.in.ReturnNotFoundException;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.Rma;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.UUID;

/** Where an order's returns stand, as ordering is told after each of them. */
final class ReturnsOfOrder {

    private ReturnsOfOrder() {
    }

    /**
     * Open while any request may still bring units back; otherwise what came back (and was accepted) of the order's
     * units: nothing, part, or everything.
     */
    static Standing standing(List<ReturnRequest> requests, OrderToReturn order) {
        if (requests.stream().anyMatch(ReturnRequest::isOpen)) {
            return Standing.OPEN;
        }
        int back = 0;
        boolean everything = true;
        for (var line : order.lines()) {
            int units = refunded(requests, line.lineNumber());
            back += units;
            everything &= units >= line.quantity();
        }
        return back == 0 ? Standing.NOTHING_BACK : everything ? Standing.EVERYTHING_BACK : Standing.PART_BACK;
    }

    /**
     * Holds the order's returns and reads one of them, at the version the caller read when it names one.
     *
     * @throws ReturnNotFoundException when the order has no such return
     * @throws ReturnChangedException  when it is no longer at {@code expectedVersion}
     */
    static ReturnRequest held(ReturnRequests requests, OrderId orderId, UUID returnId, Long expectedVersion) {
        requests.hold(orderId);
        var request = requests.byId(returnId).filter(found -> found.orderId().equals(orderId))
                .orElseThrow(() -> new ReturnNotFoundException(orderId, returnId));
        if (expectedVersion != null && !expectedVersion.equals(request.version())) {
            throw new ReturnChangedException(request.id(), request.version(), expectedVersion);
        }
        return request;
    }

    /** What the customer is told of a decision on their request. */
    static CustomerNotices.ReturnNotice decided(ReturnRequest request) {
        var decision = request.decision().orElseThrow();
        var kind = switch (decision.outcome()) {
            case APPROVED -> CustomerNotices.Kind.APPROVED;
            case PARTIALLY_APPROVED -> CustomerNotices.Kind.PARTIALLY_APPROVED;
            case REJECTED -> CustomerNotices.Kind.REJECTED;
            default -> throw new IllegalStateException("return " + request.id() + " is not decided but " + decision.outcome());
        };
        return new CustomerNotices.ReturnNotice(kind, request.id(), request.orderId(), request.customerId(),
                request.rma().map(Rma::value).orElse(null), decision.reason(), null, null, decision.at());
    }

    /** Units of the order line refunded by the order's received returns. */
    static int refunded(List<ReturnRequest> requests, int lineNumber) {
        return requests.stream().flatMap(request -> request.receipt().stream())
                .mapToInt(receipt -> receipt.refunds(lineNumber)).sum();
    }
}
