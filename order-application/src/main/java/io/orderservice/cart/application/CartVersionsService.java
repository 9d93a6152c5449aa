package io.orderservice.cart.application;

import io.orderservice.cart.application.port.in.CartVersionsQuery;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.CartId;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class CartVersionsService implements CartVersionsQuery {

    private final Carts carts;

    CartVersionsService(Carts carts) {
        this.carts = carts;
    }

    @Override
    public Map<CartId, Long> versionsOf(Collection<CartId> ids) {
        return ids.isEmpty() ? Map.of() : carts.versionsOf(ids);
    }
}
