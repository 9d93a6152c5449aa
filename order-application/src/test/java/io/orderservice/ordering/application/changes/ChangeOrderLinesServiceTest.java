package io.orderservice.ordering.application.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.application.Callers;
import io.orderservice.ordering.application.InMemoryNeighbours;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.AddLine;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeOrderLinesCommand;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.ChangeQuantity;
import io.orderservice.ordering.application.port.in.ChangeOrderLinesUseCase.RemoveLine;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PaymentUnavailableException;
import io.orderservice.ordering.application.port.in.StaleOrderException;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Line changes over in-memory neighbours: which neighbours are asked, in which case, and that a refusal
 * saves and publishes nothing (the database transaction rolls the stock back; OrderLinesIT shows that).
 */
class ChangeOrderLinesServiceTest {

    private static final Caller CUSTOMER = Callers.customer(new CustomerId("customer-1"));

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Address LONDON = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    private final InMemoryNeighbours.Orders orders = new InMemoryNeighbours.Orders();
    private final InMemoryNeighbours.Catalog catalog = new InMemoryNeighbours.Catalog();
    private final InMemoryNeighbours.Stock stock = new InMemoryNeighbours.Stock();
    private final InMemoryNeighbours.Gateway gateway = new InMemoryNeighbours.Gateway();
    private final List<Object> published = orders.published;
    private ChangeOrderLinesService service;

    @BeforeEach
    void neighbours() {
        catalog.pricesInCents.put("MUG", 1000L);
        catalog.pricesInCents.put("TEE", 2000L);
        stock.available.put("MUG", 10);
        stock.available.put("TEE", 10);
        var lineChanges = new LineChanges(new OrderRepricing(catalog), gateway, Clock.fixed(NOW, ZoneOffset.UTC));
        service = new ChangeOrderLinesService(new LineChangeRecording(orders, new InMemoryNeighbours.Sagas(), lineChanges,
                stock, orderId -> new FulfilmentPlans.FulfilmentPlan(List.of(), List.of()),
                Clock.fixed(NOW, ZoneOffset.UTC), new OrderViews(new InMemoryNeighbours.ShipmentsInMemory())), lineChanges);
    }

    @Test
    void aGrownTotalIsAuthorisedAgainBetweenTwoRunsAndTheOrderKeepsTheNewReference() {
        var order = stored(OrderStatus.PAID);

        var changed = service.change(new ChangeOrderLinesCommand(order.id(), 3, new AddLine(new Sku("TEE"), Quantity.of(1)), CUSTOMER));

        assertThat(changed.totals().grandTotal()).isEqualTo(Money.of(3_495, "EUR"));
        assertThat(changed.version()).isEqualTo(4);
        assertThat(gateway.covered.get(order.id())).isEqualTo(Money.of(3_495, "EUR"));
        assertThat(gateway.held.get(order.id())).as("the proposal was adopted by the second run").isEqualTo(Money.of(3_495, "EUR"));
        assertThat(gateway.withdrawn).isEmpty();
        assertThat(changed.payment().reference()).isEqualTo("auth-amended-3");
        assertThat(stock.reservations.get(order.id())).extracting(RequestedLine::sku).containsExactly(new Sku("MUG"), new Sku("TEE"));
        assertThat(orders.saves).isEqualTo(1);
        assertThat(published).singleElement().isInstanceOf(OrderModified.class);
    }

    @Test
    void aDeclinedOrUnreachablePaymentRefusesTheChangeAndNothingIsSavedOrPublished() {
        var order = stored(OrderStatus.PAID);
        gateway.coverAnswer = new Payments.Declined("card_declined", "insufficient funds");

        assertThatThrownBy(() -> service.change(new ChangeOrderLinesCommand(order.id(), 3, new ChangeQuantity(1, Quantity.of(5)), CUSTOMER)))
                .isInstanceOfSatisfying(OrderPlacementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OrderPlacementRefusedException.Reason.PAYMENT_DECLINED));
        gateway.coverAnswer = new Payments.Unavailable("connection refused");
        assertThatThrownBy(() -> service.change(new ChangeOrderLinesCommand(order.id(), 3, new ChangeQuantity(1, Quantity.of(4)), CUSTOMER)))
                .isInstanceOf(PaymentUnavailableException.class);

        assertThat(orders.saves).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void aSmallerTotalIsCoveredByThePaymentItHasAndNoGatewayIsAsked() {
        var order = stored(OrderStatus.PAID);
        service.change(new ChangeOrderLinesCommand(order.id(), 3, new AddLine(new Sku("TEE"), Quantity.of(1)), CUSTOMER));
        gateway.covered.clear();

        // the in-memory store, like the database, stored the change at the next version
        var changed = service.change(new ChangeOrderLinesCommand(order.id(), 4, new RemoveLine(2), CUSTOMER));

        assertThat(changed.totals().grandTotal()).isEqualTo(Money.of(1_495, "EUR"));
        assertThat(changed.payment().reference()).isEqualTo("auth-amended-3");
        assertThat(gateway.covered).isEmpty();
    }

    @Test
    void aChangeRefusedAfterItsProposalWasAuthorisedWithdrawsTheProposal() {
        var order = stored(OrderStatus.PAID);
        // other orders take the ten tees the shelf had between the proposal and the change's second run
        gateway.afterProposal = () -> stock.available.merge("TEE", -10, Integer::sum);

        assertThatThrownBy(() -> service.change(new ChangeOrderLinesCommand(order.id(), 3, new AddLine(new Sku("TEE"), Quantity.of(1)),
                CUSTOMER))).isInstanceOfSatisfying(OrderPlacementRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(OrderPlacementRefusedException.Reason.INSUFFICIENT_STOCK));

        assertThat(gateway.withdrawn).containsExactly(Money.of(3_495, "EUR"));
        assertThat(gateway.held.get(order.id())).isEqualTo(Money.of(1_495, "EUR"));
        assertThat(orders.saves).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void aPriceThatMovesBetweenTheProposalAndTheChangeIsProposedForAgainAndTheFirstProposalWithdrawn() {
        var order = stored(OrderStatus.PAID);
        gateway.afterProposal = () -> {
            catalog.pricesInCents.merge("TEE", 100L, Long::sum);
            gateway.afterProposal = () -> { };
        };

        var changed = service.change(new ChangeOrderLinesCommand(order.id(), 3, new AddLine(new Sku("TEE"), Quantity.of(1)), CUSTOMER));

        assertThat(gateway.withdrawn).containsExactly(Money.of(3_495, "EUR"));
        assertThat(changed.totals().grandTotal()).isEqualTo(Money.of(3_595, "EUR"));
        assertThat(gateway.held.get(order.id())).isEqualTo(Money.of(3_595, "EUR"));
        assertThat(orders.saves).isEqualTo(1);
    }

    @Test
    void anOrderAwaitingApprovalHoldsNoStockAndNoPaymentSoNeitherIsAsked() {
        var order = stored(OrderStatus.PENDING_APPROVAL);

        var changed = service.change(new ChangeOrderLinesCommand(order.id(), 3, new ChangeQuantity(1, Quantity.of(2)), CUSTOMER));

        assertThat(changed.totals().subtotal()).isEqualTo(Money.of(2_000, "EUR"));
        assertThat(stock.reservations).isEmpty();
        assertThat(gateway.covered).isEmpty();
    }

    @Test
    void aStaleVersionChangesNothing() {
        var order = stored(OrderStatus.PAID);

        assertThatThrownBy(() -> service.change(new ChangeOrderLinesCommand(order.id(), 2, new ChangeQuantity(1, Quantity.of(2)), CUSTOMER)))
                .isInstanceOf(StaleOrderException.class);
        assertThat(gateway.covered).isEmpty();
        assertThat(orders.saves).isZero();
    }

    /** One mug at 10.00 plus 4.95 shipping, stored at version 3, in {@code status}. */
    private Order stored(OrderStatus status) {
        var id = OrderId.newId();
        var line = new OrderLine(1, new Sku("MUG"), "Item MUG", Quantity.of(1), Money.of(1_000, "EUR"));
        var placed = Order.place(id, new CustomerId("customer-1"), LONDON, List.of(line), Money.of(0, "EUR"), Money.of(0, "EUR"),
                Money.of(495, "EUR"), status == OrderStatus.PENDING_APPROVAL, Actor.customer("customer-1"), NOW);
        if (status == OrderStatus.PAID) {
            placed.authorisePayment("auth-1", Actor.system(), NOW);
            gateway.held.put(id, placed.totals().grandTotal());
            gateway.heldAs.put(id, "auth-1");
            stock.reserve(id, List.of(new RequestedLine(new Sku("MUG"), Quantity.of(1))), LONDON);
        }
        var order = Order.reconstitute(id, placed.customerId(), LONDON, null, null, placed.lines(), placed.totals(), placed.priceDetails(), placed.shippingMethod(), placed.status(),
                placed.history().stream().map(change -> new StatusChange(change.from(), change.to(), change.action(), change.reason(),
                        change.by(), change.at())).toList(), placed.payment(), Map.of(), List.of(), NOW, 3);
        orders.stored.put(id, order);
        return order;
    }
}
