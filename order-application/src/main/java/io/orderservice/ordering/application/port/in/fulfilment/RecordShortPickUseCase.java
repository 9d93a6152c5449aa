package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import java.util.Map;
import java.util.Objects;

/**
 * What became of units a location could not find, as fulfilment resolved them with the stock: units that wait for a
 * restock make the order wait (BACKORDERED, its customer told); units no one has are given up as
 * {@link io.orderservice.ordering.domain.ShortPickRule} says — taken off the order and re-priced, refunded
 * (will-not-ship), or the order cancelled — and an internal note says what happened. Runs in the caller's
 * transaction, under the order's row lock; a re-priced order whose payment does not cover its new total rolls it back
 * for {@link CoverPaymentUseCase} to have it authorised again.
 */
public interface RecordShortPickUseCase {

    /** @return the order afterwards */
    OrderView recordShortPick(ShortPickNews news);

    /**
     * @param missing     units the location could not find
     * @param reallocated units held at other locations now, by location
     * @param backordered units that wait for a restock
     * @param unavailable units no one has
     * @param reason      what the location said happened, or null
     */
    record ShortPickNews(OrderId orderId, int lineNumber, String location, int missing, Map<String, Integer> reallocated,
                         int backordered, int unavailable, String reason, Caller by) {
        public ShortPickNews {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(location, "location");
            reallocated = Map.copyOf(reallocated);
            Objects.requireNonNull(by, "by");
            if (missing < 1 || backordered < 0 || unavailable < 0) {
                throw new InvalidValueException("a short pick is of at least one unit, and none of its outcomes negative");
            }
        }
    }
}
