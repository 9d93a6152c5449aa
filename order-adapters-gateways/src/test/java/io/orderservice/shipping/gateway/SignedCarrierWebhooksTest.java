package io.orderservice.shipping.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.fulfilment.application.port.out.CarrierWebhooks.InvalidCarrierWebhookException;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import io.orderservice.shared.gateway.TimestampedSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A carrier's tracking webhook is read only when it is signed with that carrier's secret, lately, and well formed. */
class SignedCarrierWebhooksTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String SECRET = "whsec_dhl";
    private static final SignedCarrierWebhooks WEBHOOKS = new SignedCarrierWebhooks(new CarrierProperties(Map.of(
            "dhl", new CarrierProperties.Carrier("[0-9A-Z]{10,39}", null, null, SECRET, Duration.ofMinutes(5)),
            "ups", new CarrierProperties.Carrier("1Z[0-9A-Z]{16}", null, null, null, null))),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final String BODY = """
            {"events": [{"eventId": "evt-1", "trackingNumber": "JD014600006281", "milestone": "out_for_delivery",
                         "occurredAt": "2026-11-28T07:10:00Z", "place": "Leipzig"}]}""";

    @Test
    void aSignedWebhookIsReadIntoUpdates() {
        var updates = WEBHOOKS.read("DHL", Map.of("x-signature", sign(SECRET, NOW, BODY)), BODY);

        assertThat(updates).containsExactly(new TrackingUpdate("evt-1", "JD014600006281", TrackingMilestone.OUT_FOR_DELIVERY,
                Instant.parse("2026-11-28T07:10:00Z"), "Leipzig", null));
    }

    @Test
    void aForgedStaleOrUnsignedWebhookOrOneFromACarrierWithoutASecretIsRefused() {
        assertThatThrownBy(() -> WEBHOOKS.read("dhl", Map.of("x-signature", sign("guess", NOW, BODY)), BODY))
                .isInstanceOf(InvalidCarrierWebhookException.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> WEBHOOKS.read("dhl", Map.of("x-signature", sign(SECRET, NOW.minusSeconds(301), BODY)), BODY))
                .isInstanceOf(InvalidCarrierWebhookException.class).hasMessageContaining("signed 301 s away");
        for (var impossible : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 31_556_889_864_403_200L}) {
            assertThatThrownBy(() -> WEBHOOKS.read("dhl", Map.of("x-signature", TimestampedSignature.sign(SECRET, impossible, BODY)),
                    BODY)).as("t=" + impossible).isInstanceOf(InvalidCarrierWebhookException.class).hasMessageContaining("signed");
        }
        assertThatThrownBy(() -> WEBHOOKS.read("dhl", Map.of(), BODY))
                .isInstanceOf(InvalidCarrierWebhookException.class).hasMessageContaining("no signature header");
        assertThatThrownBy(() -> WEBHOOKS.read("ups", Map.of("x-signature", sign(SECRET, NOW, BODY)), BODY))
                .isInstanceOf(InvalidCarrierWebhookException.class).hasMessageContaining("no carrier 'ups'");
    }

    @Test
    void aSignedWebhookThatIsNotOneIsRefused() {
        for (var body : new String[] {"not json", "{\"events\": []}",
                "{\"events\": [{\"eventId\": \"e\", \"trackingNumber\": \"JD1\", \"occurredAt\": \"2026-11-28T07:10:00Z\"}]}",
                "{\"events\": [{\"eventId\": \"e\", \"trackingNumber\": \"JD1\", \"milestone\": \"DELIVERED\", \"occurredAt\": \"yesterday\"}]}",
                "{\"events\": [{\"trackingNumber\": \"JD1\", \"milestone\": \"DELIVERED\", \"occurredAt\": \"2026-11-28T07:10:00Z\"}]}"}) {
            assertThatThrownBy(() -> WEBHOOKS.read("dhl", Map.of("x-signature", sign(SECRET, NOW, body)), body))
                    .as(body).isInstanceOf(InvalidCarrierWebhookException.class);
        }
    }

    private static String sign(String secret, Instant at, String body) {
        return TimestampedSignature.sign(secret, at.getEpochSecond(), body);
    }
}
