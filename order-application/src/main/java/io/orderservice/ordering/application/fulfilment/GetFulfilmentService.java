package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.GetFulfilmentQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.fulfilment.ShipmentView;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.queries.OrderViews;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetFulfilmentService implements GetFulfilmentQuery {

    private final OrderRepository orders;
    private final FulfilmentPlans plans;
    private final OrderViews views;

    GetFulfilmentService(OrderRepository orders, FulfilmentPlans plans, OrderViews views) {
        this.orders = orders;
        this.plans = plans;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public Fulfilment fulfilment(OrderId orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var fulfilmentPlan = plans.planOf(orderId);
        var shipped = views.shipmentsOf(order);
        var groups = fulfilmentPlan.groups().stream().map(plan -> {
            var shipments = shipped.stream().filter(shipment -> plan.location().equals(shipment.location())).toList();
            var lines = order.lines().stream().filter(line -> plan.unitsOf(line.sku()) > 0)
                    .map(line -> new GroupLine(line.lineNumber(), line.sku(), plan.unitsOf(line.sku()),
                            ShipmentView.shippedFrom(shipped, plan.location(), line.lineNumber())))
                    .toList();
            return new Group(plan.location(), plan.dropShip(), lines, shipments);
        }).toList();
        var backorders = fulfilmentPlan.backorders().stream().map(backorder -> new Backorder(backorder.sku(), backorder.quantity(),
                backorder.filled(), backorder.restockExpected(), backorder.since())).toList();
        return new Fulfilment(orderId, order.status(), groups, backorders);
    }
}
