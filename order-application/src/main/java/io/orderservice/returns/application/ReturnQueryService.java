package io.orderservice.returns.application;

import io.orderservice.returns.application.port.in.ReturnNotFoundException;
import io.orderservice.returns.application.port.in.ReturnQueries;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Return requests as their customer and the shop's staff see them; a customer sees only their own. */
@Service
class ReturnQueryService implements ReturnQueries {

    static final int MAX_PAGE = 200;

    private final ReturnRequests requests;

    ReturnQueryService(ReturnRequests requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReturnView> ofOrder(OrderId orderId, Caller caller) {
        return requests.ofOrder(orderId).stream().filter(request -> caller.reaches(request.customerId()))
                .map(request -> ReturnView.of(request, request.version())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReturnView one(OrderId orderId, UUID returnId, Caller caller) {
        return requests.byId(returnId).filter(request -> request.orderId().equals(orderId) && caller.reaches(request.customerId()))
                .map(request -> ReturnView.of(request, request.version()))
                .orElseThrow(() -> new ReturnNotFoundException(orderId, returnId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReturnView> awaitingDecision(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("a page has 1 to " + MAX_PAGE + " return requests, not " + limit);
        }
        return requests.awaitingDecision(limit).stream().map(request -> ReturnView.of(request, request.version())).toList();
    }
}
