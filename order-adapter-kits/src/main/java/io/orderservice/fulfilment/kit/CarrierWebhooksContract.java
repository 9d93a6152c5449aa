package io.orderservice.fulfilment.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.fulfilment.application.port.out.CarrierWebhooks.InvalidCarrierWebhookException;
import io.orderservice.fulfilment.application.port.out.CarrierWebhooks;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.fulfilment.domain.tracking.TrackingUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link CarrierWebhooks} must do, as tests (docs/adapters/carriers.md, "Tracking webhooks"). The adapter's
 * test renders the carrier's own webhook for the updates the kit names, signed at the time the kit gives; the kit checks
 * that each milestone is read as exactly that milestone, that forged, unsigned, stale and skewed webhooks are refused,
 * and that an event of a milestone newer than the adapter is left out while the rest of its batch is read (refusing the
 * batch would make the carrier send it again and again, and lose the events beside it).
 */
public abstract class CarrierWebhooksContract {

    /** When the kit's webhooks are received. */
    protected static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** A carrier's request as it arrives: headers (names in lower case) and the raw body. */
    public record Webhook(Map<String, String> headers, String payload) {
    }

    /** The adapter under test, reading webhooks at the time {@code clock} tells. */
    protected abstract CarrierWebhooks webhooks(Clock clock);

    /** The carrier's name, as its webhooks arrive for it ({@code POST /api/v1/carriers/{carrier}/tracking-events}). */
    protected abstract String carrier();

    /** How far from now a signature's time may be. */
    protected abstract Duration tolerance();

    /** The carrier's webhook reporting {@code updates}, in its own format, signed at {@code signedAt}. */
    protected abstract Webhook webhookFor(List<TrackingUpdate> updates, Instant signedAt);

    /**
     * The carrier's webhook reporting {@code known} and, before it, one event of a milestone newer than the adapter
     * (say {@code HELD_AT_LOCKER}), signed at {@code signedAt}.
     */
    protected abstract Webhook webhookWithANewerMilestone(TrackingUpdate known, Instant signedAt);

    @TestFactory
    Stream<DynamicTest> readsEachMilestoneAsThatMilestone() {
        return Arrays.stream(TrackingMilestone.values()).map(milestone -> DynamicTest.dynamicTest(milestone.name(), () -> {
            var update = update("evt-" + milestone, milestone);
            assertThat(read(webhookFor(List.of(update), NOW))).as("read as %s", milestone).containsExactly(update);
        }));
    }

    @Test
    void readsABatchInTheCarriersOrder() {
        var batch = List.of(update("evt-a", TrackingMilestone.PICKED_UP), update("evt-b", TrackingMilestone.IN_TRANSIT),
                update("evt-c", TrackingMilestone.OUT_FOR_DELIVERY));
        assertThat(read(webhookFor(batch, NOW))).isEqualTo(batch);
    }

    @Test
    void anEventOfAMilestoneNewerThanTheAdapterIsLeftOutAndTheRestRead() {
        var known = update("evt-known", TrackingMilestone.DELIVERED);
        assertThat(read(webhookWithANewerMilestone(known, NOW))).containsExactly(known);
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        var signed = webhookFor(List.of(update("evt-1", TrackingMilestone.IN_TRANSIT)), NOW);
        var changed = signed.payload().replace("evt-1", "evt-2");
        assertThat(changed).as("the rendered payload names the event's id").isNotEqualTo(signed.payload());
        assertRefused(new Webhook(signed.headers(), changed));
    }

    @Test
    void aWebhookWithoutItsSignatureIsRefused() {
        assertRefused(new Webhook(Map.of(), webhookFor(List.of(update("evt-1", TrackingMilestone.IN_TRANSIT)), NOW).payload()));
    }

    @Test
    void aSignatureOlderThanTheToleranceIsRefused() {
        assertRefused(webhookFor(List.of(update("evt-1", TrackingMilestone.IN_TRANSIT)),
                NOW.minus(tolerance()).minusSeconds(1)));
    }

    @Test
    void aSenderClockAheadWithinTheToleranceIsAcceptedAndBeyondItRefused() {
        var update = update("evt-1", TrackingMilestone.IN_TRANSIT);
        assertThat(read(webhookFor(List.of(update), NOW.plus(tolerance()).minusSeconds(1)))).containsExactly(update);
        assertRefused(webhookFor(List.of(update), NOW.plus(tolerance()).plusSeconds(1)));
    }

    @Test
    void aCarrierThatSendsNoWebhooksHereIsRefused() {
        var webhook = webhookFor(List.of(update("evt-1", TrackingMilestone.IN_TRANSIT)), NOW);
        assertThatThrownBy(() -> webhooks(clock()).read("no-such-carrier", webhook.headers(), webhook.payload()))
                .isInstanceOf(InvalidCarrierWebhookException.class);
    }

    private List<TrackingUpdate> read(Webhook webhook) {
        return webhooks(clock()).read(carrier(), webhook.headers(), webhook.payload());
    }

    private void assertRefused(Webhook webhook) {
        assertThatThrownBy(() -> read(webhook)).as("refused as the port's exception (400, nothing recorded)")
                .isInstanceOf(InvalidCarrierWebhookException.class);
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static TrackingUpdate update(String eventId, TrackingMilestone milestone) {
        return new TrackingUpdate(eventId, "JD014600006281", milestone, Instant.parse("2026-11-28T07:10:00Z"), "Leipzig",
                milestone == TrackingMilestone.EXCEPTION ? "address not found" : null);
    }
}
