package io.orderservice.ordering.domain.event;

import io.orderservice.shared.OrderId;
import java.time.Instant;

/**
 * What an order tells someone outside its own history — its customer about units waiting for a restock, a supplier
 * about units to ship directly. Recorded by the order like its events and published when it is saved, but not part of
 * its history: notices carry no sequence.
 */
public sealed interface OrderNotice permits BackorderNotification, DropShipRequested {

    OrderId orderId();

    Instant occurredAt();
}
