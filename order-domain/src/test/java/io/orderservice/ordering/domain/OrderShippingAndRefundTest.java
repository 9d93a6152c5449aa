package io.orderservice.ordering.domain;

import static io.orderservice.ordering.domain.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.domain.Order.LineRefund;
import io.orderservice.ordering.domain.event.OrderCancelled;
import io.orderservice.ordering.domain.event.OrderRefundRequested;
import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shipments move an order by what has left; refunds never give back more than was captured. */
class OrderShippingAndRefundTest {

    private static final Actor WAREHOUSE = Actor.operator("warehouse-1");

    /** 2 × 10.00 and 1 × 20.00, 4.00 discount, 7.20 tax, 5.00 shipping: grand total 48.20. */
    private static Order paidOrder() {
        var order = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(line(1, "TSHIRT-BLK-M", 2, 1000), line(2, "MUG-CLASSIC", 1, 2000)),
                Money.of(400, "EUR"), Money.of(720, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW);
        order.authorisePayment("auth-1", Actor.system(), NOW);
        order.pullEvents();
        return order;
    }

    private static Order shippedAndCaptured() {
        var order = paidOrder();
        order.ship(UUID.randomUUID(), "DHL", "JD1", null, everythingLeftToShip(order), WAREHOUSE, NOW);
        order.recordCapture(order.totals().grandTotal());
        order.pullEvents();
        return order;
    }

    @Test
    void shipmentsThatLeaveSomethingBehindShipPartiallyAndTheLastOneShipsTheOrder() {
        var order = paidOrder();

        var first = UUID.randomUUID();
        order.ship(first, "DHL", "JD014600006281", "https://dhl.example/JD014600006281",
                List.of(new ShippedLine(1, Quantity.of(1))), WAREHOUSE, NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(order.shippedQuantity(1)).isEqualTo(1);
        var events = order.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(OrderStatusChanged.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(OrderShipped.class, shipped -> {
            assertThat(shipped.shipmentId()).isEqualTo(first);
            assertThat(shipped.complete()).isFalse();
            assertThat(shipped.lines()).containsExactly(new OrderShipped.Line(1, "TSHIRT-BLK-M", 1));
            assertThat(shipped.sequence()).isEqualTo(order.history().size() - 1);
        });

        order.ship(UUID.randomUUID(), "UPS", "1Z999", null,
                List.of(new ShippedLine(1, Quantity.of(1)), new ShippedLine(2, Quantity.of(1))), WAREHOUSE, NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.shippedUnits()).containsExactly(Map.entry(1, 2), Map.entry(2, 1));
        assertThat(order.history().get(order.history().size() - 1).reason()).contains("UPS", "1Z999");
    }

    @Test
    void theOrderCountsShippedUnitsPerLineItselfAndARebuiltOrderCannotHaveShippedMoreThanALineHolds() {
        var order = paidOrder();
        order.ship(UUID.randomUUID(), "DHL", "JD1", null, List.of(new ShippedLine(1, Quantity.of(1))), WAREHOUSE, NOW);
        order.ship(UUID.randomUUID(), "DHL", "JD2", null,
                List.of(new ShippedLine(1, Quantity.of(1)), new ShippedLine(2, Quantity.of(1))), WAREHOUSE, NOW);

        assertThat(order.shippedUnits()).containsExactly(Map.entry(1, 2), Map.entry(2, 1));
        var rebuilt = rebuiltWith(order, Map.of(1, 1));
        assertThat(rebuilt.shippedQuantity(1)).as("what was stored, not what the shipments add up to").isEqualTo(1);
        assertThat(rebuilt.unshippedLines()).containsExactly(new ShippedLine(1, Quantity.of(1)), new ShippedLine(2, Quantity.of(1)));
        assertThatThrownBy(() -> rebuiltWith(order, Map.of(1, 3))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rebuiltWith(order, Map.of(7, 1))).isInstanceOf(InvalidValueException.class);
    }

    private static Order rebuiltWith(Order order, Map<Integer, Integer> shippedUnits) {
        return Order.reconstitute(order.id(), order.customerId(), order.shippingAddress(), null, null, order.lines(),
                order.totals(), order.priceDetails(), order.shippingMethod(), order.status(), order.history(), order.payment(),
                shippedUnits, order.refunds(), order.placedAt(), 1);
    }

    @Test
    void anOrderIsDeliveredWhenEveryShipmentIsAndOnlyOnceItHasShippedCompletely() {
        var order = paidOrder();
        order.ship(UUID.randomUUID(), "DHL", "JD1", null, List.of(new ShippedLine(1, Quantity.of(2))), WAREHOUSE, NOW);

        assertThat(order.delivered(true, 1, Actor.system(), NOW.plusSeconds(3600))).isFalse();
        assertThat(order.status()).as("the mug has not left yet").isEqualTo(OrderStatus.PARTIALLY_SHIPPED);

        order.ship(UUID.randomUUID(), "UPS", "1Z1", null, List.of(new ShippedLine(2, Quantity.of(1))), WAREHOUSE, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        order.pullEvents();

        assertThat(order.delivered(false, 2, Actor.system(), NOW.plusSeconds(7200))).as("one of two arrived").isFalse();
        assertThat(order.delivered(true, 2, Actor.system(), NOW.plusSeconds(9000))).isTrue();

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.history().get(order.history().size() - 1).reason()).isEqualTo("every shipment delivered");
        assertThat(order.pullEvents()).singleElement().isInstanceOfSatisfying(OrderStatusChanged.class,
                changed -> assertThat(changed.action()).isEqualTo(OrderAction.DELIVER));
        assertThat(order.delivered(true, 2, Actor.system(), NOW.plusSeconds(9999))).as("told again").isFalse();
    }

    @Test
    void shippingMoreThanIsLeftOrAnUnknownLineIsRefusedAndChangesNothing() {
        var order = paidOrder();

        assertThatThrownBy(() -> order.ship(UUID.randomUUID(), "DHL", "JD1", null,
                List.of(new ShippedLine(1, Quantity.of(3))), WAREHOUSE, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2 unit(s) left");
        assertThatThrownBy(() -> order.ship(UUID.randomUUID(), "DHL", "JD1", null,
                List.of(new ShippedLine(7, Quantity.of(1))), WAREHOUSE, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no line 7");

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.shippedUnits()).isEmpty();
        assertThat(order.pullEvents()).isEmpty();
    }

    @Test
    void aCancelledOrderCannotShip() {
        var order = paidOrder();
        order.cancel("changed my mind", CUSTOMER, NOW);

        assertThatThrownBy(() -> order.ship(UUID.randomUUID(), "DHL", "JD1", null,
                List.of(new ShippedLine(1, Quantity.of(1))), WAREHOUSE, NOW))
                .isInstanceOfSatisfying(IllegalOrderTransitionException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(OrderStatus.CANCELLED);
                    assertThat(refused.allowedActions()).isEmpty();
                });
    }

    @Test
    void cancellingAPaidOrderAsksForItsAuthorisationToBeReleasedAndRecordsHowThatWent() {
        var order = paidOrder();

        order.cancel("changed my mind", CUSTOMER, NOW);

        assertThat(order.refunds()).singleElement().satisfies(release -> {
            assertThat(release.kind()).isEqualTo(OrderRefund.Kind.VOID);
            assertThat(release.amount()).isEqualTo(Money.of(4_820, "EUR"));
            assertThat(release.status()).isEqualTo(OrderRefund.Status.REQUESTED);
        });
        var release = order.refunds().get(0).id();
        assertThat(order.pullEvents()).filteredOn(OrderCancelled.class::isInstance).singleElement()
                .isInstanceOfSatisfying(OrderCancelled.class, cancelled -> assertThat(cancelled.paymentRelease()).isEqualTo(release));

        assertThat(order.settleRefund(release, true, null, NOW)).isTrue();
        assertThat(order.settleRefund(release, true, null, NOW)).as("reported twice").isFalse();
        assertThat(order.refunds().get(0).status()).isEqualTo(OrderRefund.Status.SUCCEEDED);
        assertThat(order.history().get(order.history().size() - 1).reason()).contains("succeeded");
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cancellingAnUnpaidOrderReleasesNoPayment() {
        var order = placedOrder();
        order.cancel("changed my mind", CUSTOMER, NOW);

        assertThat(order.refunds()).isEmpty();
        assertThat(order.pullEvents()).filteredOn(OrderCancelled.class::isInstance).singleElement()
                .isInstanceOfSatisfying(OrderCancelled.class, cancelled -> assertThat(cancelled.paymentRelease()).isNull());
    }

    @Test
    void aLineRefundGivesBackItsShareOfDiscountAndTax() {
        var order = shippedAndCaptured();

        // one unit of 10.00 is 1/4 of a 40.00 subtotal: 1/4 of (40.00 − 4.00 + 7.20) = 10.80
        var refund = order.refund(UUID.randomUUID(), "damaged", List.of(new LineRefund(1, Quantity.of(1))), false,
                Money.zero(Money.currencyOf("EUR")), WAREHOUSE, NOW);

        assertThat(refund.amount()).isEqualTo(Money.of(1_080, "EUR"));
        assertThat(refund.lines()).singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(Money.of(1_080, "EUR")));
        assertThat(order.refundedQuantity(1)).isEqualTo(1);
        assertThat(order.refundable()).isEqualTo(Money.of(3_740, "EUR"));
        assertThat(order.status()).as("refunds keep the status").isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderRefundRequested.class);
    }

    @Test
    void refundsNeverExceedWhatWasCapturedAndAFailedOneGivesItsAmountBack() {
        var order = shippedAndCaptured();
        var first = order.refund(UUID.randomUUID(), "goodwill", List.of(), true, Money.of(4_000, "EUR"), WAREHOUSE, NOW);
        assertThat(first.amount()).isEqualTo(Money.of(4_500, "EUR"));

        assertThatThrownBy(() -> order.refund(UUID.randomUUID(), "goodwill", List.of(), false, Money.of(321, "EUR"),
                WAREHOUSE, NOW))
                .isInstanceOfSatisfying(RefundRefusedException.class,
                        refused -> assertThat(refused.refundable()).isEqualTo(Money.of(320, "EUR")));
        assertThatThrownBy(() -> order.refund(UUID.randomUUID(), "goodwill", List.of(), true, Money.of(1, "EUR"),
                WAREHOUSE, NOW)).isInstanceOf(RefundRefusedException.class).hasMessageContaining("shipping");

        order.settleRefund(first.id(), false, "card expired", NOW);

        assertThat(order.refundable()).isEqualTo(Money.of(4_820, "EUR"));
        assertThat(order.refunds().get(0).failure()).isEqualTo("card expired");
    }

    @Test
    void anExchangesReplacementIsPaidByItsReturnUpToItsTotalAndShipsOnlyOnceThatReturnArrived() {
        var returnId = UUID.randomUUID();
        var from = OrderId.newId();
        var cheaper = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(line(1, "TSHIRT-BLK-M", 1, 1000)), Money.of(0, "EUR"), Money.of(200, "EUR"), Money.of(500, "EUR"),
                CUSTOMER, NOW);
        cheaper.replaceReturned(new ExchangeCredit(Money.of(4_000, "EUR"), returnId, from), true, Actor.system(), NOW);

        assertThat(cheaper.exchangeCredit()).get().satisfies(credit -> assertThat(credit.amount())
                .as("cut to the replacement's total").isEqualTo(Money.of(1_700, "EUR")));
        assertThat(cheaper.amountDue().isZero()).isTrue();
        assertThatThrownBy(() -> cheaper.replaceReturned(new ExchangeCredit(Money.of(1, "EUR"), returnId, from), true,
                Actor.system(), NOW)).as("once").isInstanceOf(InvalidValueException.class);

        cheaper.authorisePayment("paid-by-return", Actor.system(), NOW);
        assertThatThrownBy(cheaper::requireShippable).isInstanceOfSatisfying(OrderAwaitsReturnException.class,
                waiting -> assertThat(waiting.returnId()).isEqualTo(returnId));
        assertThatThrownBy(() -> cheaper.ship(UUID.randomUUID(), "DHL", "JD1", null, everythingLeftToShip(cheaper), WAREHOUSE,
                NOW)).isInstanceOf(OrderAwaitsReturnException.class);
        assertThat(cheaper.returnArrived(WAREHOUSE, NOW)).isTrue();
        assertThat(cheaper.returnArrived(WAREHOUSE, NOW)).as("told twice").isFalse();
        cheaper.ship(UUID.randomUUID(), "DHL", "JD1", null, everythingLeftToShip(cheaper), WAREHOUSE, NOW);
        assertThat(cheaper.status()).isEqualTo(OrderStatus.SHIPPED);

        var dearer = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(line(1, "TSHIRT-BLK-M", 2, 3000)), Money.of(0, "EUR"), Money.of(1_200, "EUR"), Money.of(500, "EUR"),
                CUSTOMER, NOW);
        dearer.replaceReturned(new ExchangeCredit(Money.of(4_000, "EUR"), UUID.randomUUID(), from), false, Actor.system(), NOW);
        assertThat(dearer.amountDue()).as("77.00 less the 40.00 the return pays").isEqualTo(Money.of(3_700, "EUR"));
        dearer.authorisePayment("auth-1", Actor.system(), NOW);
        dearer.requireShippable();
        assertThatThrownBy(() -> dearer.changeLines(List.of(line(1, "TSHIRT-BLK-M", 1, 3000)), Money.of(0, "EUR"),
                Money.of(600, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("keeps its lines");
        dearer.pullEvents();
        dearer.cancel("changed my mind", CUSTOMER, NOW);
        assertThat(dearer.refunds()).singleElement().satisfies(release -> assertThat(release.amount())
                .as("only what the card holds is released").isEqualTo(Money.of(3_700, "EUR")));
    }

    @Test
    void aFailedRefundIsAskedForAgainOnceWithItsLinesShippingAndAmount() {
        var order = shippedAndCaptured();
        var failed = order.refund(UUID.randomUUID(), "damaged", List.of(new LineRefund(1, Quantity.of(1))), true,
                Money.of(0, "EUR"), WAREHOUSE, NOW);
        var notFailed = order.refund(UUID.randomUUID(), "goodwill", List.of(), false, Money.of(100, "EUR"), WAREHOUSE, NOW);
        assertThatThrownBy(() -> order.retryRefund(failed.id(), UUID.randomUUID(), WAREHOUSE, NOW))
                .as("still being made").isInstanceOf(RefundRefusedException.class).hasMessageContaining("is REQUESTED");
        order.settleRefund(failed.id(), false, "expired_or_canceled_card", NOW);
        order.pullEvents();

        var retryId = UUID.randomUUID();
        var retry = order.retryRefund(failed.id(), retryId, WAREHOUSE, NOW);

        assertThat(retry.id()).isEqualTo(retryId);
        assertThat(retry.status()).isEqualTo(OrderRefund.Status.REQUESTED);
        assertThat(retry.amount()).isEqualTo(failed.amount());
        assertThat(retry.lines()).isEqualTo(failed.lines());
        assertThat(retry.shipping()).isTrue();
        assertThat(order.refunds()).filteredOn(refund -> refund.id().equals(failed.id())).singleElement()
                .satisfies(old -> {
                    assertThat(old.retriedAs()).isEqualTo(retryId);
                    assertThat(old.awaitsRetry()).isFalse();
                });
        assertThat(order.pullEvents()).singleElement().isInstanceOfSatisfying(OrderRefundRequested.class,
                requested -> assertThat(requested.refundId()).isEqualTo(retryId));
        assertThatThrownBy(() -> order.retryRefund(failed.id(), UUID.randomUUID(), WAREHOUSE, NOW))
                .as("asked for again already").isInstanceOf(RefundRefusedException.class).hasMessageContaining("asked for again as");
        assertThatThrownBy(() -> order.retryRefund(notFailed.id(), UUID.randomUUID(), WAREHOUSE, NOW))
                .isInstanceOf(RefundRefusedException.class);
    }

    @Test
    void nothingCanBeRefundedBeforeTheMoneyIsCaptured() {
        var order = paidOrder();

        assertThatThrownBy(() -> order.refund(UUID.randomUUID(), "goodwill", List.of(), false, Money.of(100, "EUR"),
                WAREHOUSE, NOW))
                .isInstanceOfSatisfying(IllegalOrderTransitionException.class,
                        refused -> assertThat(refused.status()).isEqualTo(OrderStatus.PAID));
    }

    @Test
    void unitsOfALineAreRefundedAtMostOnce() {
        var order = shippedAndCaptured();
        order.refund(UUID.randomUUID(), "damaged", List.of(new LineRefund(2, Quantity.of(1))), false,
                Money.zero(Money.currencyOf("EUR")), WAREHOUSE, NOW);

        assertThatThrownBy(() -> order.refund(UUID.randomUUID(), "damaged", List.of(new LineRefund(2, Quantity.of(1))),
                false, Money.zero(Money.currencyOf("EUR")), WAREHOUSE, NOW))
                .isInstanceOf(RefundRefusedException.class).hasMessageContaining("0 unit(s) left to refund");
    }

    @Test
    void changingLinesKeepsTheirNumbersAndPricesRecomputesTheTotalsAndSaysWhatChanged() {
        var order = paidOrder();
        var lines = List.of(line(1, "TSHIRT-BLK-M", 1, 1000), line(2, "MUG-CLASSIC", 1, 2000), line(3, "CAP-RED", 2, 750));

        assertThat(order.changeLines(lines, Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW)).isTrue();

        assertThat(order.totals().subtotal()).isEqualTo(Money.of(4_500, "EUR"));
        assertThat(order.totals().grandTotal()).isEqualTo(Money.of(5_000, "EUR"));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.history().get(order.history().size() - 1).reason())
                .contains("TSHIRT-BLK-M x2 -> x1", "added CAP-RED x2", "48.20 EUR -> 50.00 EUR");
        assertThat(order.pullEvents()).singleElement().isInstanceOf(io.orderservice.ordering.domain.event.OrderModified.class);
        assertThat(order.changeLines(lines, Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW))
                .as("the same lines again").isFalse();
    }

    @Test
    void aLineKeepsItsPriceAndAShippedOrderCannotChangeLines() {
        var order = paidOrder();
        assertThatThrownBy(() -> order.changeLines(List.of(line(1, "TSHIRT-BLK-M", 2, 900)), Money.of(0, "EUR"),
                Money.of(0, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("keeps its SKU and unit price");
        assertThatThrownBy(() -> order.changeLines(List.of(), Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(500, "EUR"),
                CUSTOMER, NOW)).isInstanceOf(InvalidValueException.class).hasMessageContaining("cancel it instead");
        assertThat(order.lines()).hasSize(2);

        var shipped = shippedAndCaptured();
        assertThatThrownBy(() -> shipped.changeLines(List.of(line(1, "TSHIRT-BLK-M", 1, 1000)), Money.of(0, "EUR"),
                Money.of(0, "EUR"), Money.of(500, "EUR"), CUSTOMER, NOW))
                .isInstanceOfSatisfying(IllegalOrderTransitionException.class,
                        refused -> assertThat(refused.status()).isEqualTo(OrderStatus.SHIPPED));
    }

    @Test
    void aReturnsRefundTakesTheAmountsReturnsCountedHeldToWhatAnyRefundIs() {
        var order = shippedAndCaptured();
        var eur = (java.util.function.LongFunction<Money>) cents -> Money.of(cents, "EUR");
        var shirt = List.of(new OrderRefund.RefundedLine(1, Quantity.of(1), eur.apply(1_040)));

        assertThatThrownBy(() -> order.refundReturn(UUID.randomUUID(), "damaged", shirt, eur.apply(500), eur.apply(0),
                eur.apply(1_541), "return RMA-1", WAREHOUSE, NOW)).as("more than its lines and shipping")
                .isInstanceOf(RefundRefusedException.class).hasMessageContaining("at most its lines and shipping less what is kept back, 15.40");
        assertThatThrownBy(() -> order.refundReturn(UUID.randomUUID(), "damaged",
                List.of(new OrderRefund.RefundedLine(1, Quantity.of(3), eur.apply(3_120))), eur.apply(0), eur.apply(0),
                eur.apply(3_120), "return RMA-1", WAREHOUSE, NOW)).isInstanceOf(RefundRefusedException.class)
                .hasMessageContaining("2 unit(s) left to refund, not 3");

        var refund = order.refundReturn(UUID.randomUUID(), "damaged", shirt, eur.apply(500), eur.apply(0), eur.apply(1_540),
                "return RMA-1", WAREHOUSE, NOW);
        assertThat(refund.amount()).isEqualTo(eur.apply(1_540));
        assertThat(refund.shipping()).isTrue();
        assertThat(order.shippingRefunded()).isTrue();
        assertThat(order.pullEvents()).singleElement().isInstanceOf(OrderRefundRequested.class);
        assertThatThrownBy(() -> order.refundReturn(UUID.randomUUID(), "damaged", shirt, eur.apply(500), eur.apply(0),
                eur.apply(1_540), "return RMA-1", WAREHOUSE, NOW)).hasMessageContaining("shipping charge is refunded already");

        // what is left of the capture (48.20 - 15.40 = 32.80) bounds a return's refund cut to it, and nothing beyond
        var rest = List.of(new OrderRefund.RefundedLine(1, Quantity.of(1), eur.apply(1_040)),
                new OrderRefund.RefundedLine(2, Quantity.of(1), eur.apply(3_000)));
        assertThatThrownBy(() -> order.refundReturn(UUID.randomUUID(), "damaged", rest, eur.apply(0), eur.apply(0),
                eur.apply(4_040), "return RMA-1", WAREHOUSE, NOW)).isInstanceOf(RefundRefusedException.class)
                .hasMessageContaining("32.80 EUR of the captured 48.20 EUR is left to refund");
        order.refundReturn(UUID.randomUUID(), "damaged", rest, eur.apply(0), eur.apply(0), eur.apply(3_280), "return RMA-1", WAREHOUSE, NOW);
        assertThat(order.refundable().isZero()).isTrue();
    }
}
