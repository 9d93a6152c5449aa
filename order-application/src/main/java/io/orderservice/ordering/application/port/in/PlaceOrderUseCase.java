package io.orderservice.ordering.application.port.in;

/**
 * Accepts an order: verifies the address, prices the lines, quotes shipping, and stores the order
 * (awaiting payment) with its placement saga, which screens it for fraud, reserves its stock, authorises
 * its payment and confirms it, each step in a transaction of its own ({@link AwaitPlacementQuery} waits for
 * the outcome).
 *
 * @throws OrderPlacementRefusedException when the address, the catalog or shipping say no; nothing is stored then
 */
public interface PlaceOrderUseCase {

    OrderView place(PlaceOrderCommand command);
}
