package io.orderservice.pricing.application.port.out;

import io.orderservice.pricing.domain.Buyer;
import io.orderservice.shared.CustomerId;
import java.util.Optional;

/**
 * What pricing knows of a customer: whether they buy as a business, where they are VAT-registered, the segments
 * promotions may target, and a tax exemption certificate with its validity. A customer without a profile buys as
 * a consumer.
 */
public interface CustomerPricingProfiles {

    Optional<Buyer> find(CustomerId customerId);

    /** Creates or replaces the customer's profile. */
    void save(Buyer profile);
}
