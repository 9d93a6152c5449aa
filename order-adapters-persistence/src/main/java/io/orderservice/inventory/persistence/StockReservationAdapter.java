package io.orderservice.inventory.persistence;

import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reserves stock with row locks, in one statement: the stock rows of an order are locked in SKU order
 * (so two orders never deadlock), checked, and only if every line is covered decremented and recorded
 * as held. Concurrent orders for the last unit serialise on the row; one gets it, the other learns the
 * shortage. One round trip keeps the locks held for as short as possible (ADR 0013). Runs in the
 * caller's transaction.
 */
@Component
class StockReservationAdapter implements StockReservations, StockAllocations {

    /** The skeleton has one warehouse; the fulfilment issue adds allocation across several. */
    static final String WAREHOUSE = "MAIN";

    /*
     * Lines of the same SKU are summed first. FOR UPDATE under READ COMMITTED returns the latest
     * committed version of each row after waiting for its lock, so "available" is current; the UPDATE
     * re-reads the same locked rows. The CTE with FOR UPDATE is never inlined (it has row marks), and
     * data-modifying CTEs always run to completion, so the statement's result is only the shortages.
     */
    private static final String RESERVE = """
            WITH requested AS (
                SELECT sku, sum(quantity)::int AS quantity
                FROM unnest(:skus::varchar[], :quantities::int[]) AS line(sku, quantity)
                GROUP BY sku
            ), locked AS (
                SELECT s.sku, s.on_hand - s.reserved AS available
                FROM stock_level s
                WHERE s.warehouse_code = :warehouse AND s.sku IN (SELECT sku FROM requested)
                ORDER BY s.sku
                FOR UPDATE
            ), shortage AS (
                SELECT r.sku, r.quantity, coalesce(l.available, 0) AS available
                FROM requested r LEFT JOIN locked l ON l.sku = r.sku
                WHERE coalesce(l.available, 0) < r.quantity
            ), held AS (
                UPDATE stock_level s SET reserved = s.reserved + r.quantity
                FROM requested r
                WHERE s.warehouse_code = :warehouse AND s.sku = r.sku AND NOT EXISTS (SELECT 1 FROM shortage)
                RETURNING s.sku
            ), recorded AS (
                INSERT INTO stock_reservation (order_id, sku, warehouse_code, quantity, status)
                SELECT :orderId, r.sku, :warehouse, r.quantity, 'HELD'
                FROM requested r
                WHERE NOT EXISTS (SELECT 1 FROM shortage)
                RETURNING sku
            )
            SELECT sku, quantity, available FROM shortage ORDER BY sku""";

    /*
     * The difference between what the order wants now and what it holds, per SKU, is applied in one statement:
     * the stock rows of the SKUs that change are locked (in SKU order, like reserving), a SKU whose increase is
     * not on the shelf is a shortage and then nothing is written; otherwise the shelf's reserved quantities move
     * by the difference, the order's reservation rows take the new quantities (a SKU newly ordered gets one, as
     * ALLOCATED: the order is placed), and a SKU no longer ordered is released. The writes touch disjoint rows.
     */
    private static final String ADJUST = """
            WITH wanted AS (
                SELECT sku, sum(quantity)::int AS quantity
                FROM unnest(:skus::varchar[], :quantities::int[]) AS line(sku, quantity)
                GROUP BY sku
            ), held AS (
                SELECT sku, quantity FROM stock_reservation
                WHERE order_id = :orderId AND warehouse_code = :warehouse AND status IN ('HELD', 'ALLOCATED')
            ), delta AS (
                SELECT coalesce(w.sku, h.sku) AS sku, coalesce(w.quantity, 0) AS wanted, coalesce(h.quantity, 0) AS held,
                       coalesce(w.quantity, 0) - coalesce(h.quantity, 0) AS change
                FROM wanted w FULL JOIN held h ON h.sku = w.sku
            ), locked AS (
                SELECT s.sku, s.on_hand - s.reserved AS available
                FROM stock_level s
                WHERE s.warehouse_code = :warehouse AND s.sku IN (SELECT sku FROM delta WHERE change <> 0)
                ORDER BY s.sku
                FOR UPDATE
            ), shortage AS (
                SELECT d.sku, d.wanted AS quantity, coalesce(l.available, 0) + d.held AS available
                FROM delta d LEFT JOIN locked l ON l.sku = d.sku
                WHERE d.change > 0 AND coalesce(l.available, 0) < d.change
            ), shelved AS (
                UPDATE stock_level s SET reserved = s.reserved + d.change
                FROM delta d
                WHERE s.warehouse_code = :warehouse AND s.sku = d.sku AND d.change <> 0 AND NOT EXISTS (SELECT 1 FROM shortage)
                RETURNING s.sku
            ), kept AS (
                INSERT INTO stock_reservation (order_id, sku, warehouse_code, quantity, status)
                SELECT :orderId, d.sku, :warehouse, d.wanted, 'ALLOCATED'
                FROM delta d
                WHERE d.wanted > 0 AND d.change <> 0 AND NOT EXISTS (SELECT 1 FROM shortage)
                ON CONFLICT (order_id, sku, warehouse_code) DO UPDATE SET quantity = excluded.quantity,
                    status = CASE WHEN stock_reservation.status IN ('HELD', 'ALLOCATED') THEN stock_reservation.status
                                  ELSE excluded.status END
                RETURNING sku
            ), dropped AS (
                UPDATE stock_reservation r SET status = 'RELEASED'
                FROM delta d
                WHERE r.order_id = :orderId AND r.warehouse_code = :warehouse AND r.sku = d.sku AND d.wanted = 0
                  AND NOT EXISTS (SELECT 1 FROM shortage)
                RETURNING r.sku
            )
            SELECT sku, quantity, available FROM shortage ORDER BY sku""";

    private final NamedParameterJdbcTemplate jdbc;

    StockReservationAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines) {
        return run(RESERVE, orderId, lines);
    }

    @Override
    public ReservationOutcome adjust(OrderId orderId, List<RequestedLine> lines) {
        return run(ADJUST, orderId, lines);
    }

    private ReservationOutcome run(String statement, OrderId orderId, List<RequestedLine> lines) {
        var requested = new TreeMap<String, Integer>();
        lines.forEach(line -> requested.merge(line.sku().value(), line.quantity().value(), Integer::sum));
        var parameters = new MapSqlParameterSource()
                .addValue("orderId", orderId.value())
                .addValue("warehouse", WAREHOUSE)
                .addValue("skus", requested.keySet().toArray(String[]::new))
                .addValue("quantities", requested.values().stream().mapToInt(Integer::intValue).toArray());
        var shortages = jdbc.query(statement, parameters, (row, number) ->
                new Shortage(new Sku(row.getString("sku")), row.getInt("quantity"), row.getInt("available")));
        return shortages.isEmpty() ? new Reserved() : new InsufficientStock(shortages);
    }

    @Override
    public int confirm(OrderId orderId) {
        return allocateHeldFor(orderId);
    }

    @Override
    public int release(OrderId orderId) {
        return releaseFor(orderId);
    }

    @Override
    public int releaseFor(OrderId orderId) {
        // One statement: the reservations end and their quantities go back on the shelf together.
        return jdbc.queryForObject("""
                WITH released AS (
                    UPDATE stock_reservation SET status = 'RELEASED'
                    WHERE order_id = :orderId AND status IN ('HELD', 'ALLOCATED')
                    RETURNING sku, warehouse_code, quantity
                ), restocked AS (
                    UPDATE stock_level s SET reserved = s.reserved - r.quantity
                    FROM released r
                    WHERE s.warehouse_code = r.warehouse_code AND s.sku = r.sku
                    RETURNING s.sku
                )
                SELECT count(*) FROM released""", Map.of("orderId", orderId.value()), Integer.class);
    }

    @Override
    public int allocateHeldFor(OrderId orderId) {
        return jdbc.update("""
                UPDATE stock_reservation SET status = 'ALLOCATED'
                WHERE order_id = :orderId AND status = 'HELD'""", Map.of("orderId", orderId.value()));
    }
}
