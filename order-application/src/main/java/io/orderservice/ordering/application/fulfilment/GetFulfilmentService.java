package io.orderservice.ordering.application.fulfilment;

import io.orderservice.ordering.application.port.in.GetFulfilmentQuery;
import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.shared.OrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetFulfilmentService implements GetFulfilmentQuery {

    private final OrderRepository orders;
    private final FulfilmentPlans plans;

    GetFulfilmentService(OrderRepository orders, FulfilmentPlans plans) {
        this.orders = orders;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public Fulfilment fulfilment(OrderId orderId) {
        var order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        var fulfilmentPlan = plans.planOf(orderId);
        var groups = fulfilmentPlan.groups().stream().map(plan -> {
            var shipments = order.shipments().stream().filter(shipment -> plan.location().equals(shipment.location())).toList();
            var lines = order.lines().stream().filter(line -> plan.unitsOf(line.sku()) > 0)
                    .map(line -> new GroupLine(line.lineNumber(), line.sku(), plan.unitsOf(line.sku()),
                            order.shippedQuantityFrom(plan.location(), line.lineNumber())))
                    .toList();
            return new Group(plan.location(), plan.dropShip(), lines, shipments);
        }).toList();
        var backorders = fulfilmentPlan.backorders().stream().map(backorder -> new Backorder(backorder.sku(), backorder.quantity(),
                backorder.filled(), backorder.restockExpected(), backorder.since())).toList();
        return new Fulfilment(orderId, order.status(), groups, backorders);
    }
}
