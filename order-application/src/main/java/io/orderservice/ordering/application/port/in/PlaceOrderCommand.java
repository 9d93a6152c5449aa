package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.domain.Order;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.PaymentToken;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** A customer's request to buy these lines, shipped there, paid with that token. Valid once constructed. */
public record PlaceOrderCommand(CustomerId customerId, Currency currency, List<RequestedLine> lines,
                                Address shippingAddress, PaymentToken paymentToken) {

    public PlaceOrderCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        Objects.requireNonNull(paymentToken, "paymentToken");
        if (lines == null || lines.isEmpty() || lines.size() > Order.MAX_LINES) {
            throw new InvalidValueException("an order has 1 to " + Order.MAX_LINES + " lines");
        }
        lines = List.copyOf(lines);
    }
}
