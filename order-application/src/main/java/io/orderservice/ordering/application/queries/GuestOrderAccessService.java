package io.orderservice.ordering.application.queries;

import io.orderservice.ordering.application.port.in.GuestOrderAccessQuery;
import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Role;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GuestOrderAccessService implements GuestOrderAccessQuery {

    private final GuestOrderAccess access;
    private final OrderRepository orders;

    GuestOrderAccessService(GuestOrderAccess access, OrderRepository orders) {
        this.access = access;
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Caller> guestOf(OrderId orderId, String accessToken) {
        return access.tokenSha256Of(orderId)
                .filter(stored -> MessageDigest.isEqual(stored, GuestOrderAccess.sha256(accessToken)))
                .flatMap(matches -> orders.customerOf(orderId))
                .map(customer -> new Caller("guest:" + orderId.value(), Set.of(Role.GUEST), customer, Set.of()));
    }
}
