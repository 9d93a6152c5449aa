package io.orderservice.payment.application.port.in;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;

/**
 * Takes the money an order's payment holds when the order ships: the order's total, which is all of the
 * authorisation unless lines were removed after it (the gateway releases the rest on a smaller capture).
 */
public interface CapturePaymentUseCase {

    /** @param orderTotal what the order comes to now; never more than the authorisation is captured */
    PaymentView capture(OrderId orderId, Money orderTotal);
}
