package io.orderservice.ordering.persistence;

import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.ExchangeCredit;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderPayment;
import io.orderservice.ordering.domain.OrderRefund.RefundedLine;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.OrderTotals;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps orders between the domain and their rows. Reading goes through {@link Order#reconstitute}, so
 * a row that breaks an invariant fails loudly instead of producing an invalid aggregate.
 */
@Mapper
interface OrderEntityMapper {

    default Order toDomain(OrderEntity entity) {
        var currency = Currency.getInstance(entity.getCurrency());
        var totals = new OrderTotals(money(entity.getSubtotalMinor(), currency), money(entity.getDiscountMinor(), currency),
                money(entity.getTaxMinor(), currency), money(entity.getShippingMinor(), currency),
                money(entity.getGrandTotalMinor(), currency), entity.isTaxIncluded(), money(entity.getTaxReliefMinor(), currency));
        return Order.reconstitute(new OrderId(entity.getId()), new CustomerId(entity.getCustomerId()),
                toAddress(entity.getShipTo()), entity.getDeliveryInstructions(), entity.getRequestedDeliveryDate(),
                entity.getLines().stream().map(line -> toLine(line, currency)).toList(),
                totals, priceDetailsOf(entity, currency), toShippingMethod(entity),
                OrderStatus.valueOf(entity.getStatus()), entity.getHistory().stream().map(this::toChange).toList(),
                new OrderPayment(entity.getPaymentReference(), money(entity.getCapturedMinor(), currency),
                        money(entity.getRefundedMinor(), currency), entity.isPaymentDisputed()),
                entity.getLines().stream().filter(line -> line.getShippedQuantity() > 0)
                        .collect(Collectors.toMap(OrderLineEntity::getLineNumber, OrderLineEntity::getShippedQuantity)),
                entity.getRefunds().stream().map(refund -> toRefund(refund, currency)).toList(),
                entity.getPlacedAt(), entity.getVersion(), entity.getCreditMinor() == null ? null
                        : new ExchangeCredit(money(entity.getCreditMinor(), currency), entity.getCreditReturnId(),
                        new OrderId(entity.getCreditOrderId())), entity.isAwaitingReturn());
    }

    /** The row's price details, parsed once per loaded row. */
    default PriceDetails priceDetailsOf(OrderEntity entity, Currency currency) {
        if (entity.getPriceDetailsAsRead() == null) {
            entity.setPriceDetailsAsRead(PriceDetailsDocument.read(entity.getPriceDetails(), currency));
        }
        return entity.getPriceDetailsAsRead();
    }

    default ShippingMethod toShippingMethod(OrderEntity entity) {
        return entity.getShippingCarrier() == null ? null : new ShippingMethod(entity.getShippingCarrier(),
                entity.getShippingService(), entity.getDeliveryEarliest(), entity.getDeliveryLatest());
    }

    default OrderRefund toRefund(RefundEntity entity, Currency currency) {
        return new OrderRefund(entity.getId(), OrderRefund.Kind.valueOf(entity.getKind()), entity.getReasonCode(),
                money(entity.getAmountMinor(), currency),
                entity.getLines().stream().map(line -> new RefundedLine(line.getLineNumber(), quantity(line.getQuantity()),
                        money(line.getAmountMinor(), currency))).toList(),
                entity.isShipping(), OrderRefund.Status.valueOf(entity.getStatus()), entity.getFailure(),
                new Actor(Actor.Kind.valueOf(entity.getRequestedByKind()), entity.getRequestedById()),
                entity.getRequestedAt(), entity.getSettledAt(), entity.getReference(), entity.getRetriedAs());
    }

    @Mapping(target = "unitPrice", expression = "java(money(entity.getUnitPriceMinor(), currency))")
    OrderLine toLine(OrderLineEntity entity, @Context Currency currency);

    Address toAddress(ShipToEmbeddable entity);

    @Mapping(target = "from", source = "fromStatus")
    @Mapping(target = "to", source = "toStatus")
    @Mapping(target = "by", expression = "java(new Actor(Actor.Kind.valueOf(entity.getActorKind()), entity.getActorId()))")
    @Mapping(target = "at", source = "occurredAt")
    StatusChange toChange(StatusHistoryEntity entity);

    default OrderEntity toNewEntity(Order order) {
        var entity = new OrderEntity();
        entity.setId(order.id().value());
        entity.setCustomerId(order.customerId().value());
        entity.setCurrency(order.totals().currency().getCurrencyCode());
        entity.setPlacedAt(order.placedAt());
        copyState(order, entity);
        return entity;
    }

    /**
     * What may change on a stored order: its status, lines and totals, delivery details, its payment's record,
     * shipped units per line, history (appended, never rewritten) and its refunds' settlement.
     */
    default void copyState(Order order, OrderEntity entity) {
        entity.setStatus(order.status().name());
        entity.setSubtotalMinor(order.totals().subtotal().amountMinor());
        entity.setDiscountMinor(order.totals().discount().amountMinor());
        entity.setTaxMinor(order.totals().tax().amountMinor());
        entity.setShippingMinor(order.totals().shipping().amountMinor());
        entity.setGrandTotalMinor(order.totals().grandTotal().amountMinor());
        entity.setTaxIncluded(order.totals().taxIncluded());
        var method = order.shippingMethod();
        entity.setShippingCarrier(method == null ? null : method.carrier());
        entity.setShippingService(method == null ? null : method.service());
        entity.setDeliveryEarliest(method == null ? null : method.earliestDelivery());
        entity.setDeliveryLatest(method == null ? null : method.latestDelivery());
        entity.setTaxReliefMinor(order.totals().taxRelief().amountMinor());
        var currency = order.totals().currency();
        // PostgreSQL gives the JSON back in its own layout: compare what it says, so an unchanged order stays clean
        if (!priceDetailsOf(entity, currency).equals(order.priceDetails())) {
            entity.setPriceDetails(PriceDetailsDocument.write(order.priceDetails()));
            entity.setPriceDetailsAsRead(order.priceDetails());
        }
        copyLines(order, entity);
        entity.setShipTo(toEmbeddable(order.shippingAddress()));
        entity.setDeliveryInstructions(order.deliveryInstructions());
        entity.setRequestedDeliveryDate(order.requestedDeliveryDate());
        entity.setPaymentReference(order.payment().reference());
        entity.setCapturedMinor(order.payment().captured().amountMinor());
        entity.setRefundedMinor(order.payment().refunded().amountMinor());
        entity.setPaymentDisputed(order.payment().disputed());
        var credit = order.exchangeCredit();
        entity.setCreditMinor(credit.map(exchange -> exchange.amount().amountMinor()).orElse(null));
        entity.setCreditReturnId(credit.map(ExchangeCredit::returnId).orElse(null));
        entity.setCreditOrderId(credit.map(exchange -> exchange.fromOrder().value()).orElse(null));
        entity.setAwaitingReturn(order.awaitsReturn());
        var history = order.history();
        for (int position = entity.getHistory().size(); position < history.size(); position++) {
            entity.getHistory().add(toEntity(history.get(position), position));
        }
        entity.setUpdatedAt(history.get(history.size() - 1).at());
        if (order.refunds().isEmpty()) {
            // Refunds are never taken back: an order without any has none stored, and they are not read to find that out.
            return;
        }
        var stored = entity.getRefunds().stream().collect(Collectors.toMap(RefundEntity::getId, Function.identity()));
        for (var refund : order.refunds()) {
            var row = stored.get(refund.id());
            if (row == null) {
                entity.getRefunds().add(toEntity(refund));
            } else {
                row.setStatus(refund.status().name());
                row.setFailure(refund.failure());
                row.setSettledAt(refund.settledAt());
                row.setRetriedAs(refund.retriedAs());
            }
        }
    }

    /** Lines by number: a kept line's quantity may change (never its SKU or price), new lines are added, gone ones removed. */
    private void copyLines(Order order, OrderEntity entity) {
        var numbers = order.lines().stream().map(OrderLine::lineNumber).collect(Collectors.toSet());
        entity.getLines().removeIf(row -> !numbers.contains(row.getLineNumber()));
        var rows = entity.getLines().stream().collect(Collectors.toMap(OrderLineEntity::getLineNumber, Function.identity()));
        for (var line : order.lines()) {
            var row = rows.get(line.lineNumber());
            if (row == null) {
                row = toEntity(line);
                entity.getLines().add(row);
            } else {
                row.setQuantity(line.quantity().value());
                row.setLineTotalMinor(line.lineTotal().amountMinor());
            }
            row.setShippedQuantity(order.shippedQuantity(line.lineNumber()));
        }
    }

    default RefundEntity toEntity(OrderRefund refund) {
        var entity = new RefundEntity();
        entity.setId(refund.id());
        entity.setKind(refund.kind().name());
        entity.setReasonCode(refund.reasonCode());
        entity.setAmountMinor(refund.amount().amountMinor());
        entity.setShipping(refund.shipping());
        entity.setStatus(refund.status().name());
        entity.setFailure(refund.failure());
        entity.setRequestedByKind(refund.requestedBy().kind().name());
        entity.setRequestedById(refund.requestedBy().id());
        entity.setRequestedAt(refund.requestedAt());
        entity.setSettledAt(refund.settledAt());
        entity.setReference(refund.reference());
        entity.setRetriedAs(refund.retriedAs());
        for (var line : refund.lines()) {
            var row = new RefundEntity.Line();
            row.setLineNumber(line.lineNumber());
            row.setQuantity(line.quantity().value());
            row.setAmountMinor(line.amount().amountMinor());
            entity.getLines().add(row);
        }
        return entity;
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "unitPriceMinor", source = "unitPrice.amountMinor")
    @Mapping(target = "lineTotalMinor", expression = "java(line.lineTotal().amountMinor())")
    @Mapping(target = "shippedQuantity", ignore = true)
    OrderLineEntity toEntity(OrderLine line);

    ShipToEmbeddable toEmbeddable(Address address);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "fromStatus", source = "change.from")
    @Mapping(target = "toStatus", source = "change.to")
    @Mapping(target = "actorKind", source = "change.by.kind")
    @Mapping(target = "actorId", source = "change.by.id")
    @Mapping(target = "occurredAt", source = "change.at")
    StatusHistoryEntity toEntity(StatusChange change, int position);

    default Money money(long amountMinor, Currency currency) {
        return new Money(amountMinor, currency);
    }

    default Sku sku(String value) {
        return new Sku(value);
    }

    default String sku(Sku sku) {
        return sku.value();
    }

    default Quantity quantity(int value) {
        return new Quantity(value);
    }

    default int quantity(Quantity quantity) {
        return quantity.value();
    }
}
