package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.ReceiveStockUseCase;
import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import io.orderservice.shared.application.RequestEffects;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receipts are booked under the SKUs' stock locks (as reserving takes them), then the backorder queues are served. */
@Service
class ReceiveStockService implements ReceiveStockUseCase {

    private record Shelf(String location, Sku sku) {
    }

    private final StockLedger ledger;
    private final BackorderFills backorders;
    private final RequestEffects effects;

    ReceiveStockService(StockLedger ledger, BackorderFills backorders, RequestEffects effects) {
        this.ledger = ledger;
        this.backorders = backorders;
        this.effects = effects;
    }

    @Override
    @Transactional
    public List<StockLevel> receive(List<StockReceipt> receipts, Caller by, RequestKey requestKey) {
        receipts.forEach(receipt -> StockLocations.requireActsAt(by, receipt.location()));
        var skus = receipts.stream().map(StockReceipt::sku).collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Sku::value))));
        if (requestKey != null && !effects.firstTime(requestKey)) {
            // the same request, run again after a crash lost its answer: booked in already, answered with the stock now
            return ledger.levels(skus, false);
        }
        var onHand = new LinkedHashMap<Shelf, Integer>();
        ledger.levels(skus, true).forEach(level -> onHand.put(new Shelf(level.location(), level.sku()), level.onHand()));
        for (var receipt : receipts) {
            if (!ledger.locationExists(receipt.location())) {
                throw new InvalidValueException("no active stock location " + receipt.location());
            }
            var shelf = new Shelf(receipt.location(), receipt.sku());
            int now;
            try {
                now = Math.addExact(onHand.getOrDefault(shelf, 0), receipt.units());
            } catch (ArithmeticException tooMany) {
                throw new InvalidValueException(receipt.location() + " cannot hold more than " + Integer.MAX_VALUE + " units of "
                        + receipt.sku().value());
            }
            onHand.put(shelf, now);
            ledger.setOnHand(receipt.location(), receipt.sku(), now);
        }
        receipts.forEach(receipt -> backorders.serve(receipt.sku(), receipt.location()));
        return ledger.levels(skus, false);
    }
}
