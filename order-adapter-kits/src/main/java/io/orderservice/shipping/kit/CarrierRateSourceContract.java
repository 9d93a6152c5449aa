package io.orderservice.shipping.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CarrierRateSource} must do, as tests (docs/adapters/carrier-rates.md). Rates are asked for while a
 * shopper waits (a quote, a cart, a placement), and every source is asked: a source's rates are in the parcel's
 * currency and the same when asked again, and a source that cannot answer now gives nothing — no exception — so the
 * shopper is offered the other sources' rates rather than refused.
 */
public abstract class CarrierRateSourceContract {

    /** The adapter under test, ready to answer (its carrier, or a local stand-in for it, running). */
    protected abstract CarrierRateSource source();

    /**
     * A parcel the source quotes at least one rate for (its carrier may quote other currencies too: those are no rates
     * for it).
     */
    protected abstract Parcel parcelItServes();

    /**
     * A source whose carrier misbehaves so from the next call on (another instance pointed at a closed port for
     * {@link ProviderMisbehaviour#UNREACHABLE}, say); empty when it cannot: the scenario is skipped.
     */
    protected Optional<CarrierRateSource> misbehaving(ProviderMisbehaviour misbehaviour) {
        return Optional.empty();
    }

    @Test
    void quotesAParcelItServesWithNamedServicesAndTransitTimes() {
        var rates = source().ratesFor(parcelItServes());

        assertThat(rates).as("rates for a parcel it serves").isNotEmpty();
        assertThat(rates).allSatisfy(rate -> {
            assertThat(rate.carrier()).isNotBlank();
            assertThat(rate.service()).isNotBlank();
            assertThat(rate.transit().minDays()).isLessThanOrEqualTo(rate.transit().maxDays());
        });
        assertThat(rates).extracting(rate -> rate.carrier() + "/" + rate.service()).as("one rate per service")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyRateIsInTheParcelsCurrency() {
        var parcel = parcelItServes();
        assertThat(source().ratesFor(parcel)).extracting(rate -> rate.price().currency())
                .as("a price in another currency is no price for this order").containsOnly(parcel.goodsValue().currency());
    }

    @Test
    void askedAgainItQuotesTheSame() {
        var parcel = parcelItServes();
        assertThat(source().ratesFor(parcel)).as("a cart and its placement see the same rates")
                .containsExactlyInAnyOrderElementsOf(source().ratesFor(parcel));
    }

    @Test
    void aServerErrorOnceGivesTheRatesOrNothingNeverAnException() {
        var source = arranged(ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS);
        var rates = quietly(source, ProviderMisbehaviour.FAILS_ONCE_THEN_ANSWERS);
        assertThat(rates).as("the rates after a retry, or none this time").isIn(List.of(), source().ratesFor(parcelItServes()));
    }

    @Test
    void serverErrorsEveryTimeGiveNoRates() {
        givesNothing(ProviderMisbehaviour.FAILS_EVERY_TIME);
    }

    @Test
    void anAnswerTooLateGivesNoRates() {
        givesNothing(ProviderMisbehaviour.ANSWERS_TOO_LATE);
    }

    @Test
    void aMalformedAnswerGivesNoRates() {
        givesNothing(ProviderMisbehaviour.ANSWERS_MALFORMED);
    }

    @Test
    void aRateLimitedCallGivesNoRates() {
        givesNothing(ProviderMisbehaviour.RATE_LIMITS_EVERY_TIME);
    }

    @Test
    void anUnreachableCarrierGivesNoRates() {
        givesNothing(ProviderMisbehaviour.UNREACHABLE);
    }

    private CarrierRateSource arranged(ProviderMisbehaviour misbehaviour) {
        return misbehaviour.enactedBy(misbehaving(misbehaviour));
    }

    private void givesNothing(ProviderMisbehaviour misbehaviour) {
        assertThat(quietly(arranged(misbehaviour), misbehaviour)).as("%s: no rates from this source this time", misbehaviour)
                .isEmpty();
    }

    private List<CarrierRate> quietly(CarrierRateSource source, ProviderMisbehaviour misbehaviour) {
        @SuppressWarnings("unchecked") List<CarrierRate>[] rates = new List[1];
        assertThatCode(() -> rates[0] = source.ratesFor(parcelItServes()))
                .as("%s: no exception (the other sources' rates are still offered)", misbehaviour).doesNotThrowAnyException();
        return rates[0];
    }
}
