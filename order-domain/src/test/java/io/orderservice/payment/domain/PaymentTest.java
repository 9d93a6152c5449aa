package io.orderservice.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.domain.event.PaymentEvent.PaymentAuthorised;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentCaptured;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefundSettled;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentRefunded;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentUnwanted;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static Payment pending(long amountMinor) {
        return Payment.start(PaymentId.newId(), OrderId.newId(), new CustomerId("customer-1"), Money.of(amountMinor, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_approve"), "sandbox", NOW);
    }

    static Payment captured(long amountMinor) {
        var payment = pending(amountMinor);
        payment.authorised("auth_1", NOW);
        payment.captured(Money.of(amountMinor, "EUR"), "cap_1", NOW);
        payment.pullEvents();
        return payment;
    }

    @Test
    void anAuthorisationArrivingTwiceIsAppliedOnce() {
        var payment = pending(5_000);

        assertThat(payment.authorised("auth_1", NOW)).isTrue();
        assertThat(payment.authorised("auth_1", NOW)).isFalse();

        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(payment.transactions()).singleElement().satisfies(transaction -> {
            assertThat(transaction.kind()).isEqualTo(TransactionKind.AUTHORISATION);
            assertThat(transaction.idempotencyKey()).isEqualTo(payment.id() + ":authorisation");
        });
        assertThat(payment.pullEvents()).singleElement().isInstanceOf(PaymentAuthorised.class);
    }

    @Test
    void oldNewsNeverMovesAPaymentBackwards() {
        var payment = captured(5_000);

        assertThat(payment.authorised("auth_1", NOW)).isFalse();
        assertThat(payment.failed("timeout", NOW)).isFalse();
        assertThat(payment.declined("card_declined", "declined", NOW)).isFalse();
        assertThat(payment.voided("void_1", NOW)).isFalse();

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.pullEvents()).isEmpty();
    }

    @Test
    void aLateAuthorisationOfAFailedPaymentIsTheTruth() {
        // The gateway timed out (payment failed), then reported by webhook that it had authorised after all:
        // money is held, so the payment must say so (and whoever cancelled the order must release it).
        var payment = pending(5_000);
        payment.failed("gateway timeout", NOW);

        assertThat(payment.authorised("auth_late", NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(payment.status().holdsMoney()).isTrue();
    }

    @Test
    void onlyHeldMoneyCanBeUnwanted() {
        var payment = pending(5_000);
        assertThatThrownBy(() -> payment.unwanted("order cancelled", NOW)).isInstanceOf(IllegalPaymentOperationException.class);

        payment.authorised("auth_1", NOW);
        payment.pullEvents();
        payment.unwanted("order cancelled", NOW);
        assertThat(payment.pullEvents()).singleElement()
                .isInstanceOf(io.orderservice.payment.domain.event.PaymentEvent.PaymentUnwanted.class);
        assertThat(payment.status()).as("the void decides, not the wish").isEqualTo(PaymentStatus.AUTHORISED);
    }

    @Test
    void capturesNoMoreThanWasAuthorised() {
        var payment = pending(5_000);
        payment.authorised("auth_1", NOW);

        assertThatThrownBy(() -> payment.captureKey(Money.of(5_001, "EUR")))
                .isInstanceOf(IllegalPaymentOperationException.class).hasMessageContaining("only 50.00 EUR is authorised");
        assertThat(payment.captureKey(Money.of(4_000, "EUR"))).isEqualTo(payment.id() + ":capture");
        assertThat(payment.captured(Money.of(4_000, "EUR"), "cap_1", NOW)).isTrue();
        assertThat(payment.capturedAmount()).isEqualTo(Money.of(4_000, "EUR"));
        assertThat(payment.pullEvents()).last().isInstanceOf(PaymentCaptured.class);
    }

    @Test
    void voidsOnlyAnUncapturedAuthorisation() {
        assertThatThrownBy(() -> captured(5_000).voidKey()).isInstanceOf(IllegalPaymentOperationException.class)
                .hasMessage("cannot void a payment that is CAPTURED");
        assertThatThrownBy(() -> pending(5_000).voidKey()).isInstanceOf(IllegalPaymentOperationException.class);

        var payment = pending(5_000);
        payment.authorised("auth_1", NOW);
        assertThat(payment.voided("void_1", NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(payment.status().holdsMoney()).isFalse();
    }

    @Test
    void partialRefundsAddUpAndStopAtWhatWasCaptured() {
        var payment = captured(5_000);

        var key = payment.refundKey(Money.of(2_000, "EUR"), "r1");
        assertThat(payment.refunded(Money.of(2_000, "EUR"), "re_1", key, NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> payment.refundKey(Money.of(3_001, "EUR"), "r2"))
                .isInstanceOf(IllegalPaymentOperationException.class)
                .hasMessageContaining("only 30.00 EUR of the captured 50.00 EUR is left to refund");

        var rest = payment.refundKey(Money.of(3_000, "EUR"), "r2");
        assertThat(payment.refunded(Money.of(3_000, "EUR"), "re_2", rest, NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAmount()).isEqualTo(Money.of(5_000, "EUR"));
        assertThat(payment.pullEvents()).last().isInstanceOfSatisfying(PaymentRefunded.class, refunded ->
                assertThat(refunded.totalRefunded()).isEqualTo(Money.of(5_000, "EUR")));
    }

    @Test
    void theSameRefundReportedTwiceIsOneRefund() {
        var payment = captured(5_000);
        var key = payment.refundKey(Money.of(1_000, "EUR"), "r1");

        assertThat(payment.refunded(Money.of(1_000, "EUR"), "re_1", key, NOW)).isTrue();
        // The webhook for the same refund, after the synchronous answer.
        assertThat(payment.refunded(Money.of(1_000, "EUR"), "re_1", "gateway:re_1", NOW)).isFalse();

        assertThat(payment.refundedAmount()).isEqualTo(Money.of(1_000, "EUR"));
    }

    @Test
    void aRefundRetriedAfterTheGatewayWasUnreachableIsRecordedWhenMade() {
        var payment = captured(5_000);
        var key = payment.refundKey(Money.of(1_000, "EUR"), "r1");
        payment.operationFailed(TransactionKind.REFUND, Money.of(1_000, "EUR"), key, "timed out", NOW);

        assertThat(payment.refunded(Money.of(1_000, "EUR"), "re_1", key, NOW)).isTrue();
        assertThat(payment.refundProgress("r1")).isEqualTo(Payment.RefundProgress.MADE);
    }

    @Test
    void aPendingRefundIsHeldBackUntilTheGatewayMakesIt() {
        var payment = captured(5_000);
        var key = payment.refundKey(Money.of(2_000, "EUR"), "r1");

        assertThat(payment.refundPending(Money.of(2_000, "EUR"), "re_1", key, NOW)).isTrue();
        assertThat(payment.refundPending(Money.of(2_000, "EUR"), "re_1", key, NOW)).as("accepted twice").isFalse();
        assertThat(payment.refundProgress("r1")).isEqualTo(Payment.RefundProgress.PENDING);
        assertThat(payment.refundable()).isEqualTo(Money.of(3_000, "EUR"));
        assertThatThrownBy(() -> payment.refundKey(Money.of(3_001, "EUR"), "r2"))
                .hasMessageContaining("(20.00 EUR is being refunded)");
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.failedOperationKeys()).as("pending is no failure to retry").isEmpty();
        assertThat(payment.pullEvents()).isEmpty();

        // The gateway's webhook names the refund by its reference.
        assertThat(payment.refunded(Money.of(2_000, "EUR"), "re_1", "gateway:re_1", NOW)).isTrue();
        assertThat(payment.refunded(Money.of(2_000, "EUR"), "re_1", "gateway:re_1", NOW)).as("told twice").isFalse();

        assertThat(payment.refundProgress("r1")).isEqualTo(Payment.RefundProgress.MADE);
        assertThat(payment.refundedAmount()).isEqualTo(Money.of(2_000, "EUR"));
        assertThat(payment.refundable()).isEqualTo(Money.of(3_000, "EUR"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(payment.pullEvents()).satisfiesExactly(
                refunded -> assertThat(refunded).isInstanceOf(PaymentRefunded.class),
                settled -> assertThat(settled).isInstanceOfSatisfying(PaymentRefundSettled.class, event -> {
                    assertThat(event.refundId()).isEqualTo("r1");
                    assertThat(event.succeeded()).isTrue();
                }));
    }

    @Test
    void aPendingRefundThatFailsGivesItsAmountBackToRefundAndIsFinal() {
        var payment = captured(5_000);
        var key = payment.refundKey(Money.of(2_000, "EUR"), "r1");
        payment.refundPending(Money.of(2_000, "EUR"), "re_1", key, NOW);

        assertThat(payment.refundFailed("re_other", "lost_card", NOW)).as("not a refund it accepted").isFalse();
        assertThat(payment.refundFailed("re_1", "expired_or_canceled_card", NOW)).isTrue();
        assertThat(payment.refundFailed("re_1", "expired_or_canceled_card", NOW)).as("told twice").isFalse();
        assertThat(payment.refunded(Money.of(2_000, "EUR"), "re_1", "gateway:re_1", NOW)).as("no success after failure").isFalse();

        assertThat(payment.refundProgress("r1")).isEqualTo(Payment.RefundProgress.FAILED);
        assertThat(payment.refundFailure("r1")).contains("expired_or_canceled_card");
        assertThat(payment.refundable()).isEqualTo(Money.of(5_000, "EUR"));
        assertThat(payment.refundedAmount()).isEqualTo(Money.of(0, "EUR"));
        assertThat(payment.failedOperationKeys()).as("a failure the gateway settled is not retried").isEmpty();
        assertThat(payment.pullEvents()).singleElement().isInstanceOfSatisfying(PaymentRefundSettled.class, event -> {
            assertThat(event.succeeded()).isFalse();
            assertThat(event.failure()).isEqualTo("expired_or_canceled_card");
            assertThat(event.amount()).isEqualTo(Money.of(2_000, "EUR"));
        });
    }

    @Test
    void refusesAmountsInAnotherCurrencyOrNotPositive() {
        var payment = captured(5_000);

        assertThatThrownBy(() -> payment.refundKey(Money.of(100, "USD"), "r1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> payment.refundKey(Money.of(0, "EUR"), "r1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> pending(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDisputeIsRecordedOnceAndOnlyForTakenMoney() {
        var authorisedOnly = pending(5_000);
        authorisedOnly.authorised("auth_1", NOW);
        assertThat(authorisedOnly.disputed(Money.of(5_000, "EUR"), "dp_1", "fraudulent", NOW)).isFalse();

        var payment = captured(5_000);
        assertThat(payment.disputed(Money.of(5_000, "EUR"), "dp_1", "fraudulent", NOW)).isTrue();
        assertThat(payment.disputed(Money.of(5_000, "EUR"), "dp_1", "fraudulent", NOW)).isFalse();
        assertThat(payment.isDisputed()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aProposalBecomesItsOrdersPaymentOnlyWhenAuthorisedAndNeverWithdrawn() {
        var pendingProposal = proposal();
        assertThat(pendingProposal.isProposed()).isTrue();
        assertThatThrownBy(pendingProposal::adopted).as("not authorised").isInstanceOf(IllegalPaymentOperationException.class);

        var authorised = proposal();
        authorised.authorised("auth_2", NOW);
        assertThat(authorised.isAdoptable()).isTrue();
        authorised.adopted();
        assertThat(authorised.isProposed()).isFalse();
        assertThatThrownBy(authorised::adopted).as("adopted once").isInstanceOf(IllegalPaymentOperationException.class);
        authorised.withdrawn("too late", NOW);
        assertThat(authorised.isReplaced()).as("an adopted payment is no proposal to withdraw").isFalse();
        assertThatThrownBy(() -> pending(5_000).adopted()).as("not a proposal").isInstanceOf(IllegalPaymentOperationException.class);
    }

    @Test
    void aWithdrawnProposalReleasesWhatItHoldsOnceAndCanNeverBeAdopted() {
        var proposal = proposal();
        proposal.authorised("auth_2", NOW);
        proposal.pullEvents();

        proposal.withdrawn("the change was refused", NOW);
        proposal.withdrawn("the change was refused", NOW);

        assertThat(proposal.pullEvents()).singleElement().isInstanceOf(PaymentUnwanted.class);
        assertThat(proposal.isAdoptable()).isFalse();
        assertThatThrownBy(proposal::adopted).isInstanceOf(IllegalPaymentOperationException.class);

        var declined = proposal();
        declined.declined("card_declined", "declined", NOW);
        declined.pullEvents();
        declined.withdrawn("the change was refused", NOW);
        assertThat(declined.pullEvents()).as("it holds nothing to release").isEmpty();
    }

    private static Payment proposal() {
        return Payment.propose(PaymentId.newId(), OrderId.newId(), new CustomerId("customer-1"), Money.of(9_000, "EUR"),
                PaymentMethodType.CARD, new PaymentToken("tok_approve"), "sandbox", NOW);
    }
}
