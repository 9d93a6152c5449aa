package io.orderservice.risk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.shared.Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodeAddressVerificationTest {

    private final PostalCodeAddressVerification verification = new PostalCodeAddressVerification();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GB, n19gu, N1 9GU", "GB, sw1a  1aa, SW1A 1AA", "GB, EC1A1BB, EC1A 1BB",
            "IE, d02x285, D02 X285", "CA, k1a0b1, K1A 0B1", "NL, 1012ab, 1012 AB", "SE, 11455, 114 55",
            "US, 94105, 94105", "US, 94105-1234, 94105-1234", "DE, 10115, 10115", "PL, 00950, 00-950",
            "JP, 1000001, 100-0001", "BR, 01310100, 01310-100", "PT, 1100-148, 1100-148",
            "NZ, ' 6011 ', 6011"})
    void normalisesDeliverablePostalCodes(String country, String submitted, String normalised) {
        assertThat(verification.verify(address(country, submitted)))
                .isInstanceOfSatisfying(Deliverable.class, deliverable ->
                        assertThat(deliverable.normalised().postalCode()).isEqualTo(normalised));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GB, 12345", "DE, 1011", "DE, ABCDE", "US, 9410", "NL, 0123 AB", "FR, 7500", "CA, 12345",
            "ES, 53001", "IN, 012345"})
    void refusesPostalCodesThatCannotExistThere(String country, String submitted) {
        assertThat(verification.verify(address(country, submitted)))
                .isInstanceOfSatisfying(Undeliverable.class, undeliverable -> assertThat(undeliverable.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("shippingAddress.postalCode");
                            assertThat(problem.message()).contains(submitted).contains("e.g.");
                        }));
    }

    private static Address address(String country, String postalCode) {
        return new Address("Ada Lovelace", "12 Analytical Way", null, "Somewhere", null, postalCode, country);
    }
}
