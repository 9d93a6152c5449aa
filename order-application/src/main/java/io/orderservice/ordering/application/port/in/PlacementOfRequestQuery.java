package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The order a placement request with this key stored, if one did: how a caller that lost a placement's answer (its
 * process was killed while the saga ran) learns whether the order exists before it tries anything else.
 */
@NamedInterface("placement")
public interface PlacementOfRequestQuery {

    Optional<OrderId> placedBy(RequestKey key);
}
