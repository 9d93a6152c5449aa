package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.FindCustomerPricingProfileQuery;
import io.orderservice.pricing.application.port.out.CustomerPricingProfiles;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.shared.CustomerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FindCustomerPricingProfileService implements FindCustomerPricingProfileQuery {

    private final CustomerPricingProfiles profiles;

    FindCustomerPricingProfileService(CustomerPricingProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Buyer find(CustomerId customerId) {
        return profiles.find(customerId).orElseThrow(() -> new ProfileNotFoundException(customerId));
    }
}
