package io.orderservice.risk.gateway;

import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.kit.AddressVerificationContract;
import io.orderservice.shared.Address;
import java.util.Map;

/** The postal-code rules pass the address kit; with no service to misbehave, its outage scenarios are skipped. */
class PostalCodeAddressVerificationContractTest extends AddressVerificationContract {

    @Override
    protected AddressVerification verification() {
        return new PostalCodeAddressVerification();
    }

    @Override
    protected Map<String, Address> deliverableAddresses() {
        return Map.of(
                "a GB postal code in lower case without its space", address("GB", "n19gu"),
                "a Polish postal code without its dash", address("PL", "00950"),
                "a country without rules", address("NZ", " 6011 "));
    }

    @Override
    protected Map<String, Address> undeliverableAddresses() {
        return Map.of(
                "a German postal code of four digits", address("DE", "1011"),
                "a GB postal code of another country's shape", address("GB", "12345"));
    }

    private static Address address(String country, String postalCode) {
        return new Address("Ada Lovelace", "12 Analytical Way", null, "Somewhere", null, postalCode, country);
    }
}
