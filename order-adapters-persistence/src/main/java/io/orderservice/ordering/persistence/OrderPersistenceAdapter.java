package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders through JPA. Each save is flushed at once, after telling the database who changes the order and
 * why (the latest history entry this save adds): the audit trigger on {@code orders} records that with
 * the row's changes, and several orders saved in one transaction each get their own author. Then the events
 * and notices the order recorded are published, in the same transaction (ADR 0026).
 */
@Component
class OrderPersistenceAdapter implements OrderRepository {

    private static final String SYSTEM = Actor.Kind.SYSTEM + ":order-service";

    private final OrderJpaRepository jpa;
    private final OrderEntityMapper mapper;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OrderPersistenceAdapter(OrderJpaRepository jpa, OrderEntityMapper mapper, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void save(Order order) {
        store(order);
        order.pullEvents().forEach(events::publishEvent);
        order.pullNotices().forEach(events::publishEvent);
    }

    private void store(Order order) {
        if (order.isNew()) {
            attribute(order.history().get(order.history().size() - 1));
            jpa.saveAndFlush(mapper.toNewEntity(order));
            return;
        }
        var entity = jpa.findById(order.id().value())
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

    /** Who and why, for the audit trigger, until the end of the transaction or the next save. */
    private void attribute(StatusChange change) {
        jdbc.sql("SELECT set_config('order_service.actor', ?, true), set_config('order_service.reason', ?, true)")
                .params(change == null ? SYSTEM : change.by().kind() + ":" + change.by().id(),
                        change == null ? "" : change.reason() == null ? "" : change.reason())
                .query().singleRow();
    }

    @Override
    public Optional<Order> lockById(OrderId id) {
        return jpa.lockById(id.value()).map(mapper::toDomain);
    }

    // The whole aggregate is mapped inside one session, so a caller without a transaction (a saga step
    // between its transactions) gets it complete, lines and history included.
    @Override
    @Transactional(readOnly = true)
    public Optional<Order> findById(OrderId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<CustomerId> customerOf(OrderId id) {
        return jpa.customerOf(id.value()).map(CustomerId::new);
    }
}
