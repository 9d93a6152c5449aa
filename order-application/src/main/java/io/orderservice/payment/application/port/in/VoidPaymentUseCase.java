package io.orderservice.payment.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.Optional;

/**
 * Releases the money an order's payment holds without taking it (the order was cancelled before it
 * shipped). Empty when the order holds no uncaptured authorisation: voiding twice is harmless.
 */
public interface VoidPaymentUseCase {

    Optional<PaymentView> voidFor(OrderId orderId);
}
