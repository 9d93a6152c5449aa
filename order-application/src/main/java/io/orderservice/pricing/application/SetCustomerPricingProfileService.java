package io.orderservice.pricing.application;

import io.orderservice.pricing.application.port.in.SetCustomerPricingProfileUseCase;
import io.orderservice.pricing.application.port.out.CustomerPricingProfiles;
import io.orderservice.pricing.domain.Buyer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SetCustomerPricingProfileService implements SetCustomerPricingProfileUseCase {

    private final CustomerPricingProfiles profiles;

    SetCustomerPricingProfileService(CustomerPricingProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional
    public Buyer set(Buyer profile) {
        profiles.save(profile);
        return profiles.find(profile.id()).orElseThrow();
    }
}
