package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.CountStockUseCase;
import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts are checked and written while the SKUs' stock rows are locked (the order reserving takes them in), so a
 * count can never slip under a reservation made at the same moment. A count that finds units for sale serves the
 * SKU's waiting backorders first.
 */
@Service
class CountStockService implements CountStockUseCase {

    private final StockLedger ledger;
    private final BackorderFills backorders;

    CountStockService(StockLedger ledger, BackorderFills backorders) {
        this.ledger = ledger;
        this.backorders = backorders;
    }

    @Override
    @Transactional
    public List<StockLevel> count(List<StockCount> counts, Caller by) {
        counts.forEach(count -> StockLocations.requireActsAt(by, count.location()));
        var skus = counts.stream().map(StockCount::sku).collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Sku::value))));
        var levels = ledger.levels(skus, true);
        var problems = new ArrayList<String>();
        for (var count : counts) {
            if (!ledger.locationExists(count.location())) {
                throw new InvalidValueException("no active stock location " + count.location());
            }
            levels.stream().filter(level -> level.location().equals(count.location()) && level.sku().equals(count.sku()))
                    .filter(level -> count.onHand() < level.reserved()).findFirst()
                    .ifPresent(level -> problems.add(count.sku().value() + " at " + count.location() + ": " + level.reserved()
                            + " unit(s) are held for orders, so on hand cannot be " + count.onHand()));
        }
        if (!problems.isEmpty()) {
            throw new StockCountRefusedException(problems);
        }
        counts.forEach(count -> ledger.setOnHand(count.location(), count.sku(), count.onHand()));
        counts.forEach(count -> backorders.serve(count.sku(), count.location()));
        return ledger.levels(skus, false);
    }
}
