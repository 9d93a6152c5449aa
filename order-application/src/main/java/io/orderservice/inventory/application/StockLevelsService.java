package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.application.port.in.StockLevelsQuery;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.shared.Sku;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StockLevelsService implements StockLevelsQuery {

    private final StockLedger ledger;

    StockLevelsService(StockLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StockLevel> levelsOf(Sku sku) {
        return ledger.levels(List.of(sku), false);
    }
}
