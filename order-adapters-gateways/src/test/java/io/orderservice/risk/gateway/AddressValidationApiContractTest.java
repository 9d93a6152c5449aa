package io.orderservice.risk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Problem;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.kit.AddressVerificationContract;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Address Validation API adapter passes the address kit, against a local stand-in for the service. */
class AddressValidationApiContractTest extends AddressVerificationContract {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    final AddressValidationStandIn service = new AddressValidationStandIn();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stopService() {
        service.close();
    }

    @Override
    protected AddressVerification verification() {
        return adapter(service.server.baseUrl());
    }

    @Override
    protected Map<String, Address> deliverableAddresses() {
        return Map.of(
                "a GB postal code in lower case without its space", address("GB", "n19gu", "London"),
                "a street written with double spaces and a second line", new Address("Ada Lovelace", "12  Analytical Way",
                        "Flat 3", "london", null, "N1 9GU", "GB"),
                "a US ZIP code the service completes to ZIP+4", address("US", "94105", "SF"),
                "a Dutch postcode", address("NL", "1012ab", "Amsterdam"));
    }

    @Override
    protected Map<String, Address> undeliverableAddresses() {
        return Map.of(
                "a postal code the service does not know there", address("DE", "99999", "Berlin"),
                "a street the service cannot find", new Address("Ada Lovelace", "1 Nowhere Street", null, "London", null,
                        "N1 9GU", "GB"));
    }

    @Override
    protected Optional<AddressVerification> misbehaving(ProviderMisbehaviour misbehaviour) {
        switch (misbehaviour) {
            case ANSWERS_UNKNOWN_STATUS -> service.answerNextAction("REVIEW_BY_HAND");
            case UNREACHABLE -> {
                return Optional.of(adapter(ProviderStandIn.UNREACHABLE));
            }
            default -> {
                if (!service.server.enact(misbehaviour, READ_TIMEOUT.multipliedBy(3))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(verification());
    }

    AddressValidationApiVerification adapter(URI baseUrl) {
        return adapter(baseUrl, meters);
    }

    static AddressValidationApiVerification adapter(URI baseUrl, MeterRegistry meters) {
        var properties = new AddressValidationApiProperties(baseUrl, AddressValidationStandIn.API_KEY, Duration.ofMillis(200),
                READ_TIMEOUT);
        return new AddressValidationApiVerification(properties, CircuitBreaker.ofDefaults("address-validation"), meters);
    }

    static Address address(String country, String postalCode, String city) {
        return new Address("Ada Lovelace", "12 Analytical Way", null, city, null, postalCode, country);
    }
}
