package io.orderservice.payment.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentJpaRepository extends JpaRepository<PaymentEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PaymentEntity p where p.id = :id")
    Optional<PaymentEntity> lockById(UUID id);

    @Query("""
            select p.id from PaymentEntity p join p.transactions t
            where p.gateway = :gateway and t.kind = 'AUTHORISATION' and t.succeeded = true and t.gatewayReference = :reference""")
    List<UUID> idsAuthorisedAs(String gateway, String reference);

    @Query("select p.id from PaymentEntity p where p.orderId = :orderId and p.proposed = false order by p.createdAt desc")
    List<UUID> newestIdsForOrder(UUID orderId, Limit limit);

    @Query("""
            select p.id from PaymentEntity p join p.transactions t
            where p.gateway = :gateway and p.status = 'AUTHORISED' and p.replaced = false and p.proposed = false
              and t.kind = 'AUTHORISATION' and t.succeeded = true
            group by p.id having max(t.occurredAt) < :before order by max(t.occurredAt)""")
    List<UUID> idsAuthorisedOnlyBefore(String gateway, Instant before, Limit limit);

    @Query("""
            select p.id from PaymentEntity p
            where p.proposed = true and p.replaced = false and p.status = 'AUTHORISED' and p.createdAt < :before
            order by p.createdAt""")
    List<UUID> idsOfProposalsAuthorisedBefore(Instant before, Limit limit);
}
