package io.orderservice.shipping.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.fulfilment.application.port.out.Carriers.HandedOver;
import io.orderservice.fulfilment.application.port.out.Carriers.Handover;
import io.orderservice.fulfilment.application.port.out.Carriers;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The carriers kit fails carriers adapters broken the way they break, each the working adapter with one mistake. */
class ContractKitCatchesBrokenCarriersTest {

    @Test
    void anAdapterThatIssuesANewNumberEveryTimeFailsTheKit() {
        assertKitFails(NewNumberEveryTime.class, 1, "anIssuingCarrierAnswersTheSameNumber");
    }

    @Test
    void anAdapterThatTakesAnyNumberFailsTheKit() {
        assertKitFails(TakesAnyNumber.class, 1, "aNumberThatCannotBeTheCarriers");
    }

    @Test
    void anAdapterThatFailsOnAnUnknownCarrierWithAnotherExceptionFailsTheKit() {
        assertKitFails(UnknownCarrierIsAnError.class, 1, "aCarrierNobodyConfigured");
    }

    @Test
    void anAdapterThatAnswersTheWarehousesSpellingOfTheCarrierFailsTheKit() {
        assertKitFails(CarrierAsWritten.class, 1, "aLabelsTrackingNumberIsHandedOver");
    }

    abstract static class WithAMistake extends ConfiguredCarriersContractTest {

        abstract HandedOver mistake(Carriers real, Handover handover);

        @Override
        protected Carriers carriers() {
            var real = super.carriers();
            return handover -> mistake(real, handover);
        }
    }

    /** Derives the own fleet's number from a random value, not from the shipment. */
    static class NewNumberEveryTime extends WithAMistake {
        @Override
        HandedOver mistake(Carriers real, Handover handover) {
            return real.handOver(new Handover(handover.orderId(), UUID.randomUUID(), handover.carrier(),
                    handover.trackingNumber(), handover.shipTo()));
        }
    }

    /** Never checks a label's number against the carrier's format. */
    static class TakesAnyNumber extends WithAMistake {
        @Override
        HandedOver mistake(Carriers real, Handover handover) {
            if (handover.trackingNumber() != null && !handover.carrier().equals("no-such-carrier")) {
                return new HandedOver(handover.carrier().toLowerCase(Locale.ROOT), handover.trackingNumber(), null);
            }
            return real.handOver(handover);
        }
    }

    /** Looks the carrier up in a map and fails with whatever the lookup throws. */
    static class UnknownCarrierIsAnError extends WithAMistake {
        @Override
        HandedOver mistake(Carriers real, Handover handover) {
            if (handover.carrier().equals("no-such-carrier")) {
                throw new IllegalArgumentException("No enum constant NO_SUCH_CARRIER");
            }
            return real.handOver(handover);
        }
    }

    /** Answers the carrier as the warehouse wrote it (UPS), so tracking webhooks (ups) never find the shipment. */
    static class CarrierAsWritten extends WithAMistake {
        @Override
        HandedOver mistake(Carriers real, Handover handover) {
            var handedOver = real.handOver(handover);
            return new HandedOver(handover.carrier(), handedOver.trackingNumber(), handedOver.trackingUrl());
        }
    }
}
