package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders through JPA, and through single statements where an order is new ({@link #INSERT_NEW_ORDER}) or changed only
 * in its own fields and history ({@link #UPDATE_ORDER}): the hot path's writes (issue 19). Each save is written at once,
 * after telling the database who changes the order and why (the latest history entry this save adds): the audit
 * trigger on {@code orders} records that with the row's changes, and several orders saved in one transaction each get
 * their own author. Then the events and notices the order recorded are published, in the same transaction (ADR 0026).
 */
@Component
class OrderPersistenceAdapter implements OrderRepository {

    private static final String SYSTEM = Actor.Kind.SYSTEM + ":order-service";

    private final OrderJpaRepository jpa;
    private final OrderEntityMapper mapper;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    OrderPersistenceAdapter(OrderJpaRepository jpa, OrderEntityMapper mapper, JdbcClient jdbc, ApplicationEventPublisher events,
                            EntityManager entityManager) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.events = events;
        this.entityManager = entityManager;
    }

    @Override
    public void save(Order order) {
        store(order);
        order.pullEvents().forEach(events::publishEvent);
        order.pullNotices().forEach(events::publishEvent);
    }

    private void store(Order order) {
        if (order.isNew()) {
            insert(order);
            return;
        }
        if (!order.changedSinceLoaded()) {
            return;
        }
        if (!order.changedLinesOrRefundsSinceLoaded()) {
            update(order);
            return;
        }
        var entity = jpa.findWithLinesById(order.id().value())
                .orElseThrow(() -> new OptimisticLockingFailureException("order " + order.id() + " no longer exists"));
        var history = order.history();
        if (history.size() > entity.getHistory().size()) {
            attribute(history.get(history.size() - 1));
        } else {
            attribute(null);
        }
        // The version the caller read is the one that must still be current: this is what turns a
        // stale If-Match into a conflict instead of a lost update. Hibernate guards the commit itself.
        if (!entity.getVersion().equals(order.version())) {
            throw new OptimisticLockingFailureException("order " + order.id() + " was changed concurrently: read version "
                    + order.version() + ", stored " + entity.getVersion());
        }
        mapper.copyState(order, entity);
        jpa.flush();
    }

    /**
     * A new order, its lines and its history in one statement (issue 19: one round trip where Hibernate sent one per
     * row, and one more to attribute the change). The row source of the order's insert tells the database who places it
     * and why, before the audit trigger (which fires at the end of the statement) reads it. Ids of lines and history
     * come from their sequences, one value each: values Hibernate's pooled blocks never hand out.
     */
    static final String INSERT_NEW_ORDER = """
            WITH attributed AS (
                SELECT set_config('order_service.actor', ?, true) AS actor, set_config('order_service.reason', ?, true) AS reason
            ), placed AS (
                INSERT INTO orders (id, customer_id, currency, status, subtotal_minor, discount_minor, tax_minor,
                                    shipping_minor, grand_total_minor, tax_included, tax_relief_minor, shipping_carrier,
                                    shipping_service, delivery_earliest, delivery_latest, price_details, ship_to_recipient,
                                    ship_to_line1, ship_to_line2, ship_to_city, ship_to_region, ship_to_postal_code,
                                    ship_to_country, delivery_instructions, requested_delivery_date, payment_reference,
                                    captured_minor, refunded_minor, payment_disputed, credit_minor, credit_return_id,
                                    credit_order_id, awaiting_return, placed_at, updated_at, version)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       ?, ?, 0
                FROM attributed
                RETURNING id
            ), lines AS (
                INSERT INTO order_lines (id, order_id, line_number, sku, name, quantity, unit_price_minor, line_total_minor,
                                         shipped_quantity)
                SELECT nextval('order_lines_seq'), placed.id, l.line_number, l.sku, l.name, l.quantity, l.unit_price_minor,
                       l.line_total_minor, l.shipped_quantity
                FROM placed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::int[], ?::bigint[], ?::bigint[], ?::int[])
                    AS l(line_number, sku, name, quantity, unit_price_minor, line_total_minor, shipped_quantity)
            )
            INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason, actor_kind,
                                              actor_id, occurred_at)
            SELECT nextval('order_status_history_seq'), placed.id, h.position, h.from_status, h.to_status, h.action, h.reason,
                   h.actor_kind, h.actor_id, h.occurred_at::timestamptz
            FROM placed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                ?::varchar[])
                AS h(position, from_status, to_status, action, reason, actor_kind, actor_id, occurred_at)""";

    private void insert(Order order) {
        if (!order.refunds().isEmpty()) {
            throw new IllegalArgumentException("order " + order.id() + " is new and has refunds already");
        }
        var change = order.history().get(order.history().size() - 1);
        var row = mapper.toNewEntity(order);
        var shipTo = row.getShipTo();
        var lines = row.getLines();
        var history = row.getHistory();
        var values = new ArrayList<Object>(Arrays.asList(actor(change), reason(change),
                        row.getId(), row.getCustomerId(), row.getCurrency(), row.getStatus(), row.getSubtotalMinor(),
                        row.getDiscountMinor(), row.getTaxMinor(), row.getShippingMinor(), row.getGrandTotalMinor(),
                        row.isTaxIncluded(), row.getTaxReliefMinor(), row.getShippingCarrier(), row.getShippingService(),
                        row.getDeliveryEarliest(), row.getDeliveryLatest(), row.getPriceDetails(), shipTo.getRecipient(),
                        shipTo.getLine1(), shipTo.getLine2(), shipTo.getCity(), shipTo.getRegion(), shipTo.getPostalCode(),
                        shipTo.getCountryCode(), row.getDeliveryInstructions(), row.getRequestedDeliveryDate(),
                        row.getPaymentReference(), row.getCapturedMinor(), row.getRefundedMinor(), row.isPaymentDisputed(),
                        row.getCreditMinor(), row.getCreditReturnId(), row.getCreditOrderId(), row.isAwaitingReturn(),
                        Timestamp.from(row.getPlacedAt()), Timestamp.from(row.getUpdatedAt()),
                        lines.stream().mapToInt(OrderLineEntity::getLineNumber).toArray(),
                        lines.stream().map(OrderLineEntity::getSku).toArray(String[]::new),
                        lines.stream().map(OrderLineEntity::getName).toArray(String[]::new),
                        lines.stream().mapToInt(OrderLineEntity::getQuantity).toArray(),
                        lines.stream().mapToLong(OrderLineEntity::getUnitPriceMinor).toArray(),
                        lines.stream().mapToLong(OrderLineEntity::getLineTotalMinor).toArray(),
                        lines.stream().mapToInt(OrderLineEntity::getShippedQuantity).toArray()));
        values.addAll(historyColumns(history));
        jdbc.sql(INSERT_NEW_ORDER).params(values).update();
    }

    /**
     * A stored order whose lines, shipped units, refunds and price details are as it was loaded with: its row's fields
     * and version, and the history it gained, in one statement (issue 19: where Hibernate read the order and its history
     * again to change them). The version it was loaded at must still be the stored one, as for any save. Who changes it
     * and why is told to the audit trigger as for a new order.
     */
    static final String UPDATE_ORDER = """
            WITH attributed AS (
                SELECT set_config('order_service.actor', ?, true) AS actor, set_config('order_service.reason', ?, true) AS reason
            ), changed AS (
                UPDATE orders SET status = ?, subtotal_minor = ?, discount_minor = ?, tax_minor = ?, shipping_minor = ?,
                                  grand_total_minor = ?, tax_included = ?, tax_relief_minor = ?, shipping_carrier = ?,
                                  shipping_service = ?, delivery_earliest = ?, delivery_latest = ?, ship_to_recipient = ?,
                                  ship_to_line1 = ?, ship_to_line2 = ?, ship_to_city = ?, ship_to_region = ?,
                                  ship_to_postal_code = ?, ship_to_country = ?, delivery_instructions = ?,
                                  requested_delivery_date = ?, payment_reference = ?, captured_minor = ?, refunded_minor = ?,
                                  payment_disputed = ?, awaiting_return = ?, updated_at = ?, version = version + 1
                FROM attributed
                WHERE id = ? AND version = ?
                RETURNING id
            ), added AS (
                INSERT INTO order_status_history (id, order_id, position, from_status, to_status, action, reason, actor_kind,
                                                  actor_id, occurred_at)
                SELECT nextval('order_status_history_seq'), changed.id, h.position, h.from_status, h.to_status, h.action,
                       h.reason, h.actor_kind, h.actor_id, h.occurred_at::timestamptz
                FROM changed, unnest(?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                     ?::varchar[], ?::varchar[])
                    AS h(position, from_status, to_status, action, reason, actor_kind, actor_id, occurred_at)
            )
            SELECT count(*) FROM changed""";

    private void update(Order order) {
        var added = order.historySinceLoaded();
        var change = added.isEmpty() ? null : added.get(added.size() - 1);
        int first = order.history().size() - added.size();
        var history = new ArrayList<StatusHistoryEntity>();
        for (int i = 0; i < added.size(); i++) {
            history.add(mapper.toEntity(added.get(i), first + i));
        }
        var totals = order.totals();
        var method = order.shippingMethod();
        var shipTo = order.shippingAddress();
        var payment = order.payment();
        // What this transaction changed through Hibernate goes first, as when every save flushed it.
        entityManager.flush();
        var values = new ArrayList<Object>(Arrays.asList(actor(change), reason(change),
                        order.status().name(), totals.subtotal().amountMinor(), totals.discount().amountMinor(),
                        totals.tax().amountMinor(), totals.shipping().amountMinor(), totals.grandTotal().amountMinor(),
                        totals.taxIncluded(), totals.taxRelief().amountMinor(), method == null ? null : method.carrier(),
                        method == null ? null : method.service(), method == null ? null : method.earliestDelivery(),
                        method == null ? null : method.latestDelivery(), shipTo.recipient(), shipTo.line1(), shipTo.line2(),
                        shipTo.city(), shipTo.region(), shipTo.postalCode(), shipTo.countryCode(),
                        order.deliveryInstructions(), order.requestedDeliveryDate(), payment.reference(),
                        payment.captured().amountMinor(), payment.refunded().amountMinor(), payment.disputed(),
                        order.awaitsReturn(), Timestamp.from(order.history().get(order.history().size() - 1).at()),
                        order.id().value(), order.version()));
        values.addAll(historyColumns(history));
        int changed = jdbc.sql(UPDATE_ORDER).params(values).query(Integer.class).single();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("order " + order.id() + " was changed concurrently or is gone: read version "
                    + order.version());
        }
        // Hibernate may hold the row as this transaction read it before: it must not answer a later read with that.
        entityManager.detach(entityManager.getReference(OrderEntity.class, order.id().value()));
    }

    /** History rows as the statements' {@code unnest} takes them: one array per column. */
    private static List<Object> historyColumns(List<StatusHistoryEntity> history) {
        return List.of(history.stream().mapToInt(StatusHistoryEntity::getPosition).toArray(),
                history.stream().map(StatusHistoryEntity::getFromStatus).toArray(String[]::new),
                history.stream().map(StatusHistoryEntity::getToStatus).toArray(String[]::new),
                history.stream().map(StatusHistoryEntity::getAction).toArray(String[]::new),
                history.stream().map(StatusHistoryEntity::getReason).toArray(String[]::new),
                history.stream().map(StatusHistoryEntity::getActorKind).toArray(String[]::new),
                history.stream().map(StatusHistoryEntity::getActorId).toArray(String[]::new),
                history.stream().map(entry -> entry.getOccurredAt().toString()).toArray(String[]::new));
    }

    private static String actor(StatusChange change) {
        return change == null ? SYSTEM : change.by().kind() + ":" + change.by().id();
    }

    private static String reason(StatusChange change) {
        return change == null || change.reason() == null ? "" : change.reason();
    }

    /** Who and why, for the audit trigger, until the end of the transaction or the next save. */
    private void attribute(StatusChange change) {
        jdbc.sql("SELECT set_config('order_service.actor', ?, true), set_config('order_service.reason', ?, true)")
                .params(actor(change), reason(change))
                .query().singleRow();
    }

    /**
     * A locking query answers with the entity the session already holds, as this transaction read it before the lock:
     * a change committed since would be lost to it (and its save refused at the version, a spurious 409). So what the
     * session holds of the order is written out and let go first (no statement when nothing changed), and the row is
     * read as locked.
     */
    @Override
    public Optional<Order> lockById(OrderId id) {
        var held = entityManager.getReference(OrderEntity.class, id.value());
        if (entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(held)) {
            entityManager.flush();
        }
        entityManager.detach(held);
        return jpa.lockById(id.value()).map(mapper::toDomain);
    }

    // The whole aggregate is mapped inside one session, so a caller without a transaction (a saga step
    // between its transactions) gets it complete, lines and history included.
    @Override
    @Transactional(readOnly = true)
    public Optional<Order> findById(OrderId id) {
        return jpa.findWithLinesById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<CustomerId> customerOf(OrderId id) {
        return jpa.customerOf(id.value()).map(CustomerId::new);
    }
}
