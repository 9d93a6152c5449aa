package io.orderservice.ordering.application.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.ordering.application.Callers;
import io.orderservice.ordering.application.InMemoryNeighbours;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException.Reason;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.ordering.application.port.in.RetryPaymentUseCase.RetryPaymentCommand;
import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.domain.ApprovalRules;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.ordering.domain.saga.PlacementPatience;
import io.orderservice.ordering.domain.saga.PlacementSaga.Status;
import io.orderservice.ordering.domain.saga.PlacementWorkDue;
import io.orderservice.ordering.domain.saga.SagaPolicy;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Role;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The placement saga as use cases see it, over in-memory neighbours: the request runs the placement (ADR 0031), and work
 * dispatched later by news from outside is run by a hand-cranked event loop; what each outcome does to the order, the
 * stock, the payment and the saga. The same flows run against PostgreSQL, the outbox and real gateways in
 * order-bootstrap's PlacementSagaIT.
 */
class PlacementSagaFlowTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Address LONDON = new Address("Ada", "12 Analytical Way", null, "London", null, "n19gu", "GB");
    private static final SagaPolicy POLICY = new SagaPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofMinutes(30));
    private static final UnpaidHoldPolicy UNPAID_HOLDS = new UnpaidHoldPolicy(Duration.ofMinutes(10), 2, 3, 3);

    private final InMemoryNeighbours.Orders orders = new InMemoryNeighbours.Orders();
    private final InMemoryNeighbours.Catalog catalog = new InMemoryNeighbours.Catalog();
    private final InMemoryNeighbours.Promotions promotions = new InMemoryNeighbours.Promotions();
    private final InMemoryNeighbours.Stock stock = new InMemoryNeighbours.Stock();
    private final InMemoryNeighbours.Gateway gateway = new InMemoryNeighbours.Gateway();
    private final InMemoryNeighbours.Addresses addresses = new InMemoryNeighbours.Addresses();
    private final InMemoryNeighbours.Fraud fraud = new InMemoryNeighbours.Fraud();
    private final InMemoryNeighbours.Sagas sagas = new InMemoryNeighbours.Sagas();
    private final InMemoryNeighbours.Requests requests = new InMemoryNeighbours.Requests();
    private final InMemoryNeighbours.GuestAccess guestAccess = new InMemoryNeighbours.GuestAccess();
    private final List<Object> published = orders.published;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock();
    private PlaceOrderService placement;
    private PlacementOrchestrator orchestrator;
    private PlacementSteps steps;
    private PlacementStore store;
    private FollowPaymentService paymentNews;
    private InMemoryNeighbours.UnpaidHoldsInMemory unpaidHolds;
    private AwaitPlacementService answers;
    private RetryPaymentService retries;

    @BeforeEach
    void setUp() {
        catalog.pricesInCents.put("TSHIRT", 1999L);
        catalog.pricesInCents.put("MUG", 1250L);
        stock.available.put("TSHIRT", 10);
        stock.available.put("MUG", 1);
        var settlements = new PlacementSettlements();
        var store = new PlacementStore(sagas, orders, POLICY, published::add, clock, meters);
        unpaidHolds = new InMemoryNeighbours.UnpaidHoldsInMemory(sagas, orders);
        var paymentAnswers = new PlacementPaymentAnswers(unpaidHolds, UNPAID_HOLDS, POLICY);
        steps = new PlacementSteps(store, sagas, stock, promotions, paymentAnswers, gateway, guestAccess, requests,
                POLICY, clock);
        orchestrator = new PlacementOrchestrator(sagas, steps, settlements, orders, fraud, gateway, new PaymentCalls(gateway));
        var placementAnswers = new PlacementAnswers(sagas, orders);
        placement = new PlaceOrderService(addresses, catalog, new ApprovalRules(true, Map.of()), fraud, gateway, steps,
                orchestrator, placementAnswers, requests, guestAccess, new PlacementPatience(Duration.ofSeconds(5)), clock, meters);
        answers = new AwaitPlacementService(settlements, placementAnswers);
        retries = new RetryPaymentService(store, settlements, key -> true, gateway);
        paymentNews = new FollowPaymentService(orders, sagas, store, paymentAnswers, clock);
        this.store = store;
    }

    @Test
    void aSmoothPlacementScreensReservesAuthorisesAndConfirms() {
        var answer = placement.place(command("tok_approve", line("TSHIRT", 2), line("MUG", 1)));
        var view = answer.order();

        assertThat(publishedWork()).as("nothing announced: the request ran the steps").isEmpty();
        assertThat(gateway.intended).as("the payment intended with the order").hasSize(1);
        assertThat(gateway.recorded).as("its answer recorded with the confirmation").containsOnlyKeys(gateway.intended)
                .allSatisfy((request, outcome) -> assertThat(outcome).isInstanceOf(Payments.Authorised.class));
        assertThat(answer.inProgress()).isFalse();
        assertThat(answer.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(answer.order().totals().grandTotal()).isEqualTo(Money.of(2 * 1999 + 1250 + 495, "EUR"));
        assertThat(fraud.requests).singleElement().satisfies(request -> {
            assertThat(request.orderId()).isEqualTo(view.id());
            assertThat(request.billingCountry()).isEqualTo("DE");
            assertThat(request.clientAddress()).isEqualTo("203.0.113.9");
        });
        assertThat(stock.available).containsEntry("TSHIRT", 8).containsEntry("MUG", 0);
        assertThat(stock.confirmed).containsExactly(view.id());
        assertThat(gateway.requests).singleElement().satisfies(request -> {
            assertThat(request.amount()).isEqualTo(view.totals().grandTotal());
            assertThat(request.attempt()).isEqualTo(1);
        });
        assertThat(saga(view.id()).status()).isEqualTo(Status.COMPLETED);
        assertThat(orderEvents()).hasSize(2);
        assertThat(orderEvents().get(0)).isInstanceOf(OrderPlaced.class);
        assertThat(orderEvents().get(1)).isInstanceOfSatisfying(OrderStatusChanged.class,
                changed -> assertThat(changed.to()).isEqualTo(OrderStatus.PAID));
        assertThat(meters.counter("orders.placed").count()).isEqualTo(1.0);
    }

    @Test
    void anOrderChangedWhileTheGatewayWasAskedIsReadAgainAndConfirmedAsChangedWithoutAskingTwice() {
        var leeds = new Address("Ada Lovelace", "1 New Street", null, "Leeds", null, "LS1 4AP", "GB");
        gateway.whileAuthorising = () -> orders.stored.keySet().forEach(id -> {
            var order = orders.lockById(id).orElseThrow();
            order.modifyDelivery(leeds, "leave at the door", null, io.orderservice.ordering.domain.Actor.customer("c-1"), NOW);
            orders.save(order);
        });

        var answer = placement.place(command("tok_approve", line("TSHIRT", 1)));

        assertThat(answer.order().status()).isEqualTo(OrderStatus.PAID);
        var stored = orders.stored.get(answer.order().id());
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.shippingAddress()).as("the customer's change kept").isEqualTo(leeds);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(gateway.requests).as("the gateway asked once").hasSize(1);
        assertThat(gateway.recorded).hasSize(1);
        assertThat(saga(answer.order().id()).status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aGatewayThatAnswersAfterAnswerWithinIsAnsweredInProgressAndItsAnswerIsRecordedWhenItComes() {
        var late = new CompletableFuture<Payments.PaymentOutcome>();
        var slowCalls = new PaymentCalls(gateway) {
            @Override
            public CompletableFuture<Payments.PaymentOutcome> ask(Payments.PaymentRequest request) {
                return late;
            }
        };
        var slowOrchestrator = new PlacementOrchestrator(sagas, steps, new PlacementSettlements(), orders, fraud, gateway,
                slowCalls);
        var impatient = new PlaceOrderService(addresses, catalog, new ApprovalRules(true, Map.of()), fraud, gateway,
                steps, slowOrchestrator, new PlacementAnswers(sagas, orders), requests, guestAccess,
                new PlacementPatience(Duration.ofMillis(1)), clock, meters);

        var answer = impatient.place(command("tok_approve", line("TSHIRT", 1)));

        assertThat(answer.inProgress()).isTrue();
        assertThat(answer.order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        var orderId = answer.order().id();
        assertThat(saga(orderId).isRunning(io.orderservice.ordering.domain.saga.PlacementSaga.Step.AUTHORISE_PAYMENT)).isTrue();

        late.complete(new Payments.Authorised("auth-late"));

        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.stored.get(orderId).paymentReference()).isEqualTo("auth-late");
        assertThat(saga(orderId).status()).isEqualTo(Status.COMPLETED);
        assertThat(stock.confirmed).containsExactly(orderId);
        assertThat(publishedWork()).as("no work announced: the thread that got the answer ran the rest").isEmpty();
    }

    @Test
    void notEnoughStockRejectsTheOrderWithTheShortagesAndNothingIsCharged() {
        var refusal = refusedOnPlacing(command("tok_approve", line("MUG", 2)), Reason.INSUFFICIENT_STOCK);
        var orderId = orderOf(refusal);

        assertThat(refusal.facts()).containsKey("shortages");
        assertThat(gateway.requests).isEmpty();
        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(saga(orderId).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aDeclinedPaymentKeepsTheStockForARetryWithAnotherMethod() {
        var refusal = refusedOnPlacing(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED);
        var orderId = orderOf(refusal);

        assertThat(refusal.facts()).containsEntry("declineCode", "card_declined");
        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(stock.available).as("still reserved").containsEntry("TSHIRT", 9);

        retries.retry(new RetryPaymentCommand(orderId, PaymentMethodType.WALLET, new PaymentToken("tok_approve")));
        var answer = runSagaAndAnswer(orderId);

        assertThat(answer.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(gateway.requests).extracting(request -> request.attempt()).containsExactly(1, 2);
        assertThat(gateway.requests.get(1).methodType()).isEqualTo(PaymentMethodType.WALLET);
        assertThat(stock.available).as("reserved once").containsEntry("TSHIRT", 9);
    }

    @Test
    void aProviderTheCustomerChoseIsCarriedToThePaymentAndToARetry() {
        var orderId = orderOf(refusedOnPlacing(command("tok_decline", new PaymentProvider("acme"), line("TSHIRT", 1)),
                Reason.PAYMENT_DECLINED));
        assertThat(gateway.requests.get(0).provider()).isEqualTo(new PaymentProvider("acme"));

        retries.retry(new RetryPaymentCommand(orderId, PaymentMethodType.CARD, new PaymentToken("tok_approve"),
                new PaymentProvider("sandbox"), null));

        assertThat(runSagaAndAnswer(orderId).order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(gateway.requests.get(1).provider()).isEqualTo(new PaymentProvider("sandbox"));
    }

    @Test
    void aProviderThePaymentsRouteDoesNotOfferIsRefusedBeforeAnythingIsStored() {
        var refusal = refusedOnPlacing(command("tok_approve", new PaymentProvider("elsewhere"), line("TSHIRT", 1)),
                Reason.PAYMENT_PROVIDER_NOT_OFFERED);

        assertThat(refusal.facts()).containsEntry("paymentProvider", "elsewhere")
                .containsEntry("offeredProviders", List.of("sandbox", "acme"));
        assertThat(orders.stored).isEmpty();
        assertThat(gateway.requests).isEmpty();
        assertThat(stock.available).as("nothing reserved").containsEntry("TSHIRT", 10);
    }

    @Test
    void aRetryNamingAProviderTheRouteDoesNotOfferIsRefusedAndTheOrderStillWaitsForOne() {
        var orderId = orderOf(refusedOnPlacing(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED));

        assertThatThrownBy(() -> retries.retry(new RetryPaymentCommand(orderId, PaymentMethodType.CARD,
                new PaymentToken("tok_approve"), new PaymentProvider("elsewhere"), null)))
                .isInstanceOfSatisfying(OrderPlacementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.PAYMENT_PROVIDER_NOT_OFFERED));
        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(gateway.requests).hasSize(1);
    }

    @Test
    void aCustomerWhoHasNotPaidBeforeKeepsTheStockOfADeclinedOrderForTheUnpaidHoldOnly() {
        var orderId = orderOf(refusedOnPlacing(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED));
        assertThat(saga(orderId).paymentRetryUntil()).contains(NOW.plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(11));
        assertThat(steps.deadlinesPassed(10)).isEqualTo(1);
        runSaga();

        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock.available).containsEntry("TSHIRT", 10);
    }

    @Test
    void aCustomerWhoPaidBeforeKeepsTheWholePaymentWindow() {
        assertThat(placement.place(command("tok_approve", line("TSHIRT", 1))).order().status()).isEqualTo(OrderStatus.PAID);

        var orderId = orderOf(refusedOnPlacing(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED));

        assertThat(saga(orderId).paymentRetryUntil()).contains(NOW.plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(11));
        assertThat(steps.deadlinesPassed(10)).isZero();
    }

    @Test
    void onceACustomerHasTwoUnpaidOrdersHoldingStockTheNextDeclinedOneHoldsNothing() {
        var first = orderOf(declinedOnPlacing(command("tok_decline", line("TSHIRT", 1))));
        var second = orderOf(declinedOnPlacing(command("tok_decline", line("TSHIRT", 1))));
        assertThat(stock.available).as("two held").containsEntry("TSHIRT", 8);

        var refusal = declinedOnPlacing(command("tok_decline", line("TSHIRT", 1)));
        runSaga();

        assertThat(refusal.getMessage()).contains("not kept for another payment", "the customer has 2 unpaid order(s)");
        var third = orderOf(refusal);
        assertThat(orders.stored.get(third).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(saga(third).status()).isEqualTo(Status.FAILED);
        assertThat(stock.available).as("the third's unit is back at once").containsEntry("TSHIRT", 8);
        assertThat(saga(first).status()).isEqualTo(Status.AWAITING_PAYMENT_RETRY);
        assertThat(saga(second).status()).isEqualTo(Status.AWAITING_PAYMENT_RETRY);
        assertThat(meters.counter("placements.unpaid.holds.refused").count()).isEqualTo(1);
    }

    @Test
    void aPaymentTokenOrAnAddressReachesItsBoundAcrossCustomers() {
        var policy = new UnpaidHoldPolicy(Duration.ofMinutes(10), 5, 1, 5);
        var others = new UnpaidHoldPolicy.UnpaidHolds(0, 1, 0, true);

        assertThat(policy.holdFor(others, Duration.ofMinutes(30))).isZero();
        assertThat(policy.boundReached(others)).contains("payment method");
        assertThat(new UnpaidHoldPolicy(Duration.ofMinutes(10), 5, 5, 1).boundReached(
                new UnpaidHoldPolicy.UnpaidHolds(0, 0, 1, false))).contains("shipping address");
        assertThat(policy.holdFor(new UnpaidHoldPolicy.UnpaidHolds(4, 0, 4, false), Duration.ofMinutes(30)))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.holdFor(new UnpaidHoldPolicy.UnpaidHolds(0, 0, 0, false), Duration.ofMinutes(5)))
                .as("never longer than the window").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLapsedRetryWindowReleasesTheStockAndCancelsTheOrder() {
        var view = orders.stored.get(orderOf(refusedOnPlacing(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED)));

        clock.advance(Duration.ofMinutes(31));
        assertThat(steps.deadlinesPassed(10)).isEqualTo(1);
        runSaga();

        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock.available).containsEntry("TSHIRT", 10);
        assertThat(saga(view.id()).status()).isEqualTo(Status.FAILED);
        assertThat(saga(view.id()).failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("not retried in time"));
    }

    @Test
    void anUnreachableGatewayIsTriedAgainAfterABackoffThenParkedAndAnOperatorCompensates() {
        var answer = placement.place(command("tok_gateway_down", line("TSHIRT", 1)));
        var view = answer.order();
        assertThat(answer.inProgress()).as("the saga keeps trying").isTrue();
        assertThat(saga(view.id()).attempts()).isEqualTo(1);

        for (int attempt = 2; attempt <= 3; attempt++) {
            clock.advance(Duration.ofMinutes(1));
            steps.deadlinesPassed(10);
            runSaga();
        }

        assertThat(gateway.requests).hasSize(3).extracting(request -> request.attempt()).containsOnly(1);
        assertThat(saga(view.id()).status()).isEqualTo(Status.PARKED);
        assertThat(meters.counter("placement.sagas.parked.total").count()).isEqualTo(1.0);

        new CompensatePlacementService(store).compensate(view.id(), "gateway outage", Callers.staff("ops-1", Role.ADMIN));
        runSaga();
        assertThat(stock.available).containsEntry("TSHIRT", 10);
        assertThat(gateway.released).as("the payment step may have got through: voided to be safe").containsExactly(view.id());
        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.stored.get(view.id()).history()).last()
                .satisfies(change -> assertThat(change.reason()).contains("abandoned by ops-1: gateway outage"));
    }

    @Test
    void afterTheAuthorisationACompensationVoidsThePaymentBeforeReleasingTheStock() {
        stock.confirmFails = true; // say the inventory is locked: confirming fails every time
        // The request's run records the authorisation with the confirmation, in one transaction: that fails, so the
        // payment step's attempt fails; the next run records the (same) authorisation, then fails at CONFIRM.
        var orderId = placement.place(command("tok_approve", line("TSHIRT", 1))).order().id();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            steps.deadlinesPassed(10);
            runSaga();
        }
        assertThat(saga(orderId).status()).isEqualTo(Status.PARKED);
        assertThat(saga(orderId).step()).hasValueSatisfying(step -> assertThat(step.name()).isEqualTo("CONFIRM"));
        assertThat(orders.stored.get(orderId).status()).as("paid, not yet confirmed").isEqualTo(OrderStatus.PAID);
        gateway.down = true;

        new CompensatePlacementService(store).compensate(orderId, "customer called", Callers.staff("ops-2", Role.ADMIN));
        runSaga();
        assertThat(saga(orderId).attempts()).as("the void failed and waits to be tried again").isEqualTo(1);
        gateway.down = false;
        clock.advance(Duration.ofMinutes(1));
        steps.deadlinesPassed(10);
        runSaga();

        assertThat(gateway.released).containsExactly(orderId);
        assertThat(stock.available).containsEntry("TSHIRT", 10);
        assertThat(orders.stored.get(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(saga(orderId).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void anAuthorisationThatArrivesAfterAnOperatorGaveThePlacementUpIsVoided() {
        // While the gateway is being asked, an operator gives the placement up.
        gateway.whileAuthorising = () -> new CompensatePlacementService(store).compensate(sagas.stored.keySet().iterator().next(),
                "duplicate order", Callers.staff("ops-3", Role.ADMIN));
        var refusal = declinedOnPlacing(command("tok_approve", line("TSHIRT", 1)));
        assertThat(refusal.reason()).as("the request's run went on with the compensation").isEqualTo(Reason.REJECTED);
        var view = orders.stored.get(orderOf(refusal));

        runSaga();

        assertThat(gateway.requests).hasSize(1);
        assertThat(gateway.released).as("voided by the compensation and by the run that got the late authorisation")
                .isNotEmpty().containsOnly(view.id());
        assertThat(stock.available).containsEntry("TSHIRT", 10);
        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.stored.get(view.id()).paymentReference()).as("the order never took the payment").isNull();
    }

    @Test
    void fraudRejectionRejectsTheOrderBeforeStockOrPaymentWithoutSayingWhy() {
        fraud.decision = RiskDecision.REJECT;

        var refusal = refusedOnPlacing(command("tok_approve", line("TSHIRT", 1)), Reason.REJECTED);
        var view = orders.stored.get(orderOf(refusal));

        assertThat(refusal.getMessage()).doesNotContain("score");
        assertThat(stock.reservations).isEmpty();
        assertThat(gateway.requests).isEmpty();
        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(saga(view.id()).failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("score 60"));
    }

    @Test
    void fraudReviewHoldsTheOrderUntilAReviewerApproves() {
        fraud.decision = RiskDecision.REVIEW;

        var held = placement.place(command("tok_approve", line("TSHIRT", 1)));
        var view = held.order();
        assertThat(held.inProgress()).isTrue();
        assertThat(held.order().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(stock.reservations).isEmpty();

        new DecideReviewService(store).decide(view.id(), true, "known customer", Callers.staff("reviewer-1", Role.APPROVER));
        runSaga();

        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.stored.get(view.id()).history()).extracting(change -> change.to())
                .containsExactly(OrderStatus.AWAITING_PAYMENT, OrderStatus.ON_HOLD, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);
    }

    @Test
    void fraudReviewRejectedRejectsTheOrder() {
        fraud.decision = RiskDecision.REVIEW;
        var view = placement.place(command("tok_approve", line("TSHIRT", 1))).order();

        new DecideReviewService(store).decide(view.id(), false, "stolen card", Callers.staff("reviewer-2", Role.APPROVER));

        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(saga(view.id()).status()).isEqualTo(Status.FAILED);
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void aPaymentAwaitingTheCustomersActionMovesOnWithTheGatewaysNews() {
        var answer = placement.place(command("tok_requires_action", line("TSHIRT", 1)));
        var view = answer.order();
        assertThat(answer.inProgress()).isFalse();
        assertThat(answer.order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(saga(view.id()).status()).isEqualTo(Status.AWAITING_PAYMENT_ACTION);

        assertThat(paymentNews.follow(view.id(), new FollowPaymentUseCase.Authorised("auth-3ds")))
                .isTrue();
        runSaga();

        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.stored.get(view.id()).paymentReference()).isEqualTo("auth-3ds");
        assertThat(saga(view.id()).status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aDeclineReportedAfterThePlacementWasPaidChangesNothingAndCountsNoUnpaidHolds() {
        var view = placement.place(command("tok_approve", line("TSHIRT", 1))).order();
        assertThat(saga(view.id()).status()).isEqualTo(Status.COMPLETED);
        int countedBefore = unpaidHolds.counted;

        assertThat(paymentNews.follow(view.id(), new FollowPaymentUseCase.Failed("card_declined"))).isFalse();

        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(unpaidHolds.counted).as("no query for an answer the placement ignores").isEqualTo(countedBefore);
    }

    @Test
    void anOrderCancelledWhileItsPaymentWaitedRefusesTheLateAuthorisationAndItsSagaGivesTheStockBack() {
        var view = placement.place(command("tok_requires_action", line("TSHIRT", 1))).order();
        var order = orders.stored.get(view.id());
        order.cancel("customer gave up", io.orderservice.ordering.domain.Actor.customer("c-1"), NOW);

        assertThat(paymentNews.follow(view.id(), new FollowPaymentUseCase.Authorised("auth-late")))
                .as("the payment capability voids what the order no longer wants").isFalse();
        runSaga();

        assertThat(saga(view.id()).status()).isEqualTo(Status.FAILED);
        assertThat(stock.available).containsEntry("TSHIRT", 10);
        assertThat(orders.stored.get(view.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aBusinessCustomersOrderWaitsForAnApproverThenIsPlacedOrIsCancelledWhenRejected() {
        catalog.businessCustomers.add(new CustomerId("b-1"));
        var business = new PlaceOrderCommand(new CustomerId("b-1"), Currency.getInstance("EUR"),
                List.of(line("TSHIRT", 1)), LONDON, PaymentMethodType.CARD, new PaymentToken("tok_approve"), null, null);
        var waiting = placement.place(business);
        var approved = waiting.order();
        assertThat(approved.status()).isEqualTo(OrderStatus.PENDING_APPROVAL);
        assertThat(publishedWork()).as("nothing runs before the decision").isEmpty();
        assertThat(fraud.requests).as("nor is it screened").isEmpty();
        assertThat(waiting.inProgress()).isTrue();

        new DecideApprovalService(store).decide(approved.id(), true, "within budget", Callers.staff("approver-1", Role.APPROVER));
        runSaga();
        assertThat(orders.stored.get(approved.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.stored.get(approved.id()).history()).extracting(change -> change.to())
                .containsExactly(OrderStatus.PENDING_APPROVAL, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);

        var rejected = placement.place(business).order();
        new DecideApprovalService(store).decide(rejected.id(), false, "over budget", Callers.staff("approver-1", Role.APPROVER));
        runSaga();
        assertThat(orders.stored.get(rejected.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(saga(rejected.id()).status()).isEqualTo(Status.FAILED);
        assertThat(gateway.requests).hasSize(1);
        assertThat(stock.available).as("only the approved order holds stock").containsEntry("TSHIRT", 9);
    }

    @Test
    void aRedeliveredRunDoesNothing() {
        var view = placement.place(command("tok_approve", line("TSHIRT", 1))).order();

        orchestrator.run(view.id());
        orchestrator.run(view.id());

        assertThat(stock.available).containsEntry("TSHIRT", 9);
        assertThat(gateway.requests).hasSize(1);
    }

    @Test
    void anUnknownSkuIsRefusedBeforeAnythingIsStored() {
        assertRefusedAtOnce(command("tok_approve", line("TSHIRT", 1), line("NOPE", 1)), Reason.UNKNOWN_SKU);
    }

    @Test
    void anUndeliverableAddressIsRefusedBeforeAnythingElse() {
        addresses.undeliverable = true;

        var refusal = assertRefusedAtOnce(command("tok_approve", line("TSHIRT", 1)), Reason.UNDELIVERABLE_ADDRESS);

        assertThat(refusal.facts()).containsKey("errors");
        assertThat(fraud.requests).isEmpty();
    }

    @Test
    void anAddressWithoutAShippingRateIsRefused() {
        var paris = new Address("Ada", "1 Rue", null, "Paris", null, "75001", "FR");
        var command = new PlaceOrderCommand(new CustomerId("c-1"), Currency.getInstance("EUR"),
                List.of(line("TSHIRT", 1)), paris, new PaymentToken("tok_approve"));
        assertRefusedAtOnce(command, Reason.NOT_SHIPPABLE);
    }

    @Test
    void aPromoCodeThatGivesNothingIsRefusedBeforeAnythingIsStored() {
        var refusal = assertRefusedAtOnce(command("tok_approve", Set.of("nope"), line("TSHIRT", 1)),
                Reason.PROMO_CODE_NOT_APPLICABLE);

        assertThat(refusal.facts()).containsEntry("promoCodes", List.of("NOPE"));
    }

    @Test
    void anOrderWithAPromoCodeCarriesItsDiscountAndClaimsAUse() {
        catalog.codesTakingCentsOff.put("SAVE5", 500L);
        promotions.usesLeft.put("save5", 1);

        var view = placement.place(command("tok_approve", Set.of("save5"), line("TSHIRT", 1))).order();

        assertThat(view.totals().discount()).isEqualTo(Money.of(500, "EUR"));
        assertThat(view.totals().grandTotal()).isEqualTo(Money.of(1999 - 500 + 495, "EUR"));
        assertThat(orders.stored.get(view.id()).priceDetails().promoCodes()).containsExactly("SAVE5");
        assertThat(promotions.usesLeft).containsEntry("save5", 0);
        assertThat(promotions.claimed).containsKey(view.id());
    }

    @Test
    void aPromoCodeWithoutUsesLeftRefusesTheOrderAndStoresNothing() {
        catalog.codesTakingCentsOff.put("SAVE5", 500L);
        promotions.usesLeft.put("save5", 0);

        var refusal = assertRefusedAtOnce(command("tok_approve", Set.of("SAVE5"), line("TSHIRT", 1)), Reason.PROMO_CODE_USED_UP);

        assertThat(refusal.getMessage()).contains("SAVE5").contains("no use left");
        assertThat(stock.available).containsEntry("TSHIRT", 10);
    }

    @Test
    void theOrderShipsToTheAddressAsVerified() {
        var view = placement.place(command("tok_approve", line("TSHIRT", 1))).order();

        assertThat(view.shippingAddress().postalCode()).isEqualTo("N1 9GU");
    }

    // ---------------------------------------------------------------------------------------------

    /** Delivers the saga's work events one by one, as the outbox would, until none is left. */
    private void runSaga() {
        for (int delivered = 0; delivered < 100; delivered++) {
            var work = publishedWork();
            if (work.isEmpty()) {
                return;
            }
            var due = work.remove(0);
            published.remove(due);
            orchestrator.run(due.orderId());
        }
        throw new AssertionError("the saga does not come to rest");
    }

    private PlacementAnswer runSagaAndAnswer(OrderId orderId) {
        runSaga();
        return answers.await(orderId, Duration.ZERO);
    }

    /** The refusal the placement is answered with, once counted; it names the order left behind. */
    private OrderPlacementRefusedException refusedOnPlacing(PlaceOrderCommand command, Reason reason) {
        var refusal = declinedOnPlacing(command);
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(meters.counter("orders.placement.refused", "reason", reason.name()).count()).isEqualTo(1.0);
        return refusal;
    }

    private OrderPlacementRefusedException declinedOnPlacing(PlaceOrderCommand command) {
        var thrown = new OrderPlacementRefusedException[1];
        assertThatThrownBy(() -> placement.place(command)).isInstanceOfSatisfying(OrderPlacementRefusedException.class,
                e -> thrown[0] = e);
        return thrown[0];
    }

    private static OrderId orderOf(OrderPlacementRefusedException refusal) {
        return new OrderId(java.util.UUID.fromString((String) refusal.facts().get("orderId")));
    }

    private OrderPlacementRefusedException assertRefusedAtOnce(PlaceOrderCommand command, Reason reason) {
        var thrown = new OrderPlacementRefusedException[1];
        assertThatThrownBy(() -> placement.place(command))
                .isInstanceOfSatisfying(OrderPlacementRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    thrown[0] = e;
                });
        assertThat(orders.stored).isEmpty();
        assertThat(published).isEmpty();
        assertThat(sagas.stored).isEmpty();
        return thrown[0];
    }

    private List<PlacementWorkDue> publishedWork() {
        var work = new ArrayList<PlacementWorkDue>();
        for (var event : published) {
            if (event instanceof PlacementWorkDue due) {
                work.add(due);
            }
        }
        return new ArrayList<>(work) {
            @Override
            public void clear() {
                published.removeIf(PlacementWorkDue.class::isInstance);
                super.clear();
            }
        };
    }

    @Test
    void aRetriedRequestWithItsKeyAnswersWithTheOrderItPlacedAndPlacesNothing() {
        var key = new RequestKey("storefront|c-1", "key-1", "/api/v1/orders");
        var first = placement.place(keyed(command("tok_approve", line("TSHIRT", 2)), key)).order();

        var retried = placement.place(keyed(command("tok_approve", line("TSHIRT", 2)), key)).order();

        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.status()).as("as it stands now, paid").isEqualTo(OrderStatus.PAID);
        assertThat(orders.stored).hasSize(1);
        assertThat(gateway.requests).hasSize(1);
        assertThat(stock.available).containsEntry("TSHIRT", 8);
        assertThat(requests.bound).containsEntry(key, first.id());
    }

    @Test
    void aRunThatLookedBeforeAnotherRunBoundTheKeyStoresNothingAndAnswersWithTheOther() {
        var key = new RequestKey("storefront|c-1", "key-2", "/api/v1/orders");
        var first = placement.place(keyed(command("tok_approve", line("MUG", 1)), key)).order();
        requests.lookupsToMiss = 1;

        var second = placement.place(keyed(command("tok_approve", line("MUG", 1)), key)).order();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(orders.stored).containsOnlyKeys(first.id());
        assertThat(sagas.find(first.id())).isPresent();
        assertThat(gateway.requests).as("paid once").hasSize(1);
    }

    @Test
    void aKeyOfAnotherCallerOrOperationPlacesItsOwnOrder() {
        var first = placement.place(keyed(command("tok_approve", line("TSHIRT", 1)),
                new RequestKey("storefront|c-1", "key-3", "/api/v1/orders"))).order();
        var other = placement.place(keyed(command("tok_approve", line("TSHIRT", 1)),
                new RequestKey("storefront|c-2", "key-3", "/api/v1/orders"))).order();

        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(orders.stored).hasSize(2);
    }

    @Test
    void aGuestsRetryGetsANewAccessTokenForTheOrderTheLostAnswerCarried() {
        var key = new RequestKey("storefront|", "key-4", "/api/v1/orders");
        var firstToken = "first-token-of-at-least-32-characters";
        var retryToken = "retry-token-of-at-least-32-characters";
        var first = placement.place(guest(command("tok_approve", line("TSHIRT", 1)), firstToken, key)).order();

        var retried = placement.place(guest(command("tok_approve", line("TSHIRT", 1)), retryToken, key)).order();

        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(guestAccess.hashes.get(first.id())).isEqualTo(GuestOrderAccess.sha256(retryToken));
    }

    private static PlaceOrderCommand keyed(PlaceOrderCommand command, RequestKey key) {
        return guest(command, command.guestAccessToken(), key);
    }

    private static PlaceOrderCommand guest(PlaceOrderCommand command, String accessToken, RequestKey key) {
        return new PlaceOrderCommand(command.customerId(), command.currency(), command.lines(), command.shippingAddress(),
                command.paymentMethodType(), command.paymentToken(), command.billingCountry(), command.clientAddress(),
                command.promoCodes(), command.shipping(), accessToken, key);
    }

    private List<Object> orderEvents() {
        return published.stream().filter(event -> !(event instanceof PlacementWorkDue)).toList();
    }

    private io.orderservice.ordering.domain.saga.PlacementSaga saga(OrderId orderId) {
        return sagas.find(orderId).orElseThrow();
    }

    private static PlaceOrderCommand command(String token, PlaceOrderCommand.Line... lines) {
        return command(token, Set.of(), lines);
    }

    private static PlaceOrderCommand command(String token, PaymentProvider provider, PlaceOrderCommand.Line... lines) {
        return new PlaceOrderCommand(new CustomerId("c-1"), Currency.getInstance("EUR"), List.of(lines), LONDON,
                PaymentMethodType.CARD, new PaymentToken(token), provider, "DE", "203.0.113.9", Set.of(),
                io.orderservice.ordering.domain.price.ShippingChoice.CHEAPEST, null, null, null, null);
    }

    private static PlaceOrderCommand command(String token, Set<String> promoCodes, PlaceOrderCommand.Line... lines) {
        return new PlaceOrderCommand(new CustomerId("c-1"), Currency.getInstance("EUR"), List.of(lines),
                LONDON, PaymentMethodType.CARD, new PaymentToken(token), "DE", "203.0.113.9", promoCodes,
                io.orderservice.ordering.domain.price.ShippingChoice.CHEAPEST, null);
    }

    private static PlaceOrderCommand.Line line(String sku, int quantity) {
        return new PlaceOrderCommand.Line(new Sku(sku), new Quantity(quantity));
    }

    /** A clock the test moves, for deadlines. */
    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
