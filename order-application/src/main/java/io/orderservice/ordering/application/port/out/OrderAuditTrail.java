package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.GetOrderAuditQuery.AuditEntry;
import io.orderservice.shared.OrderId;
import java.util.List;

/** Reads the audit trail the database keeps of every order (see {@link io.orderservice.ordering.application.port.in.GetOrderAuditQuery}). */
public interface OrderAuditTrail {

    List<AuditEntry> of(OrderId orderId);
}
