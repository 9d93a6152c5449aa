package io.orderservice.shipping.gateway;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.fulfilment.application.port.out.CarrierWebhooks.InvalidCarrierWebhookException;
import io.orderservice.fulfilment.application.port.out.CarrierWebhooks;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.gateway.TimestampedSignature;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tracking webhook kit fails carrier webhook adapters broken the way they break, each the working one with one mistake. */
class ContractKitCatchesBrokenCarrierWebhooksTest {

    @Test
    void webhooksThatDoNotCheckTheSignatureFailTheKit() {
        assertKitFails(AcceptsAnySignature.class, 4, "aPayloadChangedAfterSigning", "aWebhookWithoutItsSignature",
                "aSignatureOlderThanTheTolerance", "aSenderClockAhead");
    }

    @Test
    void webhooksThatDoNotCheckTheAgeFailTheKit() {
        assertKitFails(IgnoresTheAge.class, 2, "aSignatureOlderThanTheTolerance", "aSenderClockAhead");
    }

    @Test
    void webhooksThatRefuseABatchForOneNewerMilestoneFailTheKit() {
        assertKitFails(RefusesNewerMilestones.class, 1, "anEventOfAMilestoneNewerThanTheAdapter");
    }

    @Test
    void webhooksThatReadOutForDeliveryAsDeliveredFailTheKit() {
        assertKitFails(OutForDeliveryAsDelivered.class, 2, "readsEachMilestoneAsThatMilestone", "readsABatch");
    }

    /** Signs whatever arrives itself, as an adapter that never looks at the header is as good as. */
    static class AcceptsAnySignature extends SignedCarrierWebhooksContractTest {
        @Override
        protected CarrierWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return (carrier, headers, payload) -> real.read(carrier, Map.of(SignedCarrierWebhooks.SIGNATURE_HEADER,
                    TimestampedSignature.sign(SECRET, clock.instant().getEpochSecond(), payload)), payload);
        }
    }

    /** Checks the signature with a tolerance of a year: a webhook captured today is good for replaying all year. */
    static class IgnoresTheAge extends SignedCarrierWebhooksContractTest {
        @Override
        protected CarrierWebhooks webhooks(Clock clock) {
            return new SignedCarrierWebhooks(new CarrierProperties(Map.of(
                    "dhl", new CarrierProperties.Carrier("[0-9A-Z]{10,39}", null, null, SECRET, Duration.ofDays(365)))), clock);
        }
    }

    /** Reads milestones with valueOf, so one it does not know fails the whole batch. */
    static class RefusesNewerMilestones extends SignedCarrierWebhooksContractTest {
        @Override
        protected CarrierWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return (carrier, headers, payload) -> {
                if (payload.contains("HELD_AT_LOCKER")) {
                    throw new InvalidCarrierWebhookException("No enum constant TrackingMilestone.HELD_AT_LOCKER");
                }
                return real.read(carrier, headers, payload);
            };
        }
    }

    /** Maps the carrier's "out for delivery" to delivered, as a hurried mapping table does. */
    static class OutForDeliveryAsDelivered extends SignedCarrierWebhooksContractTest {
        @Override
        protected CarrierWebhooks webhooks(Clock clock) {
            var real = super.webhooks(clock);
            return (carrier, headers, payload) -> real.read(carrier, headers, payload).stream()
                    .map(update -> update.milestone() != TrackingMilestone.OUT_FOR_DELIVERY ? update
                            : new TrackingUpdate(update.eventId(), update.trackingNumber(), TrackingMilestone.DELIVERED,
                            update.occurredAt(), update.place(), update.description())).toList();
        }
    }
}
