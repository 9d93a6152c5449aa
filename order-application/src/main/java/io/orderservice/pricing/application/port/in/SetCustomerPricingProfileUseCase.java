package io.orderservice.pricing.application.port.in;

import io.orderservice.pricing.domain.Buyer;

/**
 * Sets what pricing knows of a customer — business or not, VAT registration country, segments, a tax exemption
 * certificate — replacing what it knew. It counts from the customer's next quote or order; orders placed keep
 * what they were priced with.
 */
public interface SetCustomerPricingProfileUseCase {

    Buyer set(Buyer profile);
}
