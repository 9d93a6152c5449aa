package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.CaptureRefusedException;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.in.fulfilment.CaptureBeforeShippingUseCase;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToShip;
import io.orderservice.ordering.application.port.out.Payments;
import org.springframework.stereotype.Service;

/** No transaction: the capture is a gateway's call, and no row may stay locked while it answers. */
@Service
class CaptureBeforeShippingService implements CaptureBeforeShippingUseCase {

    private final Payments payments;

    CaptureBeforeShippingService(Payments payments) {
        this.payments = payments;
    }

    @Override
    public String capture(OrderToShip order) {
        if (order.toCapture().isZero()) {
            return null; // an exchange's return pays all of it: no payment to take
        }
        var outcome = payments.capture(order.id(), order.toCapture());
        if (outcome instanceof Payments.Captured captured) {
            return captured.authorisationReference();
        }
        if (outcome instanceof Payments.CaptureRefused refused) {
            throw new CaptureRefusedException("the money for order " + order.id() + " could not be taken, so nothing may "
                    + "leave: " + refused.reason());
        }
        throw new PaymentUnavailableException("no payment gateway could take the money for order " + order.id()
                + " before it leaves: " + ((Payments.Unavailable) outcome).reason());
    }
}
