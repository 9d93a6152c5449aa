package io.orderservice.returns.kit;

import static io.orderservice.shared.kit.BrokenAdapters.assertKitFails;

import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.CustomerNotices.Kind;
import io.orderservice.returns.application.port.out.CustomerNotices.ReturnNotice;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The notice kit passes an adapter that tells as it should and fails adapters broken the way they break. The adapters
 * here write a line per notice to an in-memory channel after a simulated commit; the outbox adapter passes the same kit
 * on PostgreSQL and Kafka (OutboxCustomerNoticesContractIT), the mail adapter against an SMTP server.
 */
class ContractKitCatchesBrokenNoticeAdaptersTest {

    @Test
    void anAdapterThatTellsAsItShouldPassesTheKit() {
        assertKitFails(TellsAfterCommit.class, 0);
    }

    @Test
    void anAdapterThatSendsBeforeTheChangeCommitsFailsTheKit() {
        assertKitFails(SendsAtOnce.class, 2, "aNoticeOfAChangeRolledBackNeverReachesTheCustomer",
                "aChannelThatIsDownDelaysTheNoticeAndNeverFailsTheChange");
    }

    @Test
    void anAdapterThatDropsWhatTheChannelRefusedFailsTheKit() {
        assertKitFails(DropsWhatTheChannelRefused.class, 1, "aChannelThatIsDown");
    }

    @Test
    void anAdapterThatWritesAPartialApprovalAsAnApprovalFailsTheKit() {
        assertKitFails(WritesAPartialApprovalAsAnApproval.class, 1, "everyKindReachesTheCustomerOnce");
    }

    @Test
    void anAdapterThatLeavesOutTheReasonFailsTheKit() {
        assertKitFails(LeavesOutTheReason.class, 1, "everyKindReachesTheCustomerOnce");
    }

    @Test
    void anAdapterThatTellsTheFirstCustomerItMetFailsTheKit() {
        assertKitFails(TellsTheFirstCustomerItMet.class, 1, "aCustomerIsToldOnlyAboutTheirOwnReturns");
    }

    /**
     * Sends after commit (a transaction's after-commit callbacks, simulated), and keeps what the channel refused to send
     * again when it is back.
     */
    static class TellsAfterCommit extends CustomerNoticesContract {

        final Map<OrderId, List<String>> channel = new HashMap<>();
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<ReturnNotice> toSendAgain = new ArrayList<>();
        boolean channelDown;

        @Override
        protected CustomerNotices notices() {
            return notice -> afterCommit.add(() -> sendOrKeep(notice));
        }

        @Override
        protected Recipient recipient() {
            return new Recipient(OrderId.newId(), new CustomerId("customer-" + UUID.randomUUID()));
        }

        @Override
        protected void committed(Runnable work) {
            work.run();
            afterCommit.forEach(Runnable::run);
            afterCommit.clear();
        }

        @Override
        protected void rolledBack(Runnable work) {
            work.run();
            afterCommit.clear();
        }

        @Override
        protected List<String> received(Recipient recipient) {
            return channel.getOrDefault(recipient.orderId(), List.of());
        }

        @Override
        protected Kind kindOf(String message) {
            return Kind.valueOf(message.substring(0, message.indexOf(' ')));
        }

        @Override
        protected Optional<Outage> outage() {
            channelDown = true;
            return Optional.of(() -> {
                channelDown = false;
                var again = List.copyOf(toSendAgain);
                toSendAgain.clear();
                again.forEach(this::sendOrKeep);
            });
        }

        @Override
        protected Duration patience() {
            return Duration.ofMillis(300); // everything here happens at commit
        }

        @Override
        protected Duration outageLasts() {
            return Duration.ofMillis(100);
        }

        void sendOrKeep(ReturnNotice notice) {
            try {
                send(notice);
            } catch (IllegalStateException refused) {
                keep(notice);
            }
        }

        void keep(ReturnNotice notice) {
            toSendAgain.add(notice);
        }

        void send(ReturnNotice notice) {
            if (channelDown) {
                throw new IllegalStateException("connection refused");
            }
            channel.computeIfAbsent(addressee(notice), order -> new ArrayList<>()).add(write(notice));
        }

        OrderId addressee(ReturnNotice notice) {
            return notice.orderId();
        }

        String write(ReturnNotice notice) {
            var label = notice.label() == null ? "" : notice.label().url() + " " + notice.label().trackingNumber();
            var refunded = notice.refunded() == null ? ""
                    : notice.refunded().toDecimal().toPlainString() + " " + notice.refunded().currency().getCurrencyCode();
            return String.join(" ", kind(notice), notice.orderId().toString(), String.valueOf(notice.rma()), reason(notice),
                    label, refunded);
        }

        String kind(ReturnNotice notice) {
            return notice.kind().name();
        }

        String reason(ReturnNotice notice) {
            return String.valueOf(notice.reason());
        }
    }

    /** Sends as it is told, inside the transaction: a rolled-back rejection is still mailed, a mail outage fails the return. */
    static class SendsAtOnce extends TellsAfterCommit {
        @Override
        protected CustomerNotices notices() {
            return this::send;
        }
    }

    /** Logs what the channel refused and moves on: the customer never gets the label. */
    static class DropsWhatTheChannelRefused extends TellsAfterCommit {
        @Override
        void keep(ReturnNotice notice) {
        }
    }

    /** One template for approvals: "approved" for a partial approval too, so the customer sends back what was refused. */
    static class WritesAPartialApprovalAsAnApproval extends TellsAfterCommit {
        @Override
        String kind(ReturnNotice notice) {
            return notice.kind() == Kind.PARTIALLY_APPROVED ? Kind.APPROVED.name() : notice.kind().name();
        }
    }

    /** A template without the reason: the customer learns the return was rejected, not why. */
    static class LeavesOutTheReason extends TellsAfterCommit {
        @Override
        String reason(ReturnNotice notice) {
            return "";
        }
    }

    /** Keeps the first contact it looked up (a cache keyed by nothing): everyone's notices go to one customer. */
    static class TellsTheFirstCustomerItMet extends TellsAfterCommit {
        private OrderId first;

        @Override
        OrderId addressee(ReturnNotice notice) {
            if (first == null) {
                first = notice.orderId();
            }
            return first;
        }
    }
}
