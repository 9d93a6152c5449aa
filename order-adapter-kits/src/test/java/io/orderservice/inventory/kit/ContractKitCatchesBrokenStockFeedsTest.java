package io.orderservice.inventory.kit;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Counted;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.Received;
import io.orderservice.inventory.application.port.in.FollowStockFeedUseCase.StockEvent;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stock feed kit passes a feed that reads as it should and fails feeds broken the way they break. The feeds here
 * read a warehouse's lines ({@code id|type|location|sku|quantity}) as they are sent; the Kafka consumer passes the same
 * kit against a broker (StockEventsConsumerContractTest).
 */
class ContractKitCatchesBrokenStockFeedsTest {

    @Test
    void aFeedThatReadsAsItShouldPassesTheKit() {
        assertKitFails(ReadsAsItShould.class, 0);
    }

    @Test
    void aFeedThatMintsItsOwnEventIdsFailsTheKit() {
        assertKitFails(MintsItsOwnEventIds.class, 3, "aMessageDeliveredTwiceIsAppliedOnce",
                "aReceiptIsAppliedAsUnitsReceivedUnderTheWarehousesEventId", "aMessageWithoutAnEventId");
    }

    @Test
    void aFeedThatDropsWhatItCannotUseFailsTheKit() {
        assertKitFails(DropsWhatItCannotUse.class, 4, "anUnreadableMessageIsSetAside", "aKindOfMessageNewerThanTheAdapter",
                "quantitiesTheServiceRefuses", "aMessageWithoutAnEventId");
    }

    @Test
    void aFeedThatReadsUnknownKindsAsCountsFailsTheKit() {
        assertKitFails(ReadsUnknownKindsAsCounts.class, 1, "aKindOfMessageNewerThanTheAdapter");
    }

    @Test
    void aFeedThatGivesUpOnTheFirstFailureFailsTheKit() {
        assertKitFails(GivesUpOnTheFirstFailure.class, 1, "aFailureToApplyIsRetried");
    }

    @Test
    void aFeedThatReadsItsPagesNewestFirstFailsTheKit() {
        assertKitFails(ReadsPagesNewestFirst.class, 6, "messagesAboutOneItemAreAppliedInTheOrderTheyWereSent");
    }

    /** Reads each line as it is sent: refused lines set aside at once, other failures retried three times. */
    static class ReadsAsItShould extends StockFeedContract {

        static final String SOURCE = "lines:warehouse";
        private final RecordingStockFeed feed = new RecordingStockFeed();
        private final Map<Sku, Integer> setAside = new HashMap<>();

        @Override
        protected RecordingStockFeed feed() {
            return feed;
        }

        @Override
        protected Duration patience() {
            return Duration.ofMillis(300); // everything here happens as it is sent
        }

        @Override
        protected void send(WarehouseMessage message) {
            var type = switch (message.kind()) {
                case RECEIVED -> "received";
                case COUNTED -> "counted";
                case NEWER_THAN_THE_ADAPTER -> "transferred";
            };
            read(message.sku(), String.join("|", message.eventId(), type, message.location(), message.sku().value(),
                    Integer.toString(message.quantity())));
        }

        @Override
        protected void sendUnreadable(Sku sku) {
            read(sku, "{\"eventId\": \"cut off");
        }

        @Override
        protected long setAside(Sku sku) {
            return setAside.getOrDefault(sku, 0);
        }

        void read(Sku key, String line) {
            for (int attempt = 1; ; attempt++) {
                try {
                    var fields = line.split("\\|", -1);
                    if (fields.length != 5) {
                        throw new InvalidValueException("not a stock line");
                    }
                    feed.apply(SOURCE, eventId(fields[0]), event(fields[1], fields[2], new Sku(fields[3]),
                            Integer.parseInt(fields[4])));
                    return;
                } catch (InvalidValueException refused) {
                    setAsideFor(key, refused);
                    return;
                } catch (RuntimeException failure) {
                    if (attempt >= attempts()) {
                        setAsideFor(key, failure);
                        return;
                    }
                }
            }
        }

        int attempts() {
            return 3;
        }

        void setAsideFor(Sku key, RuntimeException reason) {
            setAside.merge(key, 1, Integer::sum);
        }

        String eventId(String id) {
            return id;
        }

        StockEvent event(String type, String location, Sku sku, int quantity) {
            return switch (type) {
                case "received" -> new Received(location, sku, quantity);
                case "counted" -> new Counted(location, sku, quantity);
                default -> throw new InvalidValueException("unknown type " + type);
            };
        }
    }

    /** Gives every delivery an id of its own (the record's offset, a fresh UUID): a redelivery is a second receipt. */
    static class MintsItsOwnEventIds extends ReadsAsItShould {
        @Override
        String eventId(String id) {
            return UUID.randomUUID().toString();
        }
    }

    /** Logs what it cannot use and moves on: nobody ever sees those messages again. */
    static class DropsWhatItCannotUse extends ReadsAsItShould {
        @Override
        void setAsideFor(Sku key, RuntimeException reason) {
            if (!(reason instanceof InvalidValueException)) {
                super.setAsideFor(key, reason);
            }
        }
    }

    /** Takes any type it does not know for a count: a transfer of 7 sets the stock to 7. */
    static class ReadsUnknownKindsAsCounts extends ReadsAsItShould {
        @Override
        StockEvent event(String type, String location, Sku sku, int quantity) {
            return "received".equals(type) ? new Received(location, sku, quantity) : new Counted(location, sku, quantity);
        }
    }

    /** Sets a message aside at its first failure, however passing: a restart of the database loses receipts. */
    static class GivesUpOnTheFirstFailure extends ReadsAsItShould {
        @Override
        int attempts() {
            return 1;
        }
    }

    /** Polls the warehouse for pages of two and applies a page newest first (the API's default sort). */
    static class ReadsPagesNewestFirst extends ReadsAsItShould {
        private final List<Object[]> page = new ArrayList<>();

        @Override
        void read(Sku key, String line) {
            page.add(new Object[] {key, line});
            if (page.size() == 2) {
                super.read((Sku) page.get(1)[0], (String) page.get(1)[1]);
                super.read((Sku) page.get(0)[0], (String) page.get(0)[1]);
                page.clear();
            }
        }
    }
}
