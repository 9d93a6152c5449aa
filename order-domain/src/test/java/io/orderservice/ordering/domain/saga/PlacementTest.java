package io.orderservice.ordering.domain.saga;

import static io.orderservice.ordering.domain.saga.PlacementSagaTest.CHECKOUT;
import static io.orderservice.ordering.domain.saga.PlacementSagaTest.NOW;
import static io.orderservice.ordering.domain.saga.PlacementSagaTest.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.ordering.domain.saga.Placement.Verdict;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Abandoned;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ApprovalDecided;
import io.orderservice.ordering.domain.saga.PlacementOutcome.AttemptFailed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Compensated;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Confirmed;
import io.orderservice.ordering.domain.saga.PlacementOutcome.DropShip;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ParkedRetried;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentAuthorised;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentDeclined;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentNeedsAction;
import io.orderservice.ordering.domain.saga.PlacementOutcome.PaymentReported;
import io.orderservice.ordering.domain.saga.PlacementOutcome.ReviewDecided;
import io.orderservice.ordering.domain.saga.PlacementOutcome.Screened;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockReserved;
import io.orderservice.ordering.domain.saga.PlacementOutcome.StockShort;
import io.orderservice.ordering.domain.saga.PlacementSaga.Compensation;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The placement's process manager: what each outcome means for the saga and the order together, and the rules that
 * bind the two (ADR 0029).
 */
class PlacementTest {

    private static final Address ADDRESS = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null,
            "N1 9GU", "GB");

    private final Order order = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
            List.of(new OrderLine(1, new Sku("MUG"), "Mug", Quantity.of(2), Money.of(1250, "EUR"))),
            Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(495, "EUR"), Actor.customer("customer-42"), NOW);
    private final PlacementSaga saga = PlacementSaga.start(order.id(), CHECKOUT, NOW, POLICY);
    private final AtomicInteger orderReads = new AtomicInteger();
    private final Supplier<Order> reading = () -> {
        orderReads.incrementAndGet();
        return order;
    };
    private final Placement placement = new Placement(saga, reading, POLICY);

    @Test
    void stepsThatSucceedMoveTheSagaAloneWithoutReadingTheOrder() {
        var screened = placement.on(new Screened(new RiskAssessment(5, RiskDecision.ACCEPT, List.of())), NOW);
        var reserved = placement.on(new StockReserved(), NOW);

        assertThat(screened.verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(reserved.verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(saga.step()).contains(Step.AUTHORISE_PAYMENT);
        assertThat(orderReads).as("most steps change the saga alone").hasValue(0);
    }

    @Test
    void anOrderItsExchangesReturnPaysInFullNeedsNoPaymentAndIsPaidOnceItsStockIsReserved() {
        placement.on(new Screened(new RiskAssessment(5, RiskDecision.ACCEPT, List.of())), NOW);

        var reserved = placement.on(new StockReserved(true), NOW);

        assertThat(reserved.verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(saga.step()).contains(Step.CONFIRM);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paymentReference()).isEqualTo(Placement.PAID_BY_RETURN);
    }

    @Test
    void aReviewHoldsTheOrderAndARejectionByScreeningRefusesItWithTheScoreKeptForOperators() {
        var review = new Placement(PlacementSaga.start(order.id(), CHECKOUT, NOW, POLICY), reading, POLICY);
        assertThat(review.on(new Screened(new RiskAssessment(60, RiskDecision.REVIEW, List.of("new card"))), NOW)
                .verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(review.saga().status()).isEqualTo(Status.AWAITING_REVIEW);
        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);

        var decision = review.on(new ReviewDecided(false, "stolen card", Actor.operator("reviewer-1")), NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(order.status()).as("a placement that failed leaves its order in a final status").isEqualTo(OrderStatus.REJECTED);
        assertThat(review.saga().status()).isEqualTo(Status.FAILED);
        assertThat(review.saga().failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("reviewer-1: stolen card"));
    }

    @Test
    void shortStockRefusesAndRejectsTheOrderWithTheReasonTheCustomerIsTold() {
        placement.on(new Screened(new RiskAssessment(5, RiskDecision.ACCEPT, List.of())), NOW);

        var decision = placement.on(new StockShort("not enough stock for [MUG]"), NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(saga.status()).isEqualTo(Status.FAILED);
        assertThat(saga.failureReason()).contains("not enough stock for [MUG]");
    }

    @Test
    void aDeclinedPaymentKeepsTheStockForTheHoldAndAnOrderWithoutAHoldIsNotKept() {
        atPayment();
        var kept = placement.on(new PaymentDeclined("payment declined: insufficient funds", Duration.ofMinutes(10)), NOW);

        assertThat(kept.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(saga.status()).isEqualTo(Status.AWAITING_PAYMENT_RETRY);
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);

        var another = new PlacementTest();
        another.atPayment();
        var notKept = another.placement.on(new PaymentNeedsAction(Duration.ZERO, "payment declined: too many unpaid orders"), NOW);

        assertThat(notKept.verdict()).as("a payment that needs the customer, without a hold").isEqualTo(Verdict.REFUSED);
        assertThat(another.order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(another.saga.status()).as("the stock goes back at once").isEqualTo(Status.COMPENSATING);
        assertThat(another.saga.pendingCompensations()).containsExactly(Compensation.RELEASE_STOCK);
    }

    @Test
    void anAuthorisedPaymentPaysTheOrderAndTheConfirmationSendsDropShipsAndBackordersWaitingUnits() {
        atPayment();
        placement.on(new PaymentAuthorised("auth-1"), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        order.pullEvents();

        var waiting = new BackorderNotification.Units("MUG", 1, LocalDate.parse("2026-12-10"));
        var decision = placement.on(new Confirmed(List.of(new DropShip("SUPPLIER-1",
                List.of(new DropShipRequested.Line("MUG", 1)))), List.of(waiting)), NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(saga.status()).isEqualTo(Status.COMPLETED);
        assertThat(order.status()).isEqualTo(OrderStatus.BACKORDERED);
        assertThat(order.pullNotices()).hasSize(2).anySatisfy(notice -> assertThat(notice).isInstanceOf(DropShipRequested.class))
                .anySatisfy(notice -> assertThat(notice).isInstanceOf(BackorderNotification.Created.class));
    }

    @Test
    void anOrderSomeoneEndedMakesNewsFromOutsideGiveBackWhatThePlacementHoldsInstead() {
        atPayment();
        order.cancel("customer gave up", Actor.customer("customer-42"), NOW);

        var decision = placement.on(new PaymentReported(new PaymentAuthorised("auth-late")), NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.ORDER_ENDED);
        assertThat(saga.status()).isEqualTo(Status.COMPENSATING);
        assertThat(saga.pendingCompensations()).containsExactly(Compensation.VOID_PAYMENT, Compensation.RELEASE_STOCK);
        assertThat(order.paymentReference()).as("the late authorisation is not taken").isNull();
    }

    @Test
    void paymentNewsThePlacementDoesNotWaitForChangesNothing() {
        placement.on(new Screened(new RiskAssessment(5, RiskDecision.ACCEPT, List.of())), NOW);
        var version = saga.step();

        var decision = placement.on(new PaymentReported(new PaymentAuthorised("auth-early")), NOW);

        assertThat(decision.verdict()).isEqualTo(Verdict.IGNORED);
        assertThat(decision.changed()).isFalse();
        assertThat(saga.step()).isEqualTo(version);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void stepOutcomesDoNotCheckTheOrderButOperatorsAbandoningDo() {
        var abandoned = placement.on(new Abandoned("abandoned by ops-1: duplicate"), NOW);

        assertThat(abandoned.verdict()).isEqualTo(Verdict.PROCEEDED);
        assertThat(saga.status()).isEqualTo(Status.FAILED);
        assertThat(order.status()).as("nothing held yet: failed at once, the order cancelled").isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void theLastFailedAttemptParksTheSagaAndSaysSoOnce() {
        var decisions = new java.util.ArrayList<Placement.Decision>();
        for (int attempt = 0; attempt < POLICY.maxAttempts(); attempt++) {
            decisions.add(placement.on(new AttemptFailed("fraud service down"), NOW));
        }

        assertThat(saga.status()).isEqualTo(Status.PARKED);
        assertThat(decisions).extracting(Placement.Decision::parked).containsOnlyOnce(true).last().isEqualTo(true);
        placement.on(new ParkedRetried(), NOW);
        assertThat(saga.status()).as("an operator tries it again").isEqualTo(Status.RUNNING);
    }

    @Test
    void anApproverStartsThePlacementOfAnOrderThatWaitedForApproval() {
        var waiting = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(new OrderLine(1, new Sku("MUG"), "Mug", Quantity.of(2), Money.of(1250, "EUR"))),
                Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(495, "EUR"), true, Actor.customer("customer-42"), NOW);
        var approval = new Placement(PlacementSaga.startAwaitingApproval(waiting.id(), CHECKOUT), () -> waiting, POLICY);

        approval.on(new ApprovalDecided(true, "within budget", Actor.operator("approver-1")), NOW);

        assertThat(approval.saga().step()).contains(Step.SCREEN);
        assertThat(approval.saga().isDispatched()).isTrue();
        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    private void atPayment() {
        placement.on(new Screened(new RiskAssessment(5, RiskDecision.ACCEPT, List.of())), NOW);
        placement.on(new StockReserved(), NOW);
    }
}
