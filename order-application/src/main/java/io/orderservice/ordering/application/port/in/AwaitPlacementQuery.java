package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;
import java.time.Duration;
import org.springframework.modulith.NamedInterface;

/**
 * Waits up to {@code patience} for an order's placement saga to come to rest, then says where it stands.
 * (An order waiting for an approver is at rest already: callers need not wait for it.)
 * A placement that was refused meanwhile throws {@link OrderPlacementRefusedException} naming the order.
 */
@NamedInterface("placement")
public interface AwaitPlacementQuery {

    PlacementAnswer await(OrderId orderId, Duration patience);
}
