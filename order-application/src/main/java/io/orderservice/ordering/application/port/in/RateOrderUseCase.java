package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.SatisfactionRating;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer says how satisfied they are with an order, once it was delivered; rating again replaces the rating.
 *
 * @throws OrderNotFoundException      when there is no such order
 * @throws NotDeliveredYetException    before the order was delivered (nothing to rate yet)
 */
public interface RateOrderUseCase {

    Rated rate(OrderId orderId, SatisfactionRating rating);

    record Rated(SatisfactionRating rating, Instant ratedAt) {
        public Rated {
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(ratedAt, "ratedAt");
        }
    }

    /** The customer's rating of an order, if they gave one. */
    interface Query {
        /** @throws OrderNotFoundException when there is no such order */
        Optional<Rated> ratingOf(OrderId orderId);
    }

    class NotDeliveredYetException extends RuntimeException {
        private final OrderStatus status;

        public NotDeliveredYetException(OrderId orderId, OrderStatus status) {
            super("order " + orderId + " is " + status + ": it can be rated once it was delivered");
            this.status = status;
        }

        public OrderStatus status() {
            return status;
        }
    }
}
