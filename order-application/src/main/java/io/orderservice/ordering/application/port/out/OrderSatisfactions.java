package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.application.port.in.RateOrderUseCase.Rated;
import io.orderservice.shared.OrderId;
import java.util.Optional;

/** Customers' ratings of their orders, one per order (a new one replaces it). */
public interface OrderSatisfactions {

    void save(OrderId orderId, Rated rated);

    Optional<Rated> find(OrderId orderId);
}
