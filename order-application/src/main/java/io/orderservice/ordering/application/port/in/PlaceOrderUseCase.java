package io.orderservice.ordering.application.port.in;

import org.springframework.modulith.NamedInterface;

/**
 * Places an order: verifies the address, prices the lines, quotes shipping, screens it for fraud, stores it with its
 * placement saga (its stock reserved), asks for its payment and confirms it. Waits for the payment's gateway up to
 * {@code order-service.placement.answer-within}; a placement still at work then is answered in progress, and its saga
 * goes on (follow the order).
 *
 * @throws OrderPlacementRefusedException when the address, the catalog, shipping, a promo code's uses, fraud screening,
 *                                        the stock or the payment say no; what was refused before the order was
 *                                        stored leaves nothing behind, the rest names the order (failed, with the reason)
 */
@NamedInterface("placement")
public interface PlaceOrderUseCase {

    PlacementAnswer place(PlaceOrderCommand command);
}
