package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.Standing;
import io.orderservice.returns.application.port.in.RequestReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnApprovalPolicy;
import io.orderservice.returns.domain.ReturnPolicy;
import io.orderservice.returns.domain.ReturnRefund;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.ReturnRequest.DecidedBy;
import io.orderservice.returns.domain.ReturnableShipment;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a return request with the order's returns held (ADR 0034), so that what it takes from a shipment's returnable
 * units is counted against every other request of the order as it is then: of two requests for the last unit, one is
 * made and the other refused. The shop's approval rules decide at once where one applies; ordering is told in the same
 * transaction.
 */
@Service
class RequestReturnService implements RequestReturnUseCase {

    private static final Duration YEAR = Duration.ofDays(365);

    private final OrderToReturnQuery orders;
    private final ReturnRequests requests;
    private final ReturnPolicy policy;
    private final ReturnApprovalPolicy approval;
    private final RecordReturnUseCase ordering;
    private final CustomerNotices notices;
    private final Clock clock;

    RequestReturnService(OrderToReturnQuery orders, ReturnRequests requests, ReturnPolicy policy, ReturnApprovalPolicy approval,
                         RecordReturnUseCase ordering, CustomerNotices notices, Clock clock) {
        this.orders = orders;
        this.requests = requests;
        this.policy = policy;
        this.approval = approval;
        this.ordering = ordering;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnView request(RequestReturn command) {
        requests.hold(command.orderId());
        var order = orders.toReturn(command.orderId(), command.by());
        var id = command.key() == null ? UUID.randomUUID() : command.key().derivedId();
        var made = requests.byId(id).filter(existing -> existing.orderId().equals(order.id()));
        if (made.isPresent()) {
            return ReturnView.of(made.get(), made.get().version()); // the same request, sent again with its key
        }
        var delivery = order.delivery(command.shipmentId()).orElseThrow(() -> new InvalidValueException("shipment "
                + command.shipmentId() + " of order " + order.id() + " has not been shipped (or is not the order's)"));
        var others = requests.ofOrder(order.id());
        var now = clock.instant();
        var request = ReturnRequest.request(id, order.id(), order.customerId(), returnable(order, delivery, others),
                command.lines(), command.reasonCode(), command.comment(), command.photos(), command.exchange(), policy, now);
        var facts = new ReturnApprovalPolicy.Facts(request.reason(), value(order, request, others), order.customerOrdersLastYear(),
                requests.countRequestedBy(order.customerId(), now.minus(YEAR)),
                policy.leftInWindow(delivery.deliveredAt(), now));
        var rule = approval.approvingRule(facts);
        rule.ifPresent(approving -> request.approve(DecidedBy.rule(approving.name()), now));
        long version = requests.save(request);
        int units = request.lines().stream().mapToInt(line -> line.quantity().value()).sum();
        ordering.record(new ReturnNews(order.id(), RecordReturnUseCase.Step.REQUESTED, "return " + id + " of " + units
                + " unit(s) requested: " + request.reason().code(), Standing.OPEN, command.by(), now, null));
        rule.ifPresent(approving -> ordering.record(new ReturnNews(order.id(), RecordReturnUseCase.Step.APPROVED,
                "return " + id + " approved by rule " + approving.name(), Standing.OPEN, null, now, null)));
        if (request.isDecided()) {
            notices.tell(ReturnsOfOrder.decided(request));
        }
        return ReturnView.of(request, version);
    }

    /** What the shipment delivered, less what the order's requests (but rejected ones) took of it. */
    private static ReturnableShipment returnable(OrderToReturn order, OrderToReturn.Delivery delivery, List<ReturnRequest> others) {
        var lines = new HashMap<Integer, ReturnableShipment.Line>();
        delivery.units().forEach((lineNumber, units) -> {
            int taken = others.stream().filter(other -> other.shipmentId().equals(delivery.shipmentId()))
                    .mapToInt(other -> other.takes(lineNumber)).sum();
            var line = order.line(lineNumber).orElseThrow(() -> new IllegalStateException("order " + order.id()
                    + " delivered units of a line it does not have: " + lineNumber));
            lines.put(lineNumber, new ReturnableShipment.Line(line.sku(), units, Math.min(taken, units)));
        });
        return new ReturnableShipment(delivery.shipmentId(), delivery.deliveredAt(), lines);
    }

    /** What was paid for the units asked back, each line counted after the units the order's other requests took. */
    private static Money value(OrderToReturn order, ReturnRequest request, List<ReturnRequest> others) {
        var paid = order.lines().stream().map(line -> new ReturnRefund.PaidLine(line.lineNumber(), line.quantity(), line.paid(),
                Math.min(line.quantity(), others.stream().mapToInt(other -> other.takes(line.lineNumber())).sum()))).toList();
        return ReturnRefund.valueOf(paid, request.lines(), order.refundable().currency());
    }
}
