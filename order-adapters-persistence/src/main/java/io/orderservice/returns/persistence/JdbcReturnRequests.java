package io.orderservice.returns.persistence;

import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ExchangeRequest;
import io.orderservice.returns.domain.Replacement;
import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.returns.domain.ReturnParcel;
import io.orderservice.returns.domain.ReturnReason;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.ReturnRequest.Change;
import io.orderservice.returns.domain.ReturnRequest.DecidedBy;
import io.orderservice.returns.domain.ReturnRequest.Decision;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code return_request} and {@code return_line}: a request is inserted once with its lines, and changed by its
 * decision, receipt, refund and parcel, each change checked against the version it was read at. An order's returns are held by a PostgreSQL transaction-level
 * advisory lock on the order: no row is locked, so ordering's writers never wait for it.
 */
@Component
class JdbcReturnRequests implements ReturnRequests {

    /** The advisory locks' first key, shared with no other advisory lock of the service (it spells RTN1). */
    private static final int RETURN_LOCKS = 0x52544e31;

    private static final String SELECT = """
            SELECT r.id, r.order_id, r.customer_id, r.shipment_id, r.reason_code, r.shops_fault, r.comment, r.photos, r.decision,
                   r.requested_at, r.decided_by_kind, r.decided_by, r.decision_reason, r.decided_at, r.received_at, r.received_by,
                   r.received_at_location, r.refund_id, r.refunded_minor, r.refunded_currency,
                   r.recount_minor, r.recount_currency, r.parcel_carrier, r.parcel_tracking_number, r.parcel_label_url,
                   r.parcel_booked_at, r.parcel_progress, r.parcel_reported_at, r.exchange_skus, r.exchange_quantities,
                   r.exchange_if_out_of_stock, r.exchange_payment_token, r.replacement_status, r.replacement_order_id,
                   r.replacement_credit_minor, r.replacement_currency, r.replacement_ships_at_once, r.replacement_note,
                   r.replaced_at, r.version,
                   l.line_number, l.quantity, l.approved, l.restockable, l.damaged, l.refused
            FROM return_request r JOIN return_line l ON l.return_id = r.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcReturnRequests(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void hold(OrderId orderId) {
        jdbc.query("SELECT pg_advisory_xact_lock(:space, :key)", new MapSqlParameterSource("space", RETURN_LOCKS)
                .addValue("key", orderId.value().hashCode()), row -> { });
    }

    @Override
    public List<ReturnRequest> ofOrder(OrderId orderId) {
        return read(SELECT + " WHERE r.order_id = :orderId ORDER BY r.requested_at, r.id, l.line_number",
                new MapSqlParameterSource("orderId", orderId.value()));
    }

    @Override
    public Optional<ReturnRequest> byId(UUID id) {
        return read(SELECT + " WHERE r.id = :id ORDER BY l.line_number", new MapSqlParameterSource("id", id)).stream().findFirst();
    }

    @Override
    public List<ReturnRequest> awaitingDecision(int limit) {
        return read(SELECT + """
                 WHERE r.id IN (SELECT id FROM return_request WHERE status = 'REQUESTED' ORDER BY requested_at, id LIMIT :limit)
                 ORDER BY r.requested_at, r.id, l.line_number""", new MapSqlParameterSource("limit", limit));
    }

    @Override
    public int countRequestedBy(CustomerId customerId, Instant since) {
        return jdbc.queryForObject("SELECT count(*) FROM return_request WHERE customer_id = :customerId AND requested_at >= :since",
                new MapSqlParameterSource("customerId", customerId.value()).addValue("since", Timestamp.from(since)), Integer.class);
    }

    @Override
    public Optional<ReturnRequest> byParcel(String carrier, String trackingNumber) {
        return read(SELECT + " WHERE r.parcel_carrier = :carrier AND r.parcel_tracking_number = :trackingNumber ORDER BY l.line_number",
                new MapSqlParameterSource("carrier", carrier).addValue("trackingNumber", trackingNumber)).stream().findFirst();
    }

    /**
     * A new request is inserted whole; a request read before is changed in one statement that sets what changed (its
     * decision, receipt, refund, parcel), at the version it was read at, and its lines' approved and received units.
     */
    @Override
    public long save(ReturnRequest request) {
        long version;
        var changes = request.changesSinceRead();
        if (request.version() == null) {
            insert(request);
            version = 0;
        } else if (changes.isEmpty()) {
            version = request.version();
        } else {
            var columns = new ArrayList<String>();
            var parameters = new MapSqlParameterSource();
            if (changes.contains(Change.DECIDED) || changes.contains(Change.RECEIVED)) {
                columns.add("status = :status");
                parameters.addValue("status", request.status().name());
            }
            if (changes.contains(Change.DECIDED)) {
                columns.add(DECISION_COLUMNS);
                decisionParameters(parameters, request.decision().orElseThrow());
            }
            if (changes.contains(Change.RECEIVED)) {
                var receipt = request.receipt().orElseThrow();
                columns.add("received_at = :receivedAt, received_by = :receivedBy, received_at_location = :location");
                parameters.addValue("receivedAt", Timestamp.from(receipt.at())).addValue("receivedBy", receipt.receivedBy())
                        .addValue("location", receipt.location());
            }
            if (changes.contains(Change.REFUND_COUNTED)) {
                columns.add(REFUND_COLUMNS);
                refundParameters(parameters, request.receipt().orElseThrow());
            }
            if (changes.contains(Change.PARCEL)) {
                columns.add(PARCEL_COLUMNS);
                parcelParameters(parameters, request.parcel().orElseThrow());
            }
            if (changes.contains(Change.REPLACEMENT)) {
                columns.add(REPLACEMENT_COLUMNS);
                replacementParameters(parameters, request.replacement().orElseThrow());
            }
            version = change(request, "UPDATE return_request SET " + String.join(", ", columns), parameters);
            if (changes.contains(Change.DECIDED)) {
                jdbc.batchUpdate("UPDATE return_line SET approved = :approved WHERE return_id = :returnId AND line_number = :lineNumber",
                        request.lines().stream().map(line -> new MapSqlParameterSource("returnId", request.id())
                                .addValue("lineNumber", line.lineNumber()).addValue("approved", request.takes(line.lineNumber())))
                                .toArray(MapSqlParameterSource[]::new));
            }
            if (changes.contains(Change.RECEIVED)) {
                receiveLines(request);
            }
        }
        request.pullEvents().forEach(events::publishEvent);
        return version;
    }

    private void insert(ReturnRequest request) {
        var decision = request.decision().orElse(null);
        jdbc.update("""
                INSERT INTO return_request (id, order_id, customer_id, shipment_id, reason_code, shops_fault, comment, photos, status,
                    decision, requested_at, decided_by_kind, decided_by, decision_reason, decided_at, exchange_skus,
                    exchange_quantities, exchange_if_out_of_stock, exchange_payment_token, version)
                VALUES (:id, :orderId, :customerId, :shipmentId, :reasonCode, :shopsFault, :comment, :photos, :status, :decision,
                    :requestedAt, :decidedByKind, :decidedBy, :decisionReason, :decidedAt, :exchangeSkus, :exchangeQuantities,
                    :ifOutOfStock, :paymentToken, 0)""",
                exchangeParameters(decisionParameters(new MapSqlParameterSource("id", request.id())
                        .addValue("status", request.status().name()), decision), request.exchange().orElse(null))
                        .addValue("orderId", request.orderId().value())
                        .addValue("customerId", request.customerId().value()).addValue("shipmentId", request.shipmentId())
                        .addValue("reasonCode", request.reason().code()).addValue("shopsFault", request.reason().shopsFault())
                        .addValue("comment", request.comment())
                        .addValue("photos", request.photos().stream().map(URI::toString).toArray(String[]::new))
                        .addValue("requestedAt", Timestamp.from(request.requestedAt())));
        jdbc.batchUpdate("""
                        INSERT INTO return_line (return_id, line_number, quantity, approved)
                        VALUES (:returnId, :lineNumber, :quantity, :approved)""",
                request.lines().stream().map(line -> new MapSqlParameterSource("returnId", request.id())
                        .addValue("lineNumber", line.lineNumber()).addValue("quantity", line.quantity().value())
                        .addValue("approved", decision == null ? null : request.takes(line.lineNumber())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    private static final String REFUND_COLUMNS = """
            refund_id = :refundId, refunded_minor = :refundedMinor, refunded_currency = :refundedCurrency,
            recount_minor = :recountMinor, recount_currency = :recountCurrency""";

    /** Every line of a received request counted: 0 for none of a line that did not come back. */
    private void receiveLines(ReturnRequest request) {
        var receipt = request.receipt().orElseThrow();
        jdbc.batchUpdate("""
                        UPDATE return_line SET restockable = :restockable, damaged = :damaged, refused = :refused
                        WHERE return_id = :returnId AND line_number = :lineNumber""",
                request.lines().stream().map(line -> {
                    var received = receipt.lines().stream().filter(each -> each.lineNumber() == line.lineNumber()).findFirst()
                            .orElse(new ReturnReceipt.Line(line.lineNumber(), 0, 0, 0));
                    return new MapSqlParameterSource("returnId", request.id()).addValue("lineNumber", line.lineNumber())
                            .addValue("restockable", received.restockable()).addValue("damaged", received.damaged())
                            .addValue("refused", received.refused());
                }).toArray(MapSqlParameterSource[]::new));
    }

    private static final String DECISION_COLUMNS = """
            decision = :decision, decided_by_kind = :decidedByKind, decided_by = :decidedBy, decision_reason = :decisionReason,
            decided_at = :decidedAt""";

    private static final String PARCEL_COLUMNS = """
            parcel_carrier = :parcelCarrier, parcel_tracking_number = :parcelTrackingNumber, parcel_label_url = :parcelLabelUrl,
            parcel_booked_at = :parcelBookedAt, parcel_progress = :parcelProgress, parcel_reported_at = :parcelReportedAt""";

    private static final String REPLACEMENT_COLUMNS = """
            replacement_status = :replacementStatus, replacement_order_id = :replacementOrderId,
            replacement_credit_minor = :replacementCreditMinor, replacement_currency = :replacementCurrency,
            replacement_ships_at_once = :replacementShipsAtOnce, replacement_note = :replacementNote, replaced_at = :replacedAt""";

    private static MapSqlParameterSource exchangeParameters(MapSqlParameterSource parameters, ExchangeRequest exchange) {
        return parameters
                .addValue("exchangeSkus", exchange == null ? null
                        : exchange.items().stream().map(item -> item.sku().value()).toArray(String[]::new))
                .addValue("exchangeQuantities", exchange == null ? null
                        : exchange.items().stream().map(item -> item.quantity().value()).toArray(Integer[]::new))
                .addValue("ifOutOfStock", exchange == null ? null : exchange.ifOutOfStock().name())
                .addValue("paymentToken", exchange == null ? null : exchange.paymentToken().value());
    }

    private static void replacementParameters(MapSqlParameterSource parameters, Replacement replacement) {
        parameters.addValue("replacementStatus", replacement.status().name())
                .addValue("replacementOrderId", replacement.orderId() == null ? null : replacement.orderId().value())
                .addValue("replacementCreditMinor", replacement.credit() == null ? null : replacement.credit().amountMinor())
                .addValue("replacementCurrency", replacement.credit() == null ? null
                        : replacement.credit().currency().getCurrencyCode())
                .addValue("replacementShipsAtOnce", replacement.shipsAtOnce())
                .addValue("replacementNote", replacement.note()).addValue("replacedAt", Timestamp.from(replacement.at()));
    }

    private static void refundParameters(MapSqlParameterSource parameters, ReturnReceipt receipt) {
        var refunded = receipt.refunded();
        var recount = receipt.discountRecount();
        parameters.addValue("refundId", receipt.refundId())
                .addValue("refundedMinor", refunded == null ? null : refunded.amountMinor())
                .addValue("refundedCurrency", refunded == null ? null : refunded.currency().getCurrencyCode())
                .addValue("recountMinor", recount == null ? null : recount.amountMinor())
                .addValue("recountCurrency", recount == null ? null : recount.currency().getCurrencyCode());
    }

    private static void parcelParameters(MapSqlParameterSource parameters, ReturnParcel parcel) {
        parameters.addValue("parcelCarrier", parcel.carrier()).addValue("parcelTrackingNumber", parcel.trackingNumber())
                .addValue("parcelLabelUrl", parcel.labelUrl().toString()).addValue("parcelBookedAt", Timestamp.from(parcel.bookedAt()))
                .addValue("parcelProgress", parcel.progress().name()).addValue("parcelReportedAt", Timestamp.from(parcel.reportedAt()));
    }

    /** One change of the request's row, at the version it was read at: the version it is at afterwards. */
    private long change(ReturnRequest request, String set, MapSqlParameterSource parameters) {
        int changed = jdbc.update(set + ", version = version + 1 WHERE id = :id AND version = :version",
                parameters.addValue("id", request.id()).addValue("version", request.version()));
        if (changed != 1) {
            throw new OptimisticLockingFailureException("return " + request.id() + " was changed since version " + request.version());
        }
        return request.version() + 1;
    }

    private static MapSqlParameterSource decisionParameters(MapSqlParameterSource parameters, Decision decision) {
        return parameters
                .addValue("decision", decision == null ? null : decision.outcome().name())
                .addValue("decidedByKind", decision == null ? null : decision.by().kind().name())
                .addValue("decidedBy", decision == null ? null : decision.by().name())
                .addValue("decisionReason", decision == null ? null : decision.reason())
                .addValue("decidedAt", decision == null ? null : Timestamp.from(decision.at()));
    }

    /** A request's row, repeated for each of its lines. */
    private record Row(UUID id, OrderId orderId, CustomerId customerId, UUID shipmentId, ReturnReason reason, String comment,
                       List<URI> photos, ReturnRequest.Status decision, Instant requestedAt, DecidedBy decidedBy,
                       String decisionReason, Instant decidedAt, Instant receivedAt, String receivedBy, String location,
                       UUID refundId, Money refunded, Money recount, ReturnParcel parcel, ExchangeRequest exchange,
                       Replacement replacement, long version) {
    }

    /** One line of a request as stored: asked for, approved once decided, counted once received. */
    private record StoredLine(ReturnLine asked, int approved, ReturnReceipt.Line received) {
    }

    private List<ReturnRequest> read(String sql, MapSqlParameterSource parameters) {
        var lines = new LinkedHashMap<Row, List<StoredLine>>();
        jdbc.query(sql, parameters, resultSet -> {
            int number = resultSet.getInt("line_number");
            var restockable = resultSet.getObject("restockable", Integer.class);
            lines.computeIfAbsent(row(resultSet), ignored -> new ArrayList<>()).add(new StoredLine(
                    new ReturnLine(number, Quantity.of(resultSet.getInt("quantity"))), resultSet.getInt("approved"),
                    restockable == null ? null : new ReturnReceipt.Line(number, restockable, resultSet.getInt("damaged"),
                            resultSet.getInt("refused"))));
        });
        return lines.entrySet().stream().map(each -> {
            var row = each.getKey();
            var stored = each.getValue();
            Decision decision = null;
            if (row.decidedAt() != null) {
                var approved = stored.stream().filter(line -> line.approved() > 0)
                        .map(line -> new ReturnLine(line.asked().lineNumber(), Quantity.of(line.approved()))).toList();
                decision = new Decision(row.decision(), approved, row.decidedBy(), row.decisionReason(), row.decidedAt());
            }
            ReturnReceipt receipt = null;
            if (row.receivedAt() != null) {
                // a line of which nothing was approved came back with nothing
                var received = stored.stream().filter(line -> line.approved() > 0).map(StoredLine::received).toList();
                receipt = new ReturnReceipt(row.location(), received, row.receivedBy(), row.receivedAt(), row.refundId(),
                        row.refunded(), row.recount());
            }
            return ReturnRequest.reconstitute(row.id(), row.orderId(), row.customerId(), row.shipmentId(),
                    stored.stream().map(StoredLine::asked).toList(), row.reason(), row.comment(), row.photos(), row.requestedAt(),
                    decision, receipt, row.parcel(), row.exchange(), row.replacement(), row.version());
        }).toList();
    }

    private static Row row(ResultSet resultSet) throws SQLException {
        var decidedAt = resultSet.getTimestamp("decided_at");
        var receivedAt = resultSet.getTimestamp("received_at");
        var refundedCurrency = resultSet.getString("refunded_currency");
        var recountCurrency = resultSet.getString("recount_currency");
        var decision = resultSet.getString("decision");
        var photos = (String[]) resultSet.getArray("photos").getArray();
        return new Row(resultSet.getObject("id", UUID.class), new OrderId(resultSet.getObject("order_id", UUID.class)),
                new CustomerId(resultSet.getString("customer_id")), resultSet.getObject("shipment_id", UUID.class),
                new ReturnReason(resultSet.getString("reason_code"), resultSet.getBoolean("shops_fault")),
                resultSet.getString("comment"), Arrays.stream(photos).map(URI::create).toList(),
                decision == null ? null : ReturnRequest.Status.valueOf(decision), resultSet.getTimestamp("requested_at").toInstant(),
                decidedAt == null ? null : new DecidedBy(DecidedBy.Kind.valueOf(resultSet.getString("decided_by_kind")),
                        resultSet.getString("decided_by")),
                resultSet.getString("decision_reason"), decidedAt == null ? null : decidedAt.toInstant(),
                receivedAt == null ? null : receivedAt.toInstant(), resultSet.getString("received_by"),
                resultSet.getString("received_at_location"), resultSet.getObject("refund_id", UUID.class),
                refundedCurrency == null ? null : new Money(resultSet.getLong("refunded_minor"), Currency.getInstance(refundedCurrency)),
                recountCurrency == null ? null : new Money(resultSet.getLong("recount_minor"), Currency.getInstance(recountCurrency)),
                parcel(resultSet), exchange(resultSet), replacement(resultSet), resultSet.getLong("version"));
    }

    private static ExchangeRequest exchange(ResultSet resultSet) throws SQLException {
        var skus = resultSet.getArray("exchange_skus");
        if (skus == null) {
            return null;
        }
        var names = (String[]) skus.getArray();
        var quantities = (Integer[]) resultSet.getArray("exchange_quantities").getArray();
        var items = new ArrayList<ExchangeRequest.Item>();
        for (int i = 0; i < names.length; i++) {
            items.add(new ExchangeRequest.Item(new Sku(names[i]), Quantity.of(quantities[i])));
        }
        return new ExchangeRequest(items, ExchangeRequest.IfOutOfStock.valueOf(resultSet.getString("exchange_if_out_of_stock")),
                new PaymentToken(resultSet.getString("exchange_payment_token")));
    }

    private static Replacement replacement(ResultSet resultSet) throws SQLException {
        var status = resultSet.getString("replacement_status");
        if (status == null) {
            return null;
        }
        var currency = resultSet.getString("replacement_currency");
        var orderId = resultSet.getObject("replacement_order_id", UUID.class);
        return new Replacement(Replacement.Status.valueOf(status), orderId == null ? null : new OrderId(orderId),
                currency == null ? null : new Money(resultSet.getLong("replacement_credit_minor"), Currency.getInstance(currency)),
                resultSet.getBoolean("replacement_ships_at_once"), resultSet.getString("replacement_note"),
                resultSet.getTimestamp("replaced_at").toInstant());
    }

    private static ReturnParcel parcel(ResultSet resultSet) throws SQLException {
        var carrier = resultSet.getString("parcel_carrier");
        return carrier == null ? null : new ReturnParcel(carrier, resultSet.getString("parcel_tracking_number"),
                URI.create(resultSet.getString("parcel_label_url")), resultSet.getTimestamp("parcel_booked_at").toInstant(),
                ReturnParcel.Progress.valueOf(resultSet.getString("parcel_progress")),
                resultSet.getTimestamp("parcel_reported_at").toInstant());
    }
}
