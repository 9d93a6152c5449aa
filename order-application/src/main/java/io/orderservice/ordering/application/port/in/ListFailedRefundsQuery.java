package io.orderservice.ordering.application.port.in;

import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The operators' list of money that did not go back: refunds the payment capability could not make (the gateway
 * refused them, or accepted them and failed later) that nobody asked for again, oldest failure first. An operator asks
 * for one again ({@link RetryRefundUseCase}) or settles it with the customer some other way.
 */
public interface ListFailedRefundsQuery {

    /** At most {@code limit} (1-500) of them. */
    List<FailedRefund> failedRefunds(int limit);

    /**
     * @param reference what the refund is for in the words of the capability that asked (a return's RMA), or null
     * @param failure   why it was not made, as the payment capability reported it
     */
    record FailedRefund(OrderId orderId, UUID refundId, String reasonCode, Money amount, String reference, String failure,
                        Instant requestedAt, Instant failedAt) {
    }
}
