package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Order;
import io.orderservice.shared.OrderId;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrderPersistenceAdapter implements OrderRepository {

    private final OrderJpaRepository jpa;
    private final OrderEntityMapper mapper;

    OrderPersistenceAdapter(OrderJpaRepository jpa, OrderEntityMapper mapper) {
        this.jpa = jpa;
        this.mapper = mapper;
    }

    @Override
    public void save(Order order) {
        if (order.isNew()) {
            jpa.save(mapper.toNewEntity(order));
            return;
        }
        var entity = jpa.findById(order.id().value())
                .orElseThrow(() -> new OptimisticLockingFailureException("order " + order.id() + " no longer exists"));
        // The version the caller read is the one that must still be current: this is what turns a
        // stale If-Match into a conflict instead of a lost update. Hibernate guards the commit itself.
        if (!entity.getVersion().equals(order.version())) {
            throw new OptimisticLockingFailureException("order " + order.id() + " was changed concurrently: read version "
                    + order.version() + ", stored " + entity.getVersion());
        }
        mapper.copyState(order, entity);
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
}
