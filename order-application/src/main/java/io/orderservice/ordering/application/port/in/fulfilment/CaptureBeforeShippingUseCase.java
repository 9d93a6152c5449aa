package io.orderservice.ordering.application.port.in.fulfilment;

/**
 * Takes an order's money before its goods leave (ADR 0025): captures the order's total through the payment
 * capability, renewing an authorisation that lapsed. Runs outside any transaction, as it calls a gateway.
 */
public interface CaptureBeforeShippingUseCase {

    /**
     * @param order the order as read for this shipment: its total is what is captured
     * @return the reference of the authorisation the money was taken from (a renewal's, when the one the order knew had
     *         lapsed), for {@link RecordShipmentUseCase}
     * @throws io.orderservice.ordering.application.port.in.CaptureRefusedException when the gateway refuses the capture
     * @throws io.orderservice.ordering.application.port.in.PaymentUnavailableException when no gateway could be reached
     */
    String capture(OrderToShip order);
}
