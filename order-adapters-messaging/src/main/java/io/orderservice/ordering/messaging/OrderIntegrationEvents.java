package io.orderservice.ordering.messaging;

import io.orderservice.ordering.domain.event.BackorderNotification;
import io.orderservice.ordering.domain.event.DropShipRequested;
import io.orderservice.ordering.domain.event.OrderCancelled;
import io.orderservice.ordering.domain.event.OrderCompleted;
import io.orderservice.ordering.domain.event.OrderModified;
import io.orderservice.ordering.domain.event.OrderPlaced;
import io.orderservice.ordering.domain.event.OrderShipped;
import io.orderservice.ordering.domain.event.OrderStatusChanged;
import io.orderservice.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The published contract of order events (docs/asyncapi.yaml). Versioned and decoupled from the
 * domain records: the domain may refactor freely, these change only by adding a new version.
 */
final class OrderIntegrationEvents {

    private OrderIntegrationEvents() {
    }

    record MoneyV1(String amount, String currency) {
        static MoneyV1 of(Money money) {
            return new MoneyV1(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    /** CloudEvents type {@code order.placed.v1}. */
    record OrderPlacedV1(String orderId, int sequence, String customerId, String status, MoneyV1 grandTotal,
                         List<LineV1> lines, Instant occurredAt) {

        static final String TYPE = "order.placed.v1";

        record LineV1(String sku, int quantity, MoneyV1 lineTotal) {
        }

        static OrderPlacedV1 of(OrderPlaced event) {
            return new OrderPlacedV1(event.orderId().toString(), event.sequence(), event.customerId().value(),
                    event.status().name(),
                    MoneyV1.of(event.grandTotal()),
                    event.lines().stream().map(line -> new LineV1(line.sku().value(), line.quantity().value(),
                            MoneyV1.of(line.lineTotal()))).toList(),
                    event.occurredAt());
        }
    }

    /** CloudEvents type {@code order.status-changed.v1}. */
    record OrderStatusChangedV1(String orderId, int sequence, String from, String to, String action, String reason,
                                Instant occurredAt) {

        static final String TYPE = "order.status-changed.v1";

        static OrderStatusChangedV1 of(OrderStatusChanged event) {
            return new OrderStatusChangedV1(event.orderId().toString(), event.sequence(), event.from().name(),
                    event.to().name(),
                    event.action().name(), event.reason(), event.occurredAt());
        }
    }

    /** CloudEvents type {@code order.modified.v1}: delivery details changed; the status did not. */
    record OrderModifiedV1(String orderId, int sequence, List<String> changed, String reason, Instant occurredAt) {

        static final String TYPE = "order.modified.v1";

        static OrderModifiedV1 of(OrderModified event) {
            return new OrderModifiedV1(event.orderId().toString(), event.sequence(), event.changed(), event.reason(),
                    event.occurredAt());
        }
    }

    /**
     * CloudEvents type {@code order.shipped.v1}: a shipment left with a carrier, from a stock location (absent when not
     * recorded). {@code complete}: every unit of the order has shipped (the status change to SHIPPED or
     * PARTIALLY_SHIPPED has the same sequence).
     */
    record OrderShippedV1(String orderId, int sequence, String shipmentId, String carrier, String trackingNumber,
                          String trackingUrl, List<LineV1> lines, boolean complete, String location, Instant occurredAt) {

        static final String TYPE = "order.shipped.v1";

        record LineV1(int lineNumber, String sku, int quantity) {
        }

        static OrderShippedV1 of(OrderShipped event) {
            return new OrderShippedV1(event.orderId().toString(), event.sequence(), event.shipmentId().toString(),
                    event.carrier(), event.trackingNumber(), event.trackingUrl(),
                    event.lines().stream().map(line -> new LineV1(line.lineNumber(), line.sku(), line.quantity())).toList(),
                    event.complete(), event.location(), event.occurredAt());
        }
    }

    /**
     * CloudEvents type {@code order.drop-ship-requested.v1}, on the drop-ship topic keyed by supplier: a supplier is
     * asked to ship these units to the customer directly. The supplier reports its shipment like a warehouse
     * ({@code POST /api/v1/orders/{id}/ship} naming itself as the location).
     */
    record DropShipRequestedV1(String orderId, String supplier, List<LineV1> lines, ShipToV1 shipTo, Instant occurredAt) {

        static final String TYPE = "order.drop-ship-requested.v1";

        record LineV1(String sku, int quantity) {
        }

        record ShipToV1(String recipient, String line1, String line2, String city, String region, String postalCode,
                        String countryCode) {
        }

        static DropShipRequestedV1 of(DropShipRequested event) {
            var to = event.shipTo();
            return new DropShipRequestedV1(event.orderId().toString(), event.supplier(),
                    event.lines().stream().map(line -> new LineV1(line.sku(), line.quantity())).toList(),
                    new ShipToV1(to.recipient(), to.line1(), to.line2(), to.city(), to.region(), to.postalCode(), to.countryCode()),
                    event.occurredAt());
        }
    }

    /**
     * CloudEvents type {@code order.cancelled.v1}: the order was cancelled; {@code releasedAmount} is the authorised
     * payment being released (null when it held none). Stock and payment follow through the outbox.
     */
    record OrderCancelledV1(String orderId, int sequence, String reason, MoneyV1 releasedAmount, Instant occurredAt) {

        static final String TYPE = "order.cancelled.v1";

        static OrderCancelledV1 of(OrderCancelled event) {
            return new OrderCancelledV1(event.orderId().toString(), event.sequence(), event.reason(),
                    event.releasedAmount() == null ? null : MoneyV1.of(event.releasedAmount()), event.occurredAt());
        }
    }

    /** CloudEvents type {@code order.completed.v1}: delivered and past the return window (or a return declined). */
    record OrderCompletedV1(String orderId, int sequence, String customerId, List<KeptLineV1> lines, MoneyV1 netPaid,
                            Instant occurredAt) {

        static final String TYPE = "order.completed.v1";

        record KeptLineV1(String sku, int quantity) {
        }

        static OrderCompletedV1 of(OrderCompleted event) {
            return new OrderCompletedV1(event.orderId().toString(), event.sequence(), event.customerId().value(),
                    event.lines().stream().map(line -> new KeptLineV1(line.sku(), line.quantity())).toList(),
                    MoneyV1.of(event.netPaid()), event.occurredAt());
        }
    }

    /** Units of a SKU that wait; {@code restockExpected} is an ISO date, left out when unknown. */
    record WaitingUnitsV1(String sku, int quantity, String restockExpected) {
        static WaitingUnitsV1 of(BackorderNotification.Units units) {
            return new WaitingUnitsV1(units.sku(), units.quantity(),
                    units.restockExpected() == null ? null : units.restockExpected().toString());
        }
    }

    /** CloudEvents type {@code order.backorder-created.v1}: the order was placed with units that wait for a restock. */
    record BackorderCreatedV1(String orderId, String customerId, List<WaitingUnitsV1> waiting, Instant occurredAt) {

        static final String TYPE = "order.backorder-created.v1";

        static BackorderCreatedV1 of(BackorderNotification.Created event) {
            return new BackorderCreatedV1(event.orderId().toString(), event.customerId().value(),
                    event.waiting().stream().map(WaitingUnitsV1::of).toList(), event.occurredAt());
        }
    }

    /** CloudEvents type {@code order.backorder-delayed.v1}: the restock the waiting units depend on moved later. */
    record BackorderDelayedV1(String orderId, String customerId, WaitingUnitsV1 waiting, String previouslyExpected,
                              Instant occurredAt) {

        static final String TYPE = "order.backorder-delayed.v1";

        static BackorderDelayedV1 of(BackorderNotification.Delayed event) {
            return new BackorderDelayedV1(event.orderId().toString(), event.customerId().value(), WaitingUnitsV1.of(event.waiting()),
                    event.previouslyExpected() == null ? null : event.previouslyExpected().toString(), event.occurredAt());
        }
    }

    /** CloudEvents type {@code order.backorder-filled.v1}: a restock filled the units of a SKU the order waited for. */
    record BackorderFilledV1(String orderId, String customerId, String sku, int quantity, boolean stillWaiting,
                             Instant occurredAt) {

        static final String TYPE = "order.backorder-filled.v1";

        static BackorderFilledV1 of(BackorderNotification.Filled event) {
            return new BackorderFilledV1(event.orderId().toString(), event.customerId().value(), event.sku(), event.quantity(),
                    event.stillWaiting(), event.occurredAt());
        }
    }
}
