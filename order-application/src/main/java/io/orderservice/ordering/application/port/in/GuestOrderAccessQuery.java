package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import java.util.Optional;

/**
 * Who a guest order's access token speaks for: the guest of that one order (role guest, the order's customer), if
 * the token is the order's. A guest reads, cancels and tracks that order and nothing else (docs/security.md).
 */
public interface GuestOrderAccessQuery {

    Optional<Caller> guestOf(OrderId orderId, String accessToken);
}
