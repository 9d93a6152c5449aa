package io.orderservice.shipping.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.kit.CarrierRateSourceContract;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/**
 * The carrier rate API adapter passes the rates kit, against a local stand-in for a carrier's rate API that quotes two
 * services in euros and one in dollars.
 */
class HttpCarrierRateApisContractTest extends CarrierRateSourceContract {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    final ProviderStandIn carrier = ProviderStandIn.start().on("POST", "/v1/rates", request -> new Reply(200, """
            {"rates": [{"service": "express", "price": {"amount": "12.95", "currency": "EUR"}, "transitDays": {"min": 1, "max": 1}},
                       {"service": "economy", "price": {"amount": "3.10", "currency": "EUR"}, "transitDays": {"min": 4, "max": 8}},
                       {"service": "dollars", "price": {"amount": "9.00", "currency": "USD"}, "transitDays": {"min": 1, "max": 2}}]}"""));

    @AfterEach
    void stopCarrier() {
        carrier.close();
    }

    @Override
    protected CarrierRateSource source() {
        return adapter(carrier.baseUrl());
    }

    @Override
    protected Parcel parcelItServes() {
        return new Parcel(new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE"), 1_200, Money.of(4_998, "EUR"));
    }

    @Override
    protected Optional<CarrierRateSource> misbehaving(ProviderMisbehaviour misbehaviour) {
        if (misbehaviour == ProviderMisbehaviour.UNREACHABLE) {
            return Optional.of(adapter(ProviderStandIn.UNREACHABLE));
        }
        return carrier.enact(misbehaviour, READ_TIMEOUT.multipliedBy(3)) ? Optional.of(source()) : Optional.empty();
    }

    private static HttpCarrierRateApis adapter(URI baseUrl) {
        var api = new RateApiProperties.RateApi(baseUrl, "rk_test", Duration.ofMillis(200), READ_TIMEOUT);
        return new HttpCarrierRateApis(new RateApiProperties(Map.of("ups", api)),
                CircuitBreakerRegistry.of(Map.of("carrier-rates", CircuitBreakerConfig.ofDefaults())), new SimpleMeterRegistry());
    }
}
