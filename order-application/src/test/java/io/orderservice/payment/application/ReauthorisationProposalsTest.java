package io.orderservice.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Covered;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.NotCovered;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentUnwanted;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 9 for line changes: a larger total is re-authorised as a proposal, with no transaction open, that the
 * change adopts in its own; a proposal the change never adopts is withdrawn (by the change, or by the sweep after a
 * crash) and its money released. Payments in memory, a scripted gateway.
 */
class ReauthorisationProposalsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Money PLACED = Money.of(1_795, "EUR");
    private static final Money GROWN = Money.of(6_000, "EUR");

    private final AuthorisePaymentServiceTest.Payments payments = new AuthorisePaymentServiceTest.Payments();
    private final AuthorisePaymentServiceTest.Scripted gateway = new AuthorisePaymentServiceTest.Scripted("primary");
    private final List<Object> published = payments.published;
    private final AtomicInteger authorisations = new AtomicInteger();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OrderId orderId = OrderId.newId();
    private PaymentsForOrders forOrders;

    @BeforeEach
    void anOrderWithItsPaymentAuthorised() {
        gateway.answer = request -> new PaymentGateway.Approved("auth_" + authorisations.incrementAndGet());
        forOrders = paymentsForOrders();
        assertThat(forOrders.authorise(new PaymentRequest(orderId, 1, new CustomerId("c-1"), PLACED, PaymentMethodType.CARD,
                new PaymentToken("tok_any"), null))).isEqualTo(new Authorised("auth_1"));
        published.clear();
    }

    @Test
    void aProposalIsNotTheOrdersPaymentUntilTheChangeAdoptsItAndThenTheOneItReplacesIsReleased() {
        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).isEqualTo(new NotCovered(PLACED));

        assertThat(forOrders.proposeCover(orderId, 3, GROWN)).isEqualTo(new Authorised("auth_2"));
        assertThat(payments.findLatestForOrder(orderId)).map(Payment::amount).as("still the placed one").contains(PLACED);
        assertThat(published).as("nothing released yet").noneMatch(PaymentUnwanted.class::isInstance);

        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).isEqualTo(new Covered("auth_2"));
        var adopted = payments.findLatestForOrder(orderId).orElseThrow();
        assertThat(adopted.amount()).isEqualTo(GROWN);
        assertThat(adopted.isProposed()).isFalse();
        assertThat(published).filteredOn(PaymentUnwanted.class::isInstance).singleElement()
                .extracting(event -> ((PaymentUnwanted) event).amount()).isEqualTo(PLACED);
        assertThat(forOrders.coverNewTotal(orderId, 4, Money.of(5_000, "EUR"))).as("a smaller total asks nothing")
                .isEqualTo(new Covered("auth_2"));
    }

    @Test
    void theSameChangeProposedTwiceAsksTheGatewayOnceAndAnotherTotalAtTheSameVersionIsAnotherProposal() {
        forOrders.proposeCover(orderId, 3, GROWN);
        forOrders.proposeCover(orderId, 3, GROWN);
        assertThat(gateway.calls).isEqualTo(2);

        gateway.answer = request -> new PaymentGateway.Refused("card_declined", "declined");
        assertThat(forOrders.proposeCover(orderId, 3, Money.of(9_000, "EUR"))).isEqualTo(new Declined("card_declined", "declined"));
        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).as("the first is still there to adopt")
                .isEqualTo(new Covered("auth_2"));
    }

    @Test
    void aWithdrawnProposalIsReleasedAndCanNeverBeAdoptedButItsChangeRetriedIsAskedForAfresh() {
        forOrders.proposeCover(orderId, 3, GROWN);

        forOrders.withdrawCover(orderId, 3, GROWN);

        assertThat(published).filteredOn(PaymentUnwanted.class::isInstance).singleElement()
                .extracting(event -> ((PaymentUnwanted) event).amount()).isEqualTo(GROWN);
        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).isEqualTo(new NotCovered(PLACED));
        assertThat(forOrders.proposeCover(orderId, 3, GROWN)).as("a new generation, a new key").isEqualTo(new Authorised("auth_3"));
        assertThat(gateway.keys).doesNotHaveDuplicates();
        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).isEqualTo(new Covered("auth_3"));
    }

    @Test
    void theSweepWithdrawsOnlyProposalsACrashLeftUnadoptedForLongerThanTheChangeCouldTake() {
        forOrders.proposeCover(orderId, 3, GROWN);
        var otherOrder = OrderId.newId();
        forOrders.authorise(new PaymentRequest(otherOrder, 1, new CustomerId("c-2"), PLACED, PaymentMethodType.CARD,
                new PaymentToken("tok_any"), null));
        published.clear();

        assertThat(sweepAt(NOW.plus(Duration.ofMinutes(9)))).as("a change may still adopt it").isZero();
        assertThat(sweepAt(NOW.plus(WithdrawAbandonedProposalsService.ABANDONED_AFTER).plusSeconds(1))).isEqualTo(1);

        assertThat(published).filteredOn(PaymentUnwanted.class::isInstance).singleElement()
                .extracting(event -> ((PaymentUnwanted) event).amount()).isEqualTo(GROWN);
        assertThat(payments.findLatestForOrder(orderId)).map(Payment::status).contains(PaymentStatus.AUTHORISED);
        assertThat(forOrders.coverNewTotal(orderId, 3, GROWN)).isEqualTo(new NotCovered(PLACED));
        assertThat(sweepAt(NOW.plus(Duration.ofHours(1)))).as("withdrawn once").isZero();
    }

    private int sweepAt(Instant at) {
        var meters = new SimpleMeterRegistry();
        return new WithdrawAbandonedProposalsService(payments, new PaymentAnswers(payments), meters,
                Clock.fixed(at, ZoneOffset.UTC)).withdrawAbandonedProposals();
    }

    private PaymentsForOrders paymentsForOrders() {
        var routing = new PaymentRouting(List.of(), List.of("primary"));
        var answers = new PaymentAnswers(payments);
        var authorise = new AuthorisePaymentService(new AuthorisationIntents(payments, clock), payments, answers,
                new PaymentGateways(List.of(gateway), routing), routing, clock);
        return new PaymentsForOrders(authorise, answers, (anyOrder, noRelease) -> Optional.empty(), (anyOrder, total) -> {
            throw new UnsupportedOperationException("no capture here");
        }, payments, routing, clock);
    }
}
