package io.orderservice.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException.Reason;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.PaymentToken;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceOrderServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Address LONDON = new Address("Ada", "12 Analytical Way", null, "London", null, "n19gu", "GB");

    private final InMemoryNeighbours.Orders orders = new InMemoryNeighbours.Orders();
    private final InMemoryNeighbours.Catalog catalog = new InMemoryNeighbours.Catalog();
    private final InMemoryNeighbours.Stock stock = new InMemoryNeighbours.Stock();
    private final InMemoryNeighbours.Gateway gateway = new InMemoryNeighbours.Gateway();
    private final InMemoryNeighbours.Addresses addresses = new InMemoryNeighbours.Addresses();
    private final List<Object> published = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private PlaceOrderService service;

    @BeforeEach
    void setUp() {
        catalog.pricesInCents.put("TSHIRT", 1999L);
        catalog.pricesInCents.put("MUG", 1250L);
        stock.available.put("TSHIRT", 10);
        stock.available.put("MUG", 1);
        service = new PlaceOrderService(addresses, catalog, new InMemoryNeighbours.FlatRate(), stock, gateway, orders,
                published::add, Clock.fixed(NOW, ZoneOffset.UTC), meters);
    }

    @Test
    void placesAPaidOrderAndPublishesItsEvents() {
        var view = service.place(command("tok_approve", line("TSHIRT", 2), line("MUG", 1)));

        assertThat(view.status()).isEqualTo(OrderStatus.PAID);
        assertThat(view.totals().grandTotal()).isEqualTo(Money.of(2 * 1999 + 1250 + 495, "EUR"));
        assertThat(orders.stored).containsKey(view.id());
        assertThat(orders.stored.get(view.id()).paymentReference()).isEqualTo("auth-1");
        assertThat(gateway.requests).singleElement().satisfies(request ->
                assertThat(request.amount()).isEqualTo(view.totals().grandTotal()));
        assertThat(stock.available).containsEntry("TSHIRT", 8).containsEntry("MUG", 0);
        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isInstanceOf(OrderPlaced.class);
        assertThat(published.get(1)).isInstanceOfSatisfying(OrderStatusChanged.class,
                changed -> assertThat(changed.to()).isEqualTo(OrderStatus.PAID));
        assertThat(meters.counter("orders.placed").count()).isEqualTo(1.0);
    }

    @Test
    void anUnknownSkuIsRefusedBeforeAnythingIsReservedOrCharged() {
        assertRefused(command("tok_approve", line("TSHIRT", 1), line("NOPE", 1)), Reason.UNKNOWN_SKU);
        assertThat(stock.reservations).isEmpty();
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void notEnoughStockIsRefusedWithTheShortagesAndNothingIsCharged() {
        var refusal = assertRefused(command("tok_approve", line("MUG", 2)), Reason.INSUFFICIENT_STOCK);
        assertThat(refusal.facts()).containsKey("shortages");
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void aDeclinedPaymentIsRefusedAndNoOrderIsStored() {
        var refusal = assertRefused(command("tok_decline", line("TSHIRT", 1)), Reason.PAYMENT_DECLINED);
        assertThat(refusal.facts()).containsEntry("declineCode", "card_declined");
    }

    @Test
    void aPaymentAwaitingTheCustomersActionLeavesTheOrderAwaitingPayment() {
        var view = service.place(command("tok_requires_action", line("TSHIRT", 1)));

        assertThat(view.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(orders.stored.get(view.id()).paymentReference()).isNull();
        assertThat(stock.available).containsEntry("TSHIRT", 9);
        assertThat(published).singleElement().isInstanceOf(OrderPlaced.class);
    }

    @Test
    void noReachableGatewayRefusesThePlacementAsUnavailable() {
        assertRefused(command("tok_gateway_down", line("TSHIRT", 1)), Reason.PAYMENT_UNAVAILABLE);
    }

    @Test
    void theOrderShipsToTheAddressAsVerified() {
        var view = service.place(command("tok_approve", line("TSHIRT", 1)));

        assertThat(view.shippingAddress().postalCode()).isEqualTo("N1 9GU");
    }

    @Test
    void anUndeliverableAddressIsRefusedBeforeAnythingElse() {
        addresses.undeliverable = true;

        var refusal = assertRefused(command("tok_approve", line("TSHIRT", 1)), Reason.UNDELIVERABLE_ADDRESS);

        assertThat(refusal.facts()).containsKey("errors");
        assertThat(stock.reservations).isEmpty();
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void anAddressWithoutAShippingRateIsRefused() {
        var paris = new Address("Ada", "1 Rue", null, "Paris", null, "75001", "FR");
        var command = new PlaceOrderCommand(new CustomerId("c-1"), Currency.getInstance("EUR"),
                List.of(line("TSHIRT", 1)), paris, new PaymentToken("tok_approve"));
        assertRefused(command, Reason.NOT_SHIPPABLE);
    }

    private OrderPlacementRefusedException assertRefused(PlaceOrderCommand command, Reason reason) {
        var thrown = new OrderPlacementRefusedException[1];
        assertThatThrownBy(() -> service.place(command))
                .isInstanceOfSatisfying(OrderPlacementRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    thrown[0] = e;
                });
        assertThat(orders.stored).isEmpty();
        assertThat(published).isEmpty();
        assertThat(meters.counter("orders.placement.refused", "reason", reason.name()).count()).isEqualTo(1.0);
        return thrown[0];
    }

    private static PlaceOrderCommand.Line line(String sku, int quantity) {
        return new PlaceOrderCommand.Line(new Sku(sku), Quantity.of(quantity));
    }

    private static PlaceOrderCommand command(String token, PlaceOrderCommand.Line... lines) {
        return new PlaceOrderCommand(new CustomerId("customer-42"), Currency.getInstance("EUR"), List.of(lines), LONDON,
                new PaymentToken(token));
    }
}
