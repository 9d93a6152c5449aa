package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.GetOrderAuditQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.OrderAuditTrail;
import io.orderservice.shared.OrderId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetOrderAuditService implements GetOrderAuditQuery {

    private final OrderAuditTrail trail;

    GetOrderAuditService(OrderAuditTrail trail) {
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(OrderId orderId) {
        var entries = trail.of(orderId);
        if (entries.isEmpty()) {
            throw new OrderNotFoundException(orderId);
        }
        return entries;
    }
}
