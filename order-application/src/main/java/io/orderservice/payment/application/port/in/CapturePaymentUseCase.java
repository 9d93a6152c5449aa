package io.orderservice.payment.application.port.in;

import io.orderservice.shared.OrderId;

/** Takes the money an order's payment holds: all of it, when the order ships. */
public interface CapturePaymentUseCase {

    PaymentView capture(OrderId orderId);
}
