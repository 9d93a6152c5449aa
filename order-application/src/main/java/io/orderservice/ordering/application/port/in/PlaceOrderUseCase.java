package io.orderservice.ordering.application.port.in;

/**
 * Places an order: prices it, quotes shipping, reserves the stock, authorises the payment and stores
 * the order with its {@code OrderPlaced} event in one transaction.
 *
 * @throws OrderPlacementRefusedException when stock, payment, catalog or shipping say no; nothing is stored then
 */
public interface PlaceOrderUseCase {

    OrderView place(PlaceOrderCommand command);
}
