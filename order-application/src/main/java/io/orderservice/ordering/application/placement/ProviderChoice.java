package io.orderservice.ordering.application.placement;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import java.util.Optional;

/** The payment provider a customer chose, checked against what the route for their payment offers (docs/payments.md). */
final class ProviderChoice {

    private ProviderChoice() {
    }

    /** The refusal when {@code chosen} does not take this payment; none when it does, when none was chosen, or nothing is due. */
    static Optional<OrderPlacementRefusedException> refusal(Payments payments, PaymentProvider chosen, PaymentMethodType method,
                                                            Money amount) {
        if (chosen == null || amount.isZero()) {
            return Optional.empty();
        }
        var offered = payments.offeredProviders(method, amount);
        return offered.contains(chosen) ? Optional.empty()
                : Optional.of(OrderPlacementRefusedException.paymentProviderNotOffered(chosen, method, amount, offered));
    }
}
