package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.Buyer;
import io.orderservice.shared.CustomerId;

/** A customer's pricing profile. */
public interface FindCustomerPricingProfileQuery {

    /** @throws ProfileNotFoundException when the customer has none (they buy as a consumer) */
    Buyer find(CustomerId customerId);

    class ProfileNotFoundException extends RuntimeException {
        public ProfileNotFoundException(CustomerId customerId) {
            super("customer " + customerId.value() + " has no pricing profile: they buy as a consumer");
        }
    }
}
