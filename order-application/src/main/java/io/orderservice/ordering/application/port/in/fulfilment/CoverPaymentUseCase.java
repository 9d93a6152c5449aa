package io.orderservice.ordering.application.port.in.fulfilment;

import java.util.function.Supplier;

/**
 * Runs a transaction that may change an order's total (a short pick giving units up) so that its payment covers the
 * new total, with no transaction open while a gateway is asked (issue 17, item 9): when the payment does not cover it,
 * the change rolls back, a re-authorisation is proposed, and the change runs again to adopt it.
 */
public interface CoverPaymentUseCase {

    /**
     * @param change a transaction of its own, ordering's part of which runs through {@link RecordShortPickUseCase}
     * @throws io.orderservice.ordering.application.port.in.OrderPlacementRefusedException when the gateway declines the
     *                                                                                     new total
     * @throws io.orderservice.ordering.application.port.in.PaymentUnavailableException    when no gateway answers
     */
    <T> T covering(Supplier<T> change);
}
