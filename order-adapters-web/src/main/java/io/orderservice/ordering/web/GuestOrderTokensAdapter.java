package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.GuestOrderAccessQuery;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.web.GuestOrderTokens;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class GuestOrderTokensAdapter implements GuestOrderTokens {

    private final GuestOrderAccessQuery access;

    GuestOrderTokensAdapter(GuestOrderAccessQuery access) {
        this.access = access;
    }

    @Override
    public Optional<Caller> guestOf(String orderId, String accessToken) {
        try {
            return access.guestOf(new OrderId(UUID.fromString(orderId)), accessToken);
        } catch (IllegalArgumentException notAnOrderId) {
            return Optional.empty();
        }
    }
}
