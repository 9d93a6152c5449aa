package io.orderservice.payment.persistence;

import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.PaymentTransaction;
import io.orderservice.payment.domain.TransactionKind;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.util.Currency;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps payments between the domain and their rows; reading goes through {@link Payment#reconstitute}. */
@Mapper
interface PaymentEntityMapper {

    default Payment toDomain(PaymentEntity entity) {
        var currency = Currency.getInstance(entity.getCurrency());
        return Payment.reconstitute(new PaymentId(entity.getId()), new OrderId(entity.getOrderId()),
                new CustomerId(entity.getCustomerId()), new Money(entity.getAmountMinor(), currency),
                PaymentMethodType.valueOf(entity.getMethodType()), new PaymentToken(entity.getToken()),
                entity.getGateway(), entity.getCreatedAt(), entity.getVersion(), PaymentStatus.valueOf(entity.getStatus()),
                new Money(entity.getCapturedMinor(), currency), new Money(entity.getRefundedMinor(), currency),
                entity.isDisputed(), entity.isReplaced(), entity.isProposed(), entity.getTransactions().stream().map(row -> toTransaction(row, currency)).toList());
    }

    @Mapping(target = "amount", expression = "java(new Money(row.getAmountMinor(), currency))")
    @Mapping(target = "at", source = "row.occurredAt")
    PaymentTransaction toTransaction(PaymentTransactionEntity row, @Context Currency currency);

    default PaymentEntity toNewEntity(Payment payment) {
        var entity = new PaymentEntity();
        entity.setId(payment.id().value());
        entity.setOrderId(payment.orderId().value());
        entity.setCustomerId(payment.customerId().value());
        entity.setCurrency(payment.amount().currency().getCurrencyCode());
        entity.setAmountMinor(payment.amount().amountMinor());
        entity.setMethodType(payment.methodType().name());
        entity.setToken(payment.token().value());
        entity.setCreatedAt(payment.createdAt());
        copyState(payment, entity);
        return entity;
    }

    /**
     * What may change on a stored payment: status, amounts, gateway (failover), whether it is replaced or proposed, and
     * transactions (appended only).
     */
    default void copyState(Payment payment, PaymentEntity entity) {
        entity.setStatus(payment.status().name());
        entity.setGateway(payment.gateway());
        entity.setCapturedMinor(payment.capturedAmount().amountMinor());
        entity.setRefundedMinor(payment.refundedAmount().amountMinor());
        entity.setDisputed(payment.isDisputed());
        entity.setReplaced(payment.isReplaced());
        entity.setProposed(payment.isProposed());
        var transactions = payment.transactions();
        for (int position = entity.getTransactions().size(); position < transactions.size(); position++) {
            entity.getTransactions().add(toEntity(transactions.get(position), position));
        }
        entity.setUpdatedAt(transactions.isEmpty() ? payment.createdAt() : transactions.get(transactions.size() - 1).at());
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "amountMinor", source = "transaction.amount.amountMinor")
    @Mapping(target = "occurredAt", source = "transaction.at")
    PaymentTransactionEntity toEntity(PaymentTransaction transaction, int position);

    default TransactionKind kind(String value) {
        return TransactionKind.valueOf(value);
    }

    default String kind(TransactionKind kind) {
        return kind.name();
    }
}
