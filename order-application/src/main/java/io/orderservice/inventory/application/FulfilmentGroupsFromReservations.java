package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.application.port.out.StockLedger.Reservation;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory's answer to ordering's {@link FulfilmentPlans}: the order's reservations, grouped by stock location, and
 * its backorders with the restock their SKUs expect.
 */
@Service
class FulfilmentGroupsFromReservations implements FulfilmentPlans {

    private final StockLedger ledger;

    FulfilmentGroupsFromReservations(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public FulfilmentPlan planOf(OrderId orderId) {
        return planOf(ledger.reservationsOf(orderId), ledger.backordersOf(orderId));
    }

    /** The plan of an order with these reservations and backorders (the ones of a confirmation, read with it). */
    FulfilmentPlan planOf(List<Reservation> reservations, List<StockLedger.Backorder> backorders) {
        var byLocation = new LinkedHashMap<StockLocation, List<GroupLine>>();
        for (Reservation reservation : reservations) {
            byLocation.computeIfAbsent(reservation.location(), ignored -> new ArrayList<>())
                    .add(new GroupLine(reservation.sku(), reservation.quantity()));
        }
        var groups = byLocation.entrySet().stream().map(group -> new FulfilmentGroup(group.getKey().code(),
                group.getKey().kind() == StockLocation.Kind.SUPPLIER, group.getValue())).toList();
        // The policies only when there are backorders: most orders have none and pay no statement for them.
        Map<Sku, StockItem> items = backorders.isEmpty() ? Map.of()
                : ledger.items(backorders.stream().map(StockLedger.Backorder::sku).toList(), ItemLock.NONE);
        return new FulfilmentPlan(groups, backorders.stream().map(backorder -> new Backorder(backorder.sku(), backorder.quantity(),
                backorder.filled(), items.containsKey(backorder.sku()) ? items.get(backorder.sku()).restockExpected() : null,
                backorder.since())).toList());
    }
}
