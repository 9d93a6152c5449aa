package io.orderservice.returns.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.CustomerNotices.Kind;
import io.orderservice.returns.application.port.out.CustomerNotices.Label;
import io.orderservice.returns.application.port.out.CustomerNotices.ReturnNotice;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomerNotices} adapter must do, as tests (docs/adapters/notifications.md). The port is told in the
 * transaction of the change it is about, so a notice reaches the customer <em>when that change commits</em> — never for a
 * change rolled back — once, to that customer only, saying what it is about (the RMA to write on the parcel, the reason
 * of a rejection, the label to print, the amount refunded). Telling never fails the change: a channel that is down
 * delays the notice, it does not lose it nor undo the customer's return.
 */
public abstract class CustomerNoticesContract {

    /** A customer the adapter can reach about an order of theirs (their contact known to it, where it needs one). */
    public record Recipient(OrderId orderId, CustomerId customerId) {
    }

    /** A channel that is down until {@link #end()}: a mail server that refuses connections, say. */
    public interface Outage {
        void end();
    }

    /** The adapter under test, as the service has it. */
    protected abstract CustomerNotices notices();

    /** A new customer and order the adapter can reach; a different one at every call. */
    protected abstract Recipient recipient();

    /** Runs the work in a transaction as the service's use cases do, and commits it. */
    protected abstract void committed(Runnable work);

    /** Runs the work in a transaction as the service's use cases do, and rolls it back (the change failed after it). */
    protected abstract void rolledBack(Runnable work);

    /** Every message that has reached the customer about the order so far (the record, the mail's subject and text). */
    protected abstract List<String> received(Recipient recipient);

    /** The kind of notice a message that reached the customer is, as the adapter wrote it (the mail's subject, say). */
    protected abstract Kind kindOf(String message);

    /** Takes the channel down from now on; empty when the test cannot (the outage scenario is skipped). */
    protected Optional<Outage> outage() {
        return Optional.empty();
    }

    /** How long the channel stays down after the change committed: long enough for the adapter to have tried. */
    protected Duration outageLasts() {
        return Duration.ofSeconds(2);
    }

    /** How long a notice may take to arrive (after commit, through an outbox, a broker, a mail server). */
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    @Test
    void everyKindReachesTheCustomerOnceSayingWhatItIsAbout() {
        var recipient = recipient();
        var notices = List.of(notice(recipient, Kind.APPROVED), notice(recipient, Kind.PARTIALLY_APPROVED),
                notice(recipient, Kind.LABEL_BOOKED), notice(recipient, Kind.REJECTED), notice(recipient, Kind.RECEIVED),
                notice(recipient, Kind.REFUNDED));
        committed(() -> notices.forEach(notices()::tell));

        awaitReceived(recipient, notices.size());
        for (var notice : notices) {
            var messages = received(recipient).stream().filter(message -> kindOf(message) == notice.kind()).toList();
            assertThat(messages).as("the %s notice, once", notice.kind()).hasSize(1);
            var message = messages.get(0);
            assertThat(message).as("%s: the order it is about", notice.kind()).contains(notice.orderId().toString());
            if (notice.rma() != null) {
                assertThat(message).as("%s: the RMA to write on the parcel", notice.kind()).contains(notice.rma());
            }
            if (notice.reason() != null) {
                assertThat(message).as("%s: why", notice.kind()).contains(notice.reason());
            }
            if (notice.label() != null) {
                assertThat(message).as("the label to print and the parcel's number").contains(notice.label().url().toString(),
                        notice.label().trackingNumber());
            }
            if (notice.refunded() != null) {
                assertThat(message).as("the amount refunded").contains(notice.refunded().toDecimal().toPlainString(),
                        notice.refunded().currency().getCurrencyCode());
            }
        }
    }

    @Test
    void aNoticeOfAChangeRolledBackNeverReachesTheCustomer() {
        var recipient = recipient();
        var undone = notice(recipient, Kind.REJECTED);
        rolledBack(() -> notices().tell(undone));
        var done = notice(recipient, Kind.APPROVED);
        committed(() -> notices().tell(done));

        awaitReceived(recipient, 1);
        assertThat(received(recipient)).as("only the approval that committed; the rejection was rolled back")
                .singleElement().satisfies(message -> assertThat(message).contains(done.rma()));
    }

    @Test
    void aCustomerIsToldOnlyAboutTheirOwnReturns() {
        var one = recipient();
        var other = recipient();
        var toOne = notice(one, Kind.APPROVED);
        var toOther = notice(other, Kind.APPROVED);
        committed(() -> {
            notices().tell(toOne);
            notices().tell(toOther);
        });

        awaitReceived(one, 1);
        awaitReceived(other, 1);
        assertThat(received(one)).singleElement().satisfies(message -> assertThat(message).contains(toOne.rma())
                .doesNotContain(toOther.rma()));
        assertThat(received(other)).singleElement().satisfies(message -> assertThat(message).contains(toOther.rma())
                .doesNotContain(toOne.rma()));
    }

    @Test
    void aChannelThatIsDownDelaysTheNoticeAndNeverFailsTheChange() {
        var outage = outage();
        assumeTrue(outage.isPresent(), "the test cannot take the channel down");
        var recipient = recipient();
        var notice = notice(recipient, Kind.LABEL_BOOKED);
        try {
            assertThatCode(() -> committed(() -> notices().tell(notice)))
                    .as("the customer's return is recorded whatever the channel does").doesNotThrowAnyException();
            // The adapter tries while the channel is down (an after-commit listener runs at once)
            await("nothing can arrive while the channel is down").during(outageLasts())
                    .atMost(outageLasts().plusSeconds(5)).until(() -> received(recipient).isEmpty());
        } finally {
            outage.get().end();
        }

        awaitReceived(recipient, 1);
        assertThat(received(recipient)).singleElement().satisfies(message -> assertThat(message)
                .contains(notice.label().url().toString()));
    }

    private void awaitReceived(Recipient recipient, int messages) {
        await("%d messages about order %s".formatted(messages, recipient.orderId())).atMost(patience())
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> received(recipient).size() >= messages);
    }

    /** A notice of that kind to the recipient, with an RMA and a reason of its own so that it can be told apart. */
    private static ReturnNotice notice(Recipient recipient, Kind kind) {
        var unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var rma = switch (kind) {
            case APPROVED, PARTIALLY_APPROVED -> "RMA-" + unique;
            default -> null;
        };
        var reason = switch (kind) {
            case PARTIALLY_APPROVED -> "the mug was used (" + unique + ")";
            case REJECTED -> "past the return window (" + unique + ")";
            default -> null;
        };
        var refunded = kind == Kind.REFUNDED ? Money.of(1_250, "EUR") : null;
        var label = kind == Kind.LABEL_BOOKED
                ? new Label("acme-post", "RT" + unique, URI.create("https://labels.example.com/" + unique + ".pdf"))
                : null;
        return new ReturnNotice(kind, UUID.randomUUID(), recipient.orderId(), recipient.customerId(), rma, reason, refunded,
                label, Instant.now());
    }
}
