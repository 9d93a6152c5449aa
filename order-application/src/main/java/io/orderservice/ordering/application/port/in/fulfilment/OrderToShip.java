package io.orderservice.ordering.application.port.in.fulfilment;

import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Objects;

/**
 * An order as shipping sees it, read when its status allows shipping: what is left to ship of each line, where it
 * goes, and the total its money is taken for before anything leaves.
 *
 * @param version   the stored version it was read at
 * @param toCapture what its payment method pays (its grand total, less what an exchange's return pays of it): taken
 *                  before anything leaves; zero when there is nothing to take
 */
public record OrderToShip(OrderId id, long version, List<Line> lines, Address shipTo, Money toCapture) {

    public OrderToShip {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(toCapture, "toCapture");
    }

    /**
     * @param leftToShip units neither shipped nor given up after a short pick
     */
    public record Line(int lineNumber, Sku sku, int leftToShip) {
        public Line {
            Objects.requireNonNull(sku, "sku");
        }
    }
}
