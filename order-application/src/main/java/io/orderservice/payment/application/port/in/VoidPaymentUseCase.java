package io.orderservice.payment.application.port.in;

import io.orderservice.shared.OrderId;
import java.util.Optional;
import java.util.UUID;

/**
 * Releases the money an order's payment holds (the order was cancelled before it shipped): the authorisation is
 * voided; money a shipment took just before the order was cancelled under it is refunded in full. Empty when the order
 * holds nothing: releasing twice is harmless.
 */
public interface VoidPaymentUseCase {

    /**
     * @param releaseId the caller's id of the release, which a refund the gateway leaves pending settles under
     *                  ({@code PaymentRefundSettled}); null when the caller follows no such outcome
     */
    Optional<PaymentView> voidFor(OrderId orderId, UUID releaseId);
}
