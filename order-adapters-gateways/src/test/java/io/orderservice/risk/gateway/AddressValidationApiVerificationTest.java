package io.orderservice.risk.gateway;

import static io.orderservice.risk.gateway.AddressValidationApiContractTest.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Problem;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderStandIn;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What is the Address Validation API adapter's own, beside the kit: the protocol's request and verdicts. */
class AddressValidationApiVerificationTest {

    private final AddressValidationStandIn service = new AddressValidationStandIn();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void stopService() {
        service.close();
    }

    private AddressValidationApiVerification verification() {
        return adapter(service.server.baseUrl());
    }

    private AddressValidationApiVerification adapter(URI baseUrl) {
        return AddressValidationApiContractTest.adapter(baseUrl, meters);
    }

    @Test
    void sendsTheAddressAsAPostalAddressWithTheApiKeyInAHeaderNotTheUrl() {
        verification().verify(address("GB", "n19gu", "London"));

        var request = service.server.received().get(0);
        assertThat(request.header("X-Goog-Api-Key")).isEqualTo(AddressValidationStandIn.API_KEY);
        assertThat(request.query()).isNull();
        assertThat(request.body()).contains("\"regionCode\":\"GB\"").contains("\"addressLines\":[\"12 Analytical Way\"]");
    }

    @Test
    void aDeliverableAddressTakesTheServicesPostalForm() {
        assertThat(verification().verify(address("US", "94105", "SF"))).isEqualTo(new Deliverable(new Address("Ada Lovelace",
                "12 Analytical Way", null, "San Francisco", "CA", "94105-1804", "US")));
    }

    @Test
    void eachComponentTheServiceMissesIsAProblemOfTheFieldItIsWrittenIn() {
        var check = verification().verify(new Address("Ada Lovelace", "1 Nowhere Street", null, "Berlin", null, "99999", "DE"));

        assertThat(check).isInstanceOfSatisfying(Undeliverable.class, undeliverable -> assertThat(undeliverable.problems())
                .extracting(Problem::field).containsExactly("shippingAddress.line1", "shippingAddress.postalCode"));
    }

    @Test
    void anAddressLetPassUnverifiedIsCounted() {
        var unreachable = adapter(ProviderStandIn.UNREACHABLE);
        var written = address("GB", "n19gu", "London");

        assertThat(unreachable.verify(written)).isEqualTo(new Deliverable(written));
        assertThat(meters.counter("address-verification.unanswered").count()).isEqualTo(1.0);
    }

}
