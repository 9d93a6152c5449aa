package io.orderservice.inventory.persistence;

import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.application.port.out.StockAllocations;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.domain.Allocation;
import io.orderservice.inventory.domain.GeoPoint;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.inventory.domain.StockLocation.Kind;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stock tables: {@code stock_level} per location and SKU, {@code stock_reservation} per order, SKU and location,
 * {@code stock_location}. Locking reads the rows of every active location for the SKUs in SKU-then-location order
 * with {@code FOR UPDATE}, so orders wanting the same SKUs queue on the first one and never deadlock; what is decided
 * on that picture is written before the caller's transaction ends and the locks go (ADR 0018).
 */
@Component
class JdbcStockLedger implements StockLedger, StockAllocations {

    /**
     * The stock rows of the SKUs at every active location, with the location, locked in one order (the benchmark's
     * ceiling runs it too). A location without a row for any of the SKUs has nothing to give the order.
     */
    static final String LOCK_STOCK = """
            SELECT s.warehouse_code, s.sku, s.on_hand - s.reserved AS available, l.kind, l.latitude, l.longitude
            FROM stock_level s JOIN stock_location l ON l.code = s.warehouse_code AND l.active
            WHERE s.sku = ANY(:skus::varchar[])
            ORDER BY s.sku, s.warehouse_code
            FOR UPDATE OF s""";

    /**
     * The placement's confirmation: what is held becomes allocated, held backorders join the queue; counts both and,
     * in the same statement, reads the order's reservations and backorders (one row each, and a row with the count
     * alone when nothing was allocated now). The reads see the rows as the statement found them, before its updates:
     * what they read does not change with the allocation (a reservation's status is not read, and every backorder read
     * is in the queue after it). They are the order's rows after the allocation when it allocated something: its saga's
     * lock keeps the order's other changes out, and a hold expires all at once. (The benchmark's database ceiling runs it
     * too.)
     */
    static final String ALLOCATE_HELD = """
            WITH queued AS (
                UPDATE stock_backorder SET status = 'WAITING' WHERE order_id = :orderId AND status = 'HELD' RETURNING id
            ), allocated AS (
                UPDATE stock_reservation SET status = 'ALLOCATED' WHERE order_id = :orderId AND status = 'HELD' RETURNING sku
            ), counted AS (
                SELECT (SELECT count(*) FROM queued) + (SELECT count(*) FROM allocated) AS allocated_now
            )
            SELECT c.allocated_now, o.* FROM counted c LEFT JOIN (
                SELECT 'RESERVATION' AS row_kind, r.warehouse_code, l.kind, l.latitude, l.longitude, r.sku, r.quantity,
                       r.committed, NULL::bigint AS id, NULL::int AS filled, NULL::timestamptz AS created_at
                FROM stock_reservation r JOIN stock_location l ON l.code = r.warehouse_code
                WHERE r.order_id = :orderId AND r.status NOT IN ('RELEASED', 'EXPIRED')
                UNION ALL
                SELECT 'BACKORDER', NULL, NULL, NULL, NULL, b.sku, b.quantity, NULL, b.id, b.filled, b.created_at
                FROM stock_backorder b
                WHERE b.order_id = :orderId AND b.status IN ('HELD', 'WAITING', 'FILLED')
            ) o ON c.allocated_now > 0
            ORDER BY o.row_kind DESC, o.id, o.warehouse_code, o.sku""";

    /*
     * One statement: the shelves' reserved quantities go up and the reservation rows are written (a row the order
     * held before and released takes the new quantity and status). The stock rows are locked already (LOCK_STOCK).
     */
    static final String HOLD = """
            WITH held AS (
                SELECT * FROM unnest(:locations::varchar[], :skus::varchar[], :quantities::int[]) AS h(location, sku, quantity)
            ), shelved AS (
                UPDATE stock_level s SET reserved = s.reserved + h.quantity
                FROM held h
                WHERE s.warehouse_code = h.location AND s.sku = h.sku
                RETURNING s.sku
            )
            INSERT INTO stock_reservation (order_id, sku, warehouse_code, quantity, status)
            SELECT :orderId, h.sku, h.location, h.quantity, :status FROM held h
            ON CONFLICT (order_id, sku, warehouse_code) DO UPDATE SET quantity = excluded.quantity, status = excluded.status,
                committed = 0""";

    private static final String BACKORDER_COLUMNS = "id, order_id, sku, quantity, filled, status, created_at";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcStockLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StockPosition lock(Collection<Sku> skus) {
        var locations = new LinkedHashMap<String, StockLocation>();
        var available = new HashMap<String, Map<Sku, Integer>>();
        if (!skus.isEmpty()) {
            jdbc.query(LOCK_STOCK, new MapSqlParameterSource("skus", skus.stream().map(Sku::value).toArray(String[]::new)), row -> {
                var code = row.getString("warehouse_code");
                var kind = Kind.valueOf(row.getString("kind"));
                var latitude = row.getBigDecimal("latitude");
                var longitude = row.getBigDecimal("longitude");
                locations.computeIfAbsent(code, ignored -> new StockLocation(code, kind,
                        latitude == null || longitude == null ? null : new GeoPoint(latitude.doubleValue(), longitude.doubleValue())));
                available.computeIfAbsent(code, ignored -> new HashMap<>()).put(new Sku(row.getString("sku")), row.getInt("available"));
            });
        }
        return new StockPosition(List.copyOf(locations.values()), available);
    }

    @Override
    public Map<String, Map<Sku, Integer>> heldBy(OrderId orderId) {
        var held = new HashMap<String, Map<Sku, Integer>>();
        jdbc.query("""
                        SELECT warehouse_code, sku, quantity - committed AS quantity FROM stock_reservation
                        WHERE order_id = :orderId AND status IN ('HELD', 'ALLOCATED')""",
                Map.of("orderId", orderId.value()), row -> {
                    held.computeIfAbsent(row.getString("warehouse_code"), ignored -> new HashMap<>())
                            .put(new Sku(row.getString("sku")), row.getInt("quantity"));
                });
        return held;
    }

    @Override
    public void hold(OrderId orderId, Allocation allocation, Hold hold) {
        var locations = new ArrayList<String>();
        var skus = new ArrayList<String>();
        var quantities = new ArrayList<Integer>();
        for (var group : allocation.groups()) {
            for (var units : group.lines()) {
                locations.add(group.location().code());
                skus.add(units.sku().value());
                quantities.add(units.quantity());
            }
        }
        if (!allocation.backordered().isEmpty()) {
            jdbc.update("""
                            INSERT INTO stock_backorder (order_id, sku, quantity, status)
                            SELECT :orderId, b.sku, b.quantity, :status
                            FROM unnest(:skus::varchar[], :quantities::int[]) WITH ORDINALITY AS b(sku, quantity, position)
                            ORDER BY b.position""",
                    new MapSqlParameterSource("orderId", orderId.value())
                            .addValue("skus", allocation.backordered().stream().map(units -> units.sku().value()).toArray(String[]::new))
                            .addValue("quantities", allocation.backordered().stream().mapToInt(Allocation.Units::quantity).toArray())
                            .addValue("status", hold == Hold.HELD ? "HELD" : "WAITING"));
        }
        if (skus.isEmpty()) {
            return;
        }
        jdbc.update(HOLD,
                new MapSqlParameterSource("orderId", orderId.value())
                        .addValue("locations", locations.toArray(String[]::new))
                        .addValue("skus", skus.toArray(String[]::new))
                        .addValue("quantities", quantities.stream().mapToInt(Integer::intValue).toArray())
                        .addValue("status", hold.name()));
    }

    @Override
    public List<Reservation> reservationsOf(OrderId orderId) {
        return jdbc.query("""
                        SELECT r.warehouse_code, l.kind, l.latitude, l.longitude, r.sku, r.quantity, r.committed
                        FROM stock_reservation r JOIN stock_location l ON l.code = r.warehouse_code
                        WHERE r.order_id = :orderId AND r.status NOT IN ('RELEASED', 'EXPIRED')
                        ORDER BY r.warehouse_code, r.sku""", Map.of("orderId", orderId.value()),
                (row, number) -> reservation(row));
    }

    private static Reservation reservation(ResultSet row) throws SQLException {
        var latitude = row.getBigDecimal("latitude");
        var longitude = row.getBigDecimal("longitude");
        return new Reservation(new StockLocation(row.getString("warehouse_code"), Kind.valueOf(row.getString("kind")),
                latitude == null || longitude == null ? null : new GeoPoint(latitude.doubleValue(), longitude.doubleValue())),
                new Sku(row.getString("sku")), row.getInt("quantity"), row.getInt("committed"));
    }

    /*
     * Row by row, in location order: a shipment is one of few per order, and each step is one statement that
     * commits what the reservation row still holds there and takes it off the shelf in the same statement.
     */
    @Override
    public int commit(OrderId orderId, UUID shipmentId, String location, Sku sku, int units) {
        var before = jdbc.queryForList("SELECT units FROM stock_commitment WHERE shipment_id = :shipment AND sku = :sku",
                new MapSqlParameterSource("shipment", shipmentId).addValue("sku", sku.value()), Integer.class);
        if (!before.isEmpty()) {
            return before.get(0);
        }
        int committed = 0;
        var rows = jdbc.queryForList("""
                        SELECT warehouse_code FROM stock_reservation
                        WHERE order_id = :orderId AND sku = :sku AND status IN ('HELD', 'ALLOCATED')
                          AND (CAST(:location AS varchar) IS NULL OR warehouse_code = :location)
                        ORDER BY warehouse_code""",
                new MapSqlParameterSource("orderId", orderId.value()).addValue("sku", sku.value()).addValue("location", location),
                String.class);
        for (var warehouse : rows) {
            if (committed == units) {
                break;
            }
            Integer taken = jdbc.queryForObject("""
                            WITH open AS (
                                SELECT quantity - committed AS units FROM stock_reservation
                                WHERE order_id = :orderId AND sku = :sku AND warehouse_code = :warehouse
                                FOR UPDATE
                            ), taken AS (
                                UPDATE stock_reservation r
                                SET committed = r.committed + least(:units, o.units),
                                    status = CASE WHEN least(:units, o.units) = o.units THEN 'COMMITTED' ELSE r.status END
                                FROM open o
                                WHERE r.order_id = :orderId AND r.sku = :sku AND r.warehouse_code = :warehouse
                                RETURNING least(:units, o.units) AS units
                            ), shelf AS (
                                UPDATE stock_level s SET on_hand = s.on_hand - t.units, reserved = s.reserved - t.units
                                FROM taken t WHERE s.warehouse_code = :warehouse AND s.sku = :sku
                                RETURNING s.sku
                            )
                            SELECT coalesce(sum(units), 0)::int FROM taken""",
                    new MapSqlParameterSource("orderId", orderId.value()).addValue("sku", sku.value())
                            .addValue("warehouse", warehouse).addValue("units", units - committed), Integer.class);
            committed += taken == null ? 0 : taken;
        }
        jdbc.update("INSERT INTO stock_commitment (shipment_id, sku, units) VALUES (:shipment, :sku, :units)",
                new MapSqlParameterSource("shipment", shipmentId).addValue("sku", sku.value()).addValue("units", committed));
        return committed;
    }

    @Override
    public List<StockLevel> levels(Collection<Sku> skus, boolean forUpdate) {
        return jdbc.query("""
                        SELECT warehouse_code, sku, on_hand, reserved FROM stock_level
                        WHERE sku = ANY(:skus::varchar[])
                        ORDER BY sku, warehouse_code""" + (forUpdate ? " FOR UPDATE" : ""),
                new MapSqlParameterSource("skus", skus.stream().map(Sku::value).toArray(String[]::new)),
                (row, number) -> new StockLevel(row.getString("warehouse_code"), new Sku(row.getString("sku")),
                        row.getInt("on_hand"), row.getInt("reserved")));
    }

    @Override
    public boolean locationExists(String location) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM stock_location WHERE code = :code AND active)",
                Map.of("code", location), Boolean.class));
    }

    @Override
    public void setOnHand(String location, Sku sku, int onHand) {
        jdbc.update("""
                        INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES (:location, :sku, :onHand)
                        ON CONFLICT (warehouse_code, sku) DO UPDATE SET on_hand = excluded.on_hand""",
                new MapSqlParameterSource("location", location).addValue("sku", sku.value()).addValue("onHand", onHand));
    }

    @Override
    public int releaseFor(OrderId orderId) {
        // One statement: the reservations end and their quantities go back on the shelf together; backorders drop out.
        return jdbc.queryForObject("""
                WITH released AS (
                    UPDATE stock_reservation SET status = 'RELEASED'
                    WHERE order_id = :orderId AND status IN ('HELD', 'ALLOCATED')
                    RETURNING sku, warehouse_code, quantity - committed AS quantity
                ), restocked AS (
                    UPDATE stock_level s SET reserved = s.reserved - r.quantity
                    FROM released r
                    WHERE s.warehouse_code = r.warehouse_code AND s.sku = r.sku
                    RETURNING s.sku
                ), dropped AS (
                    UPDATE stock_backorder SET status = 'RELEASED'
                    WHERE order_id = :orderId AND status IN ('HELD', 'WAITING')
                    RETURNING id
                )
                SELECT (SELECT count(*) FROM released) + (SELECT count(*) FROM dropped)""",
                Map.of("orderId", orderId.value()), Integer.class);
    }

    @Override
    public HeldAllocated allocateHeld(OrderId orderId) {
        var allocatedNow = new int[1];
        var reservations = new ArrayList<Reservation>();
        var backorders = new ArrayList<Backorder>();
        jdbc.query(ALLOCATE_HELD, Map.of("orderId", orderId.value()), row -> {
            allocatedNow[0] = row.getInt("allocated_now");
            var kind = row.getString("row_kind");
            if ("RESERVATION".equals(kind)) {
                reservations.add(reservation(row));
            } else if ("BACKORDER".equals(kind)) {
                backorders.add(new Backorder(row.getLong("id"), orderId, new Sku(row.getString("sku")), row.getInt("quantity"),
                        row.getInt("filled"), true, row.getTimestamp("created_at").toInstant()));
            }
        });
        return new HeldAllocated(allocatedNow[0], reservations, backorders);
    }

    /*
     * The shelves concerned are locked first, in the order reserving locks them, so that the sweep never deadlocks
     * with an order being placed; the expired quantities are summed per shelf (one UPDATE changes a row once).
     */
    @Override
    public Set<OrderId> expireHeldBefore(Instant cutoff) {
        var params = new MapSqlParameterSource("cutoff", Timestamp.from(cutoff));
        jdbc.query("""
                SELECT s.sku FROM stock_level s
                WHERE (s.warehouse_code, s.sku) IN (
                    SELECT warehouse_code, sku FROM stock_reservation WHERE status = 'HELD' AND created_at < :cutoff)
                ORDER BY s.sku, s.warehouse_code
                FOR UPDATE""", params, row -> {
        });
        var orders = new LinkedHashSet<OrderId>();
        jdbc.query("""
                WITH expired AS (
                    UPDATE stock_reservation SET status = 'EXPIRED'
                    WHERE status = 'HELD' AND created_at < :cutoff
                    RETURNING order_id, sku, warehouse_code, quantity - committed AS quantity
                ), per_shelf AS (
                    SELECT warehouse_code, sku, sum(quantity) AS quantity FROM expired GROUP BY warehouse_code, sku
                ), restocked AS (
                    UPDATE stock_level s SET reserved = s.reserved - p.quantity
                    FROM per_shelf p
                    WHERE s.warehouse_code = p.warehouse_code AND s.sku = p.sku
                    RETURNING s.sku
                ), lapsed AS (
                    UPDATE stock_backorder SET status = 'EXPIRED'
                    WHERE status = 'HELD' AND created_at < :cutoff
                    RETURNING order_id
                )
                SELECT order_id FROM expired UNION SELECT order_id FROM lapsed""", params,
                row -> {
                    orders.add(new OrderId(row.getObject("order_id", UUID.class)));
                });
        return orders;
    }

    @Override
    public boolean expired(OrderId orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT (EXISTS (SELECT 1 FROM stock_reservation WHERE order_id = :orderId AND status = 'EXPIRED')
                        OR EXISTS (SELECT 1 FROM stock_backorder WHERE order_id = :orderId AND status = 'EXPIRED'))
                   AND NOT EXISTS (SELECT 1 FROM stock_reservation WHERE order_id = :orderId
                                   AND status IN ('HELD', 'ALLOCATED', 'COMMITTED'))
                   AND NOT EXISTS (SELECT 1 FROM stock_backorder WHERE order_id = :orderId
                                   AND status IN ('HELD', 'WAITING', 'FILLED'))""",
                Map.of("orderId", orderId.value()), Boolean.class));
    }

    @Override
    public Map<Sku, StockItem> items(Collection<Sku> skus, ItemLock lock) {
        var items = new LinkedHashMap<Sku, StockItem>();
        if (skus.isEmpty()) {
            return items;
        }
        jdbc.query("""
                        SELECT sku, backorderable, restock_expected FROM stock_item
                        WHERE sku = ANY(:skus::varchar[]) ORDER BY sku""" + switch (lock) {
                    case NONE -> "";
                    case SHARED -> " FOR SHARE";
                    case EXCLUSIVE -> " FOR UPDATE";
                },
                new MapSqlParameterSource("skus", skus.stream().map(Sku::value).distinct().toArray(String[]::new)), row -> {
                    var sku = new Sku(row.getString("sku"));
                    items.put(sku, new StockItem(sku, row.getBoolean("backorderable"), row.getObject("restock_expected", LocalDate.class)));
                });
        return items;
    }

    @Override
    public void setItem(StockItem item) {
        jdbc.update("""
                        INSERT INTO stock_item (sku, backorderable, restock_expected) VALUES (:sku, :backorderable, :expected)
                        ON CONFLICT (sku) DO UPDATE SET backorderable = excluded.backorderable,
                            restock_expected = excluded.restock_expected""",
                new MapSqlParameterSource("sku", item.sku().value()).addValue("backorderable", item.backorderable())
                        .addValue("expected", item.restockExpected()));
    }

    @Override
    public List<Backorder> openBackorders(Sku sku, boolean forUpdate) {
        return jdbc.query("SELECT " + BACKORDER_COLUMNS + """
                         FROM stock_backorder WHERE sku = :sku AND status IN ('HELD', 'WAITING')
                        ORDER BY id""" + (forUpdate ? " FOR UPDATE" : ""),
                Map.of("sku", sku.value()), JdbcStockLedger::backorder);
    }

    @Override
    public List<Backorder> backordersOf(OrderId orderId) {
        return jdbc.query("SELECT " + BACKORDER_COLUMNS + """
                         FROM stock_backorder WHERE order_id = :orderId AND status IN ('HELD', 'WAITING', 'FILLED')
                        ORDER BY id""",
                Map.of("orderId", orderId.value()), JdbcStockLedger::backorder);
    }

    private static Backorder backorder(ResultSet row, int number) throws SQLException {
        return new Backorder(row.getLong("id"), new OrderId(row.getObject("order_id", UUID.class)), new Sku(row.getString("sku")),
                row.getInt("quantity"), row.getInt("filled"), !"HELD".equals(row.getString("status")),
                row.getTimestamp("created_at").toInstant());
    }

    @Override
    public void fill(Backorder backorder, String location, int units) {
        jdbc.update("""
                        UPDATE stock_backorder
                        SET filled = filled + :units, status = CASE WHEN filled + :units = quantity THEN 'FILLED' ELSE status END
                        WHERE id = :id""", new MapSqlParameterSource("id", backorder.id()).addValue("units", units));
        reserveMore(backorder.orderId(), location, backorder.sku(), units, backorder.placed());
    }

    /*
     * One statement: the order's reservation at the location takes the units (a row that had shipped everything, or
     * ended, starts over), and the shelf reserves them.
     */
    @Override
    public void reserveMore(OrderId orderId, String location, Sku sku, int units, boolean placed) {
        jdbc.update("""
                        WITH reserved AS (
                            INSERT INTO stock_reservation AS r (order_id, sku, warehouse_code, quantity, status)
                            VALUES (:orderId, :sku, :location, :units, :status)
                            ON CONFLICT (order_id, sku, warehouse_code) DO UPDATE SET
                                quantity = CASE WHEN r.status IN ('RELEASED', 'EXPIRED') THEN excluded.quantity
                                                ELSE r.quantity + excluded.quantity END,
                                committed = CASE WHEN r.status IN ('RELEASED', 'EXPIRED') THEN 0 ELSE r.committed END,
                                status = CASE WHEN r.status IN ('RELEASED', 'EXPIRED', 'COMMITTED') THEN excluded.status
                                              ELSE r.status END
                            RETURNING r.sku
                        )
                        UPDATE stock_level SET reserved = reserved + :units
                        WHERE warehouse_code = :location AND sku = :sku""",
                new MapSqlParameterSource("orderId", orderId.value()).addValue("units", units).addValue("location", location)
                        .addValue("sku", sku.value()).addValue("status", placed ? "ALLOCATED" : "HELD"));
    }

    /*
     * One statement. A reservation left with no unshipped unit ends: COMMITTED when some shipped, RELEASED (its
     * quantity kept for the record) when none did.
     */
    @Override
    public boolean writeOff(OrderId orderId, String location, Sku sku, int units) {
        return jdbc.update("""
                        WITH written_off AS (
                            UPDATE stock_reservation
                            SET quantity = CASE WHEN quantity - :units = 0 THEN quantity ELSE quantity - :units END,
                                status = CASE WHEN quantity - :units = 0 THEN 'RELEASED'
                                              WHEN quantity - :units = committed THEN 'COMMITTED' ELSE status END
                            WHERE order_id = :orderId AND sku = :sku AND warehouse_code = :location
                              AND status IN ('HELD', 'ALLOCATED') AND quantity - committed >= :units
                            RETURNING sku
                        )
                        UPDATE stock_level SET on_hand = on_hand - :units, reserved = reserved - :units
                        WHERE warehouse_code = :location AND sku = :sku AND EXISTS (SELECT 1 FROM written_off)""",
                new MapSqlParameterSource("orderId", orderId.value()).addValue("units", units).addValue("location", location)
                        .addValue("sku", sku.value())) == 1;
    }
}
