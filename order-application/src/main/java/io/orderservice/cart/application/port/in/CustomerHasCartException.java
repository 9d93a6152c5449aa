package io.orderservice.cart.application.port.in;

import io.orderservice.shared.CustomerId;

/** A customer has a cart that is not closed already, and a second one was about to be made theirs (at the same moment). */
public class CustomerHasCartException extends RuntimeException {

    public CustomerHasCartException(CustomerId customer) {
        super("customer " + customer + " has an open cart");
    }
}
