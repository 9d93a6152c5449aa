package io.orderservice.inventory.persistence;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reserves stock with row locks: the stock rows of an order are locked in SKU order (so two orders
 * never deadlock), checked, and only then decremented. Concurrent orders for the last unit serialise
 * on the row; one gets it, the other learns the shortage. Runs in the caller's transaction.
 */
@Component
class StockReservationAdapter implements StockReservations, StockAllocations {

    /** The skeleton has one warehouse; the fulfilment issue adds allocation across several. */
    static final String WAREHOUSE = "MAIN";

    private final NamedParameterJdbcTemplate jdbc;

    StockReservationAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines) {
        var sorted = lines.stream().sorted(Comparator.comparing(line -> line.sku().value())).toList();
        var available = lockAvailable(sorted);
        var shortages = new ArrayList<Shortage>();
        for (var line : sorted) {
            int onShelf = available.getOrDefault(line.sku().value(), 0);
            if (onShelf < line.quantity().value()) {
                shortages.add(new Shortage(line.sku(), line.quantity().value(), onShelf));
            }
        }
        if (!shortages.isEmpty()) {
            return new InsufficientStock(shortages);
        }
        var rows = sorted.stream().map(line -> new MapSqlParameterSource()
                .addValue("orderId", orderId.value())
                .addValue("warehouse", WAREHOUSE)
                .addValue("sku", line.sku().value())
                .addValue("quantity", line.quantity().value())).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                UPDATE stock_level SET reserved = reserved + :quantity
                WHERE warehouse_code = :warehouse AND sku = :sku""", rows);
        jdbc.batchUpdate("""
                INSERT INTO stock_reservation (order_id, sku, warehouse_code, quantity, status)
                VALUES (:orderId, :sku, :warehouse, :quantity, 'HELD')""", rows);
        return new Reserved();
    }

    private Map<String, Integer> lockAvailable(List<RequestedLine> sorted) {
        var available = new HashMap<String, Integer>();
        jdbc.query("""
                        SELECT sku, on_hand - reserved AS available FROM stock_level
                        WHERE warehouse_code = :warehouse AND sku IN (:skus)
                        ORDER BY sku
                        FOR UPDATE""",
                new MapSqlParameterSource("warehouse", WAREHOUSE)
                        .addValue("skus", sorted.stream().map(RequestedLine::sku).map(Sku::value).toList()),
                row -> {
                    available.put(row.getString("sku"), row.getInt("available"));
                });
        return available;
    }

    @Override
    public int allocateHeldFor(OrderId orderId) {
        return jdbc.update("""
                UPDATE stock_reservation SET status = 'ALLOCATED'
                WHERE order_id = :orderId AND status = 'HELD'""", Map.of("orderId", orderId.value()));
    }
}
