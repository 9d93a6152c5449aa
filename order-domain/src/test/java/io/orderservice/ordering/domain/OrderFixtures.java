package io.orderservice.ordering.domain;

import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders in known states for tests, and a way to apply any action through its verb method. */
final class OrderFixtures {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Actor CUSTOMER = Actor.customer("customer-42");
    static final Address ADDRESS = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    private OrderFixtures() {
    }

    static OrderLine line(int number, String sku, int quantity, long unitPriceCents) {
        return new OrderLine(number, new Sku(sku), "Item " + sku, Quantity.of(quantity), Money.of(unitPriceCents, "EUR"));
    }

    static Order placedOrder() {
        return Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(line(1, "TSHIRT-BLK-M", 200, 1999), line(2, "MUG-CLASSIC", 1, 1250)),
                Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(495, "EUR"), CUSTOMER, NOW);
    }

    private static final java.util.concurrent.atomic.AtomicInteger MODIFICATIONS = new java.util.concurrent.atomic.AtomicInteger();

    /** Calls the verb method of {@code action}: the public API is what the state machine tests exercise. */
    static void perform(Order order, OrderAction action, Actor by, Instant at) {
        switch (action) {
            case APPROVE -> order.approve(by, at);
            case REJECT_APPROVAL -> order.rejectApproval("over budget", by, at);
            case HOLD -> order.hold("fraud review", by, at);
            case RELEASE_HOLD -> order.releaseHold(by, at);
            case AUTHORISE_PAYMENT -> order.authorisePayment("auth-1", by, at);
            case FAIL_PAYMENT -> order.failPayment("card declined", by, at);
            case RETRY_PAYMENT -> order.retryPayment(by, at);
            case REJECT -> order.reject("fraud", by, at);
            case BACKORDER -> order.backorder("waiting for stock", by, at);
            case FILL_BACKORDER -> order.fillBackorder(by, at);
            case SHIP_PARTIALLY -> order.ship(UUID.randomUUID(), "DHL", "JD0001", null, List.of(new ShippedLine(
                    firstLineLeftToShip(order), Quantity.of(1))), by, at);
            case SHIP -> order.ship(UUID.randomUUID(), "DHL", "JD0002", null, everythingLeftToShip(order), by, at);
            case DELIVER -> order.deliver(by, at);
            case COMPLETE -> order.complete(by, at);
            case REQUEST_RETURN -> order.requestReturn("too small", by, at);
            case ADVANCE_RETURN -> order.advanceReturn("return approved by rule shops-fault", by, at);
            case RECEIVE_RETURN -> order.receiveReturn("return received: everything came back", by, at);
            case RECEIVE_RETURN_IN_PART -> order.receiveReturnInPart("return received: part came back", by, at);
            case DECLINE_RETURN -> order.declineReturn("outside the return window", by, at);
            case CANCEL -> order.cancel("changed my mind", by, at);
            case MODIFY -> order.modifyDelivery(order.shippingAddress(), "ring twice (" + MODIFICATIONS.incrementAndGet() + ")",
                    null, by, at);
            case CHANGE_LINES -> order.changeLines(order.lines().stream().map(line -> line.lineNumber() != 2 ? line
                            : new OrderLine(2, line.sku(), line.name(), Quantity.of(line.quantity().value() + 1), line.unitPrice()))
                    .toList(), order.totals().discount(), order.totals().tax(), order.totals().shipping(), by, at);
            case REFUND -> {
                if (order.status().allowedActions().contains(OrderAction.REFUND) && order.payment().captured().isZero()) {
                    order.recordCapture(order.totals().grandTotal());
                }
                order.refund(UUID.randomUUID(), "goodwill", List.of(), false, Money.of(1, "EUR"), by, at);
            }
        }
    }

    static int firstLineLeftToShip(Order order) {
        return order.lines().stream().filter(line -> line.quantity().value() > order.shippedQuantity(line.lineNumber()))
                .findFirst().orElse(order.lines().get(0)).lineNumber();
    }

    /** Every unit not shipped yet; line 1 once more when nothing is left, so that shipping is refused. */
    static List<ShippedLine> everythingLeftToShip(Order order) {
        var left = order.lines().stream()
                .filter(line -> line.quantity().value() > order.shippedQuantity(line.lineNumber()))
                .map(line -> new ShippedLine(line.lineNumber(),
                        Quantity.of(line.quantity().value() - order.shippedQuantity(line.lineNumber()))))
                .toList();
        return left.isEmpty() ? List.of(new ShippedLine(1, Quantity.of(1))) : left;
    }
}
