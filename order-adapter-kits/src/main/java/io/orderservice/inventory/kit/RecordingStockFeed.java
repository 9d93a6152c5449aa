package io.orderservice.inventory.kit;

import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The service's side of a stock feed, for {@link StockFeedContract}: refuses what the service refuses (an event without
 * an id, a receipt of no units, a negative count) with {@link InvalidValueException}, applies each event id of a source
 * once (the inbox), records every delivery, and can fail like a database that is restarting. Wire it where the adapter
 * would get the service's {@link FollowStockFeedUseCase}.
 */
public final class RecordingStockFeed implements FollowStockFeedUseCase {

    /** One call of {@link #apply}, whatever came of it. */
    public record Delivery(String source, String eventId, StockEvent event, boolean applied) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();
    private final Set<String> inbox = new HashSet<>();
    private int failuresToCome;

    @Override
    public synchronized boolean apply(String source, String eventId, StockEvent event) {
        FollowStockFeedUseCase.requireEventId(eventId);
        if (event instanceof Received received && received.units() < 1) {
            throw new InvalidValueException("a receipt is for at least one unit");
        }
        if (event instanceof Counted counted && counted.onHand() < 0) {
            throw new InvalidValueException("units on hand are zero or more");
        }
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("the stock database is restarting");
        }
        boolean applied = inbox.add(source + "\n" + eventId);
        deliveries.add(new Delivery(source, eventId, event, applied));
        return applied;
    }

    /** The next {@code times} calls fail as a database restarting would (nothing applied, nothing recorded). */
    public synchronized void failNext(int times) {
        failuresToCome = times;
    }

    /** Every delivery of an event about this SKU that reached the service, in the order it came. */
    public synchronized List<Delivery> deliveries(Sku sku) {
        return deliveries.stream().filter(delivery -> sku.equals(skuOf(delivery.event()))).toList();
    }

    /** The events about this SKU the service applied, in the order it applied them. */
    public List<StockEvent> applied(Sku sku) {
        return deliveries(sku).stream().filter(Delivery::applied).map(Delivery::event).toList();
    }

    private static Sku skuOf(StockEvent event) {
        return event instanceof Received received ? received.sku() : ((Counted) event).sku();
    }
}
