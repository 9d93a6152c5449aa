package io.orderservice.fulfilment.application;

import io.orderservice.fulfilment.application.port.in.GetFulfilmentQuery;
import io.orderservice.fulfilment.application.port.out.Fulfilments;
import io.orderservice.ordering.application.port.in.fulfilment.OrderToFulfilQuery;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetFulfilmentService implements GetFulfilmentQuery {

    private final OrderToFulfilQuery orders;
    private final FulfilmentPlans plans;
    private final Fulfilments fulfilments;

    GetFulfilmentService(OrderToFulfilQuery orders, FulfilmentPlans plans, Fulfilments fulfilments) {
        this.orders = orders;
        this.plans = plans;
        this.fulfilments = fulfilments;
    }

    @Override
    @Transactional(readOnly = true)
    public Fulfilment fulfilment(OrderId orderId) {
        var order = orders.toFulfil(orderId);
        var fulfilmentPlan = plans.planOf(orderId);
        var shipped = fulfilments.of(orderId);
        var groups = fulfilmentPlan.groups().stream().map(plan -> {
            var shipments = shipped.shipments().stream().filter(shipment -> plan.location().equals(shipment.location()))
                    .map(ShipmentsOfOrders::view).toList();
            var lines = order.lines().stream().filter(line -> plan.unitsOf(line.sku()) > 0)
                    .map(line -> new GroupLine(line.lineNumber(), line.sku(), plan.unitsOf(line.sku()),
                            shipped.shippedFrom(plan.location(), line.lineNumber())))
                    .toList();
            return new Group(plan.location(), plan.dropShip(), lines, shipments);
        }).toList();
        var backorders = fulfilmentPlan.backorders().stream().map(backorder -> new Backorder(backorder.sku(), backorder.quantity(),
                backorder.filled(), backorder.restockExpected(), backorder.since())).toList();
        return new Fulfilment(orderId, order.status(), groups, backorders);
    }
}
