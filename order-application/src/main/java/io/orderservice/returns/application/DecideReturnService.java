package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.returns.application.port.in.DecideReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnChangedException;
import io.orderservice.returns.application.port.in.ReturnNotFoundException;
import io.orderservice.returns.application.port.in.ReturnView;
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
    private final RecordReturnUseCase ordering;
    private final Clock clock;

    DecideReturnService(ReturnRequests requests, RecordReturnUseCase ordering, Clock clock) {
        this.requests = requests;
        this.ordering = ordering;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnView decide(DecideReturn command) {
        if (!command.by().reachesEveryCustomer()) {
            throw new AccessRefusedException("return requests are decided by the shop's staff");
        }
        requests.hold(command.orderId());
        var request = requests.byId(command.returnId()).filter(found -> found.orderId().equals(command.orderId()))
                .orElseThrow(() -> new ReturnNotFoundException(command.orderId(), command.returnId()));
        if (command.expectedVersion() != null && !command.expectedVersion().equals(request.version())) {
            throw new ReturnChangedException(request.id(), request.version(), command.expectedVersion());
        }
        var by = DecidedBy.operator(command.by().subject());
        var now = clock.instant();
        switch (command.outcome()) {
            case APPROVE -> request.approve(by, now);
            case APPROVE_PARTLY -> request.approvePartly(command.approved(), command.reason(), by, now);
            case REJECT -> request.reject(command.reason(), by, now);
        }
        long version = requests.save(request);
        boolean othersOpen = requests.ofOrder(command.orderId()).stream()
                .anyMatch(other -> !other.id().equals(request.id()) && other.status() != ReturnRequest.Status.REJECTED);
        var rejected = request.status() == ReturnRequest.Status.REJECTED;
        ordering.record(new ReturnNews(command.orderId(), rejected ? RecordReturnUseCase.Step.REJECTED
                : RecordReturnUseCase.Step.APPROVED, "return " + request.id() + (rejected ? " rejected: " + command.reason()
                : request.status() == ReturnRequest.Status.APPROVED ? " approved" : " approved in part: " + command.reason()),
                othersOpen, command.by(), now));
        return ReturnView.of(request, version);
    }
}
