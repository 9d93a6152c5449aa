package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.Standing;
import io.orderservice.returns.application.port.in.DecideReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.ReturnRequest.DecidedBy;
import io.orderservice.shared.AccessRefusedException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's decision, made with the order's returns held: two operators deciding one request at once get one
 * decision and one refusal. Ordering is told in the same transaction: the order is DELIVERED again when the last open
 * request was rejected.
 */
@Service
class DecideReturnService implements DecideReturnUseCase {

    private final ReturnRequests requests;
    private final OrderToReturnQuery orders;
    private final RecordReturnUseCase ordering;
    private final CustomerNotices notices;
    private final Clock clock;

    DecideReturnService(ReturnRequests requests, OrderToReturnQuery orders, RecordReturnUseCase ordering, CustomerNotices notices,
                        Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.ordering = ordering;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnView decide(DecideReturn command) {
        if (!command.by().reachesEveryCustomer()) {
            throw new AccessRefusedException("return requests are decided by the shop's staff");
        }
        var request = ReturnsOfOrder.held(requests, command.orderId(), command.returnId(), command.expectedVersion());
        var by = DecidedBy.operator(command.by().subject());
        var now = clock.instant();
        switch (command.outcome()) {
            case APPROVE -> request.approve(by, now);
            case APPROVE_PARTLY -> request.approvePartly(command.approved(), command.reason(), by, now);
            case REJECT -> request.reject(command.reason(), by, now);
        }
        long version = requests.save(request);
        var rejected = request.status() == ReturnRequest.Status.REJECTED;
        var standing = rejected ? ReturnsOfOrder.standing(requests.ofOrder(command.orderId()), orders.toReturn(command.orderId(),
                command.by())) : Standing.OPEN;
        ordering.record(new ReturnNews(command.orderId(), rejected ? RecordReturnUseCase.Step.REJECTED
                : RecordReturnUseCase.Step.APPROVED, "return " + request.id() + (rejected ? " rejected: " + command.reason()
                : request.status() == ReturnRequest.Status.APPROVED ? " approved" : " approved in part: " + command.reason()),
                standing, command.by(), now, null));
        notices.tell(ReturnsOfOrder.decided(request));
        return ReturnView.of(request, version);
    }
}
