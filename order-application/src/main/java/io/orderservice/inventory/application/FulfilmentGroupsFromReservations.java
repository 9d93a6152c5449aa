package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.Reservation;
import io.orderservice.inventory.domain.StockLocation;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.shared.OrderId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inventory's answer to ordering's {@link FulfilmentPlans}: the order's reservations, grouped by stock location. */
@Service
class FulfilmentGroupsFromReservations implements FulfilmentPlans {

    private final StockLedger ledger;

    FulfilmentGroupsFromReservations(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FulfilmentGroup> groupsOf(OrderId orderId) {
        var byLocation = new LinkedHashMap<StockLocation, List<GroupLine>>();
        for (Reservation reservation : ledger.reservationsOf(orderId)) {
            byLocation.computeIfAbsent(reservation.location(), ignored -> new ArrayList<>())
                    .add(new GroupLine(reservation.sku(), reservation.quantity()));
        }
        return byLocation.entrySet().stream().map(group -> new FulfilmentGroup(group.getKey().code(),
                group.getKey().kind() == StockLocation.Kind.SUPPLIER, group.getValue())).toList();
    }
}
