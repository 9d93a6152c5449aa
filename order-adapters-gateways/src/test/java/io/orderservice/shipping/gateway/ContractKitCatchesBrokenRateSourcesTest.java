package io.orderservice.shipping.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.shared.Money;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.TransitTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The rates kit fails rate sources broken the way they break, each the working adapter with one mistake. */
class ContractKitCatchesBrokenRateSourcesTest {

    @Test
    void aSourceThatLetsTheCarriersFailureOutFailsTheKit() {
        assertKitFails(ThrowsWhenUnanswered.class, 6, "serverErrorsEveryTime", "anAnswerTooLate", "aMalformedAnswer",
                "aRateLimitedCall", "anUnreachableCarrier", "aServerErrorOnce");
    }

    @Test
    void aSourceThatKeepsRatesInAnotherCurrencyFailsTheKit() {
        assertKitFails(KeepsOtherCurrencies.class, 1, "everyRateIsInTheParcelsCurrency");
    }

    @Test
    void aSourceWhosePricesWanderFailsTheKit() {
        assertKitFails(PricesWander.class, 1, "askedAgainItQuotesTheSame");
    }

    @Test
    void aSourceThatListsAServiceTwiceFailsTheKit() {
        assertKitFails(ServiceTwice.class, 1, "quotesAParcelItServes");
    }

    abstract static class WithAMistake extends HttpCarrierRateApisContractTest {

        abstract List<CarrierRate> mistake(CarrierRateSource real, Parcel parcel);

        @Override
        protected CarrierRateSource source() {
            var real = super.source();
            return parcel -> mistake(real, parcel);
        }

        @Override
        protected Optional<CarrierRateSource> misbehaving(ProviderMisbehaviour misbehaviour) {
            return super.misbehaving(misbehaviour).map(real -> parcel -> mistake(real, parcel));
        }
    }

    /** Calls the carrier without catching: its outage fails the shopper's quote, cart and placement. */
    static class ThrowsWhenUnanswered extends WithAMistake {
        @Override
        List<CarrierRate> mistake(CarrierRateSource real, Parcel parcel) {
            var rates = real.ratesFor(parcel);
            if (rates.isEmpty()) {
                throw new IllegalStateException("the carrier's rate API did not answer");
            }
            return rates;
        }
    }

    /** Relabels the carrier's dollar rate as the parcel's currency. */
    static class KeepsOtherCurrencies extends WithAMistake {
        @Override
        List<CarrierRate> mistake(CarrierRateSource real, Parcel parcel) {
            var rates = new ArrayList<>(real.ratesFor(parcel));
            if (!rates.isEmpty()) {
                rates.add(new CarrierRate("ups", "dollars", Money.of(900, "USD"), new TransitTime(1, 2)));
            }
            return rates;
        }
    }

    /** Adds a surcharge of its own that differs every time. */
    static class PricesWander extends WithAMistake {
        @Override
        List<CarrierRate> mistake(CarrierRateSource real, Parcel parcel) {
            return real.ratesFor(parcel).stream().map(rate -> new CarrierRate(rate.carrier(), rate.service(),
                    rate.price().plus(surcharge(rate.price().currency().getCurrencyCode())), rate.transit())).toList();
        }

        private static Money surcharge(String currency) {
            return Money.of(ThreadLocalRandom.current().nextInt(1, 100), currency);
        }
    }

    /** Lists each service once per page of the carrier's answer, and reads the first page twice. */
    static class ServiceTwice extends WithAMistake {
        @Override
        List<CarrierRate> mistake(CarrierRateSource real, Parcel parcel) {
            var rates = real.ratesFor(parcel);
            var twice = new ArrayList<>(rates);
            twice.addAll(rates);
            return twice;
        }
    }
}
