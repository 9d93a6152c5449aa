package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.OrderResponse.StatusChangeResponse;
import io.orderservice.ordering.web.shipment.ShipmentResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where an order stands, what may happen next, how it got there, where its placement is and where its shipments are. */
record OrderStatusResponse(UUID orderId, OrderStatus status, Set<OrderAction> allowedActions,
                           PlacementProgressResponse placement, TrackingResponse tracking, List<StatusChangeResponse> history) {

    @Schema(description = "Shipping so far: units shipped of all ordered, and each shipment's carrier and tracking")
    record TrackingResponse(int unitsShipped, int unitsOrdered, List<ShipmentResponse> shipments) {
        static TrackingResponse from(OrderView order) {
            return new TrackingResponse(order.lines().stream().mapToInt(line -> order.shippedQuantity(line.lineNumber())).sum(),
                    order.lines().stream().mapToInt(line -> line.quantity().value()).sum(),
                    order.shipments().stream().map(ShipmentResponse::from).toList());
        }
    }

    /**
     * The order's placement saga, for clients that got 202: whether it is still working on the order. No
     * reasons: those are the operators' (fraud screening's especially).
     */
    record PlacementProgressResponse(
            @Schema(description = "AWAITING_APPROVAL, RUNNING, AWAITING_REVIEW, AWAITING_PAYMENT_ACTION, AWAITING_PAYMENT_RETRY, "
                    + "COMPENSATING, PARKED, COMPLETED or FAILED (docs/placement.md)") PlacementSaga.Status status,
            @Schema(description = "Whether the service is still working on the placement or waiting for someone") boolean inProgress) {
    }

    static OrderStatusResponse from(OrderView order, PlacementView placement) {
        return new OrderStatusResponse(order.id().value(), order.status(), order.allowedActions(),
                placement == null ? null : new PlacementProgressResponse(placement.status(), !placement.status().isFinal()),
                TrackingResponse.from(order), StatusChangeResponse.from(order.history()));
    }
}
