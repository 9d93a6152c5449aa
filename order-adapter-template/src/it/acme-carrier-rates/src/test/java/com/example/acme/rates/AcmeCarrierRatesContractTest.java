package com.example.acme.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.kit.CarrierRateSourceContract;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Acme's rates pass the service's carrier rate kit against a local stand-in for Acme's API. */
class AcmeCarrierRatesContractTest extends CarrierRateSourceContract {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    final ProviderStandIn acme = ProviderStandIn.start().on("POST", "/quotes", request -> new Reply(200, """
            {"quotes": [{"service": "express", "price": "9.90", "currency": "EUR", "minDays": 1, "maxDays": 2},
                        {"service": "economy", "price": "4.50", "currency": "EUR", "minDays": 3, "maxDays": 5},
                        {"service": "express", "price": "11.00", "currency": "USD", "minDays": 1, "maxDays": 2}]}"""));

    @AfterEach
    void stopAcme() {
        acme.close();
    }

    @Test
    void asksWithItsKeyForTheParcelsDestinationWeightAndCurrency() {
        source().ratesFor(parcelItServes());

        var request = acme.received().get(0);
        assertThat(request.header("X-Acme-Key")).isEqualTo("acme-test-key");
        assertThat(request.body()).contains("\"country\":\"DE\"", "\"grams\":1200", "\"currency\":\"EUR\"");
    }

    @Override
    protected CarrierRateSource source() {
        return adapter(acme.baseUrl());
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
        return acme.enact(misbehaviour, READ_TIMEOUT.multipliedBy(3)) ? Optional.of(source()) : Optional.empty();
    }

    private static AcmeCarrierRates adapter(URI baseUrl) {
        return new AcmeCarrierRates(new AcmeRatesProperties(baseUrl, "acme-test-key", Duration.ofMillis(200), READ_TIMEOUT));
    }
}
