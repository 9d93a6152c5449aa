package io.orderservice.inventory.domain;

import io.orderservice.inventory.domain.event.BackorderFilled;
import io.orderservice.inventory.domain.event.RestockPostponed;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SKU's open backorders, oldest first, and how they are served: first come, first served. The oldest takes what it
 * still wants before the next gets any (a partial fill keeps its place), so nobody who ordered later is served earlier.
 * The queue records what its orders are told: a backorder filled completely ({@link BackorderFilled}), a restock
 * expected later than before ({@link RestockPostponed}, one per waiting backorder).
 *
 * @param oldestFirst the SKU's backorders still waiting for units, in the order they were made
 */
public record BackorderQueue(Sku sku, List<Waiting> oldestFirst) {

    public BackorderQueue {
        Objects.requireNonNull(sku, "sku");
        oldestFirst = List.copyOf(oldestFirst);
    }

    /**
     * One open backorder of the SKU.
     *
     * @param id       the backorder's own id, for the store to apply a fill to
     * @param quantity the units it asked for
     * @param waiting  the units it still waits for: at least one, at most {@code quantity}
     */
    public record Waiting(long id, OrderId orderId, int quantity, int waiting) {
        public Waiting {
            Objects.requireNonNull(orderId, "orderId");
            if (waiting < 1 || waiting > quantity) {
                throw new InvalidValueException("a waiting backorder waits for 1 to " + quantity + " units, not " + waiting);
            }
        }
    }

    /** Units given to one backorder from what became available. */
    public record Fill(Waiting backorder, int units) {
    }

    /** What serving decided: the fills in the queue's order, and what the orders whose backorder is now full are told. */
    public record Served(List<Fill> fills, List<BackorderFilled> filled) {
        public Served {
            fills = List.copyOf(fills);
            filled = List.copyOf(filled);
        }

        public int given() {
            return fills.stream().mapToInt(Fill::units).sum();
        }
    }

    /** Serves the queue from {@code available} units, oldest backorder first. */
    public Served serve(int available, Instant at) {
        if (available < 0) {
            throw new InvalidValueException("available units cannot be negative: " + available);
        }
        var fills = new ArrayList<Fill>();
        var filled = new ArrayList<BackorderFilled>();
        int left = available;
        for (var backorder : oldestFirst) {
            if (left == 0) {
                break;
            }
            int units = Math.min(backorder.waiting(), left);
            fills.add(new Fill(backorder, units));
            left -= units;
            if (units == backorder.waiting()) {
                filled.add(new BackorderFilled(backorder.orderId(), sku, backorder.quantity(), at));
            }
        }
        return new Served(fills, filled);
    }

    /**
     * The SKU's policy changes from {@code before} to {@code after}: when the restock is now expected later, every
     * waiting backorder's order is told; otherwise nobody is.
     */
    public List<RestockPostponed> restockMoved(StockItem before, StockItem after, Instant at) {
        if (!before.postponedBy(after)) {
            return List.of();
        }
        return oldestFirst.stream().map(backorder -> new RestockPostponed(backorder.orderId(), sku, backorder.waiting(),
                before.restockExpected(), after.restockExpected(), at)).toList();
    }
}
