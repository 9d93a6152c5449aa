package io.orderservice.payment.persistence;

import io.orderservice.payment.application.port.out.PaymentInProgressException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Payments through JPA; storing one publishes the events it recorded, in the same transaction (ADR 0026). */
@Component
class PaymentPersistenceAdapter implements PaymentRepository {

    private static final String PRIMARY_KEY = "payment_pkey";
    private static final String ONE_LIVE_PER_ORDER = "payment_one_live_per_order";

    private final PaymentJpaRepository jpa;
    private final PaymentEntityMapper mapper;
    private final ApplicationEventPublisher events;

    PaymentPersistenceAdapter(PaymentJpaRepository jpa, PaymentEntityMapper mapper, ApplicationEventPublisher events) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.events = events;
    }

    @Override
    public void insert(Payment payment) {
        try {
            // Flushed now: the unique index on live payments must be consulted before any gateway is. Changes
            // pending before (a payment this one replaces) go first: Hibernate would order inserts before updates.
            jpa.flush();
            jpa.saveAndFlush(mapper.toNewEntity(payment));
            payment.pullEvents().forEach(events::publishEvent);
        } catch (DataIntegrityViolationException e) {
            // The live payment of the order, or this very attempt, committed by someone else meanwhile.
            if (e.getMessage() != null && (e.getMessage().contains(ONE_LIVE_PER_ORDER) || e.getMessage().contains(PRIMARY_KEY))) {
                throw new PaymentInProgressException(payment.orderId());
            }
            throw e;
        }
    }

    @Override
    public void update(Payment payment) {
        store(payment);
        payment.pullEvents().forEach(events::publishEvent);
    }

    private void store(Payment payment) {
        var entity = jpa.findById(payment.id().value())
                .orElseThrow(() -> new OptimisticLockingFailureException("payment " + payment.id() + " no longer exists"));
        if (!entity.getVersion().equals(payment.version()) && payment.version() != null) {
            throw new OptimisticLockingFailureException("payment " + payment.id() + " was changed concurrently");
        }
        mapper.copyState(payment, entity);
    }

    /** The replaced payment's row is written and flushed before the adopted one's, which the unique index would refuse first. */
    @Override
    public void replace(Payment replaced, Payment adopted) {
        store(replaced);
        jpa.flush();
        store(adopted);
        replaced.pullEvents().forEach(events::publishEvent);
        adopted.pullEvents().forEach(events::publishEvent);
    }

    @Override
    public Optional<Payment> lockById(PaymentId id) {
        return jpa.lockById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Payment> lockByAuthorisationReference(String gateway, String authorisationReference) {
        return jpa.idsAuthorisedAs(gateway, authorisationReference).stream().findFirst()
                .flatMap(jpa::lockById).map(mapper::toDomain);
    }

    @Override
    public Optional<Payment> lockLatestForOrder(OrderId orderId) {
        return jpa.newestIdsForOrder(orderId.value(), Limit.of(1)).stream().findFirst()
                .flatMap(jpa::lockById).map(mapper::toDomain);
    }

    /** In a read-only transaction of its own, which ends before the caller asks a gateway: the mapping reads lazily. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Payment> findLatestForOrder(OrderId orderId) {
        return jpa.newestIdsForOrder(orderId.value(), Limit.of(1)).stream().findFirst()
                .flatMap(jpa::findById).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Payment> findById(PaymentId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentId> authorisedOnlyBefore(String gateway, Instant before, int limit) {
        return jpa.idsAuthorisedOnlyBefore(gateway, before, Limit.of(limit)).stream().map(PaymentId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaymentId> proposalsAuthorisedBefore(Instant before, int limit) {
        return jpa.idsOfProposalsAuthorisedBefore(before, Limit.of(limit)).stream().map(PaymentId::new).toList();
    }
}
