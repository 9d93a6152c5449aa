package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.RateOrderUseCase;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.OrderSatisfactions;
import io.orderservice.ordering.domain.SatisfactionRating;
import io.orderservice.shared.OrderId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RateOrderService implements RateOrderUseCase, RateOrderUseCase.Query {

    private final OrderRepository orders;
    private final OrderSatisfactions satisfactions;
    private final Clock clock;

    RateOrderService(OrderRepository orders, OrderSatisfactions satisfactions, Clock clock) {
        this.orders = orders;
        this.satisfactions = satisfactions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Rated rate(OrderId orderId, SatisfactionRating rating) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        if (!SatisfactionRating.open(order.status())) {
            throw new NotDeliveredYetException(orderId, order.status());
        }
        var rated = new Rated(rating, clock.instant());
        satisfactions.save(orderId, rated);
        return rated;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rated> ratingOf(OrderId orderId) {
        if (orders.findById(orderId).isEmpty()) {
            throw new OrderNotFoundException(orderId);
        }
        return satisfactions.find(orderId);
    }
}
