package io.orderservice.ordering.persistence;

import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderPayment;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.OrderTotals;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.util.Currency;
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
                money(entity.getGrandTotalMinor(), currency));
        return Order.reconstitute(new OrderId(entity.getId()), new CustomerId(entity.getCustomerId()),
                toAddress(entity.getShipTo()), entity.getDeliveryInstructions(), entity.getRequestedDeliveryDate(),
                entity.getLines().stream().map(line -> toLine(line, currency)).toList(),
                totals, OrderStatus.valueOf(entity.getStatus()), entity.getHistory().stream().map(this::toChange).toList(),
                new OrderPayment(entity.getPaymentReference(), money(entity.getCapturedMinor(), currency),
                        money(entity.getRefundedMinor(), currency), entity.isPaymentDisputed()),
                entity.getPlacedAt(), entity.getVersion());
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
        entity.setSubtotalMinor(order.totals().subtotal().amountMinor());
        entity.setDiscountMinor(order.totals().discount().amountMinor());
        entity.setTaxMinor(order.totals().tax().amountMinor());
        entity.setShippingMinor(order.totals().shipping().amountMinor());
        entity.setGrandTotalMinor(order.totals().grandTotal().amountMinor());
        entity.setPlacedAt(order.placedAt());
        entity.getLines().addAll(order.lines().stream().map(this::toEntity).toList());
        copyState(order, entity);
        return entity;
    }

    /**
     * What may change on a stored order: its status, its delivery details, its payment's record and history
     * (appended, never rewritten).
     */
    default void copyState(Order order, OrderEntity entity) {
        entity.setStatus(order.status().name());
        entity.setShipTo(toEmbeddable(order.shippingAddress()));
        entity.setDeliveryInstructions(order.deliveryInstructions());
        entity.setRequestedDeliveryDate(order.requestedDeliveryDate());
        entity.setPaymentReference(order.payment().reference());
        entity.setCapturedMinor(order.payment().captured().amountMinor());
        entity.setRefundedMinor(order.payment().refunded().amountMinor());
        entity.setPaymentDisputed(order.payment().disputed());
        var history = order.history();
        for (int position = entity.getHistory().size(); position < history.size(); position++) {
            entity.getHistory().add(toEntity(history.get(position), position));
        }
        entity.setUpdatedAt(history.get(history.size() - 1).at());
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "unitPriceMinor", source = "unitPrice.amountMinor")
    @Mapping(target = "lineTotalMinor", expression = "java(line.lineTotal().amountMinor())")
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
