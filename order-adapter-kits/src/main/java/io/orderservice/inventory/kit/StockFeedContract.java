package io.orderservice.inventory.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Counted;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Received;
import io.orderservice.inventory.kit.WarehouseMessage.Kind;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every adapter that follows a warehouse system's stock events must do, as tests (docs/adapters/stock-feeds.md).
 * The adapter reads the warehouse's messages and hands each to the service's {@code FollowStockFeedUseCase}: a receipt
 * as units received, a count as units on hand, messages about one item in the order they were sent, a redelivered
 * message under the same event id (so the service's inbox applies it once), a failure to apply retried rather than
 * lost, and a message it cannot read or the service refuses set aside for people — never dropped silently, never
 * guessed at, never blocking the messages behind it.
 *
 * <p>Each test uses SKUs of its own, so messages of one test still travelling cannot disturb another.
 */
public abstract class StockFeedContract {

    /** Where the adapter under test hands what it reads; the same instance for the whole test class. */
    protected abstract RecordingStockFeed feed();

    /** Writes the message in the warehouse's format and sends it as the warehouse does (a record keyed by SKU, say). */
    protected abstract void send(WarehouseMessage message);

    /** Sends what is no message at all (cut-off JSON, say), about the SKU where the format has one (the record's key). */
    protected abstract void sendUnreadable(Sku sku);

    /**
     * How many messages about the SKU the adapter has set aside for people (a dead-letter topic, a refusal the warehouse
     * keeps): an unreadable message counts, whatever the adapter can tell of its SKU.
     */
    protected abstract long setAside(Sku sku);

    /** How long the adapter may take to read a message (a broker's consumer starts up, retries back off). */
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    @Test
    void aReceiptIsAppliedAsUnitsReceivedUnderTheWarehousesEventId() {
        var message = message(Kind.RECEIVED, "MAIN", newSku(), 5);
        send(message);

        awaitApplied(message.sku(), 1);
        var delivery = feed().deliveries(message.sku()).get(0);
        assertThat(delivery.event()).isEqualTo(new Received("MAIN", message.sku(), 5));
        assertThat(delivery.eventId()).as("the warehouse's id, which the inbox keeps").isEqualTo(message.eventId());
        assertThat(delivery.source()).as("the feed it came from, so two warehouses' ids cannot collide").isNotBlank();
    }

    @Test
    void aCountIsAppliedAsUnitsOnHandEvenWhenNoneAreLeft() {
        var message = message(Kind.COUNTED, "WEST", newSku(), 0);
        send(message);

        awaitApplied(message.sku(), 1);
        assertThat(feed().applied(message.sku())).containsExactly(new Counted("WEST", message.sku(), 0));
    }

    @Test
    void aMessageDeliveredTwiceIsAppliedOnce() {
        var message = message(Kind.RECEIVED, "MAIN", newSku(), 3);
        send(message);
        send(message);
        var after = message(Kind.RECEIVED, "MAIN", message.sku(), 1);
        send(after);

        awaitApplied(message.sku(), 2);
        assertThat(feed().applied(message.sku())).as("the second delivery under the same id is no second receipt")
                .containsExactly(new Received("MAIN", message.sku(), 3), new Received("MAIN", message.sku(), 1));
        assertThat(feed().deliveries(message.sku())).extracting(RecordingStockFeed.Delivery::eventId)
                .as("every delivery under the warehouse's id, never one of the adapter's making")
                .containsOnly(message.eventId(), after.eventId());
    }

    @Test
    void messagesAboutOneItemAreAppliedInTheOrderTheyWereSent() {
        var sku = newSku();
        send(message(Kind.COUNTED, "MAIN", sku, 10));
        send(message(Kind.RECEIVED, "MAIN", sku, 5));
        send(message(Kind.COUNTED, "MAIN", sku, 3));
        send(message(Kind.RECEIVED, "MAIN", sku, 2));

        awaitApplied(sku, 4);
        assertThat(feed().applied(sku)).as("a count read before the receipt it followed leaves the wrong stock")
                .containsExactly(new Counted("MAIN", sku, 10), new Received("MAIN", sku, 5), new Counted("MAIN", sku, 3),
                        new Received("MAIN", sku, 2));
    }

    @Test
    void anUnreadableMessageIsSetAsideAndTheMessagesBehindItAreApplied() {
        var sku = newSku();
        sendUnreadable(sku);
        send(message(Kind.RECEIVED, "MAIN", sku, 4));

        awaitApplied(sku, 1);
        awaitSetAside(sku, 1);
    }

    @Test
    void aKindOfMessageNewerThanTheAdapterIsSetAsideNotGuessedAt() {
        var sku = newSku();
        send(message(Kind.NEWER_THAN_THE_ADAPTER, "MAIN", sku, 7));
        send(message(Kind.COUNTED, "MAIN", sku, 2));

        awaitApplied(sku, 1);
        awaitSetAside(sku, 1);
        assertThat(feed().applied(sku)).as("neither a receipt nor a count of 7").containsExactly(new Counted("MAIN", sku, 2));
    }

    @Test
    void quantitiesTheServiceRefusesAreSetAside() {
        var sku = newSku();
        send(message(Kind.RECEIVED, "MAIN", sku, 0));
        send(message(Kind.COUNTED, "MAIN", sku, -1));
        send(message(Kind.RECEIVED, "MAIN", sku, 6));

        awaitApplied(sku, 1);
        awaitSetAside(sku, 2);
        assertThat(feed().applied(sku)).containsExactly(new Received("MAIN", sku, 6));
    }

    @Test
    void aMessageWithoutAnEventIdIsSetAsideForTheInboxCouldNotApplyItOnce() {
        var sku = newSku();
        send(new WarehouseMessage("", Kind.RECEIVED, "MAIN", sku, 2, Instant.now()));
        send(message(Kind.RECEIVED, "MAIN", sku, 1));

        awaitApplied(sku, 1);
        awaitSetAside(sku, 1);
        assertThat(feed().applied(sku)).containsExactly(new Received("MAIN", sku, 1));
    }

    @Test
    void aFailureToApplyIsRetriedNotLostNorSetAside() {
        var message = message(Kind.RECEIVED, "MAIN", newSku(), 8);
        feed().failNext(2);
        send(message);

        awaitApplied(message.sku(), 1);
        assertThat(feed().applied(message.sku())).containsExactly(new Received("MAIN", message.sku(), 8));
        assertThat(setAside(message.sku())).as("the message was good; the service was restarting").isZero();
    }

    private static WarehouseMessage message(Kind kind, String location, Sku sku, int quantity) {
        return new WarehouseMessage(UUID.randomUUID().toString(), kind, location, sku, quantity, Instant.now());
    }

    private static Sku newSku() {
        return new Sku("KIT-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void awaitApplied(Sku sku, int events) {
        await("%d events about %s applied".formatted(events, sku)).atMost(patience())
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> feed().applied(sku).size() >= events);
    }

    private void awaitSetAside(Sku sku, long messages) {
        await("%d messages about %s set aside".formatted(messages, sku)).atMost(patience())
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> setAside(sku) >= messages);
    }
}
