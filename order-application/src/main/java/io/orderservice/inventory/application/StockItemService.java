package io.orderservice.inventory.application;

import io.orderservice.inventory.application.port.in.StockItemUseCase;
import io.orderservice.inventory.application.port.out.StockLedger;
import io.orderservice.inventory.application.port.out.StockLedger.ItemLock;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StockItemService implements StockItemUseCase, StockItemUseCase.Query {

    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StockItemService(StockLedger ledger, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Under the policy's exclusive lock, like a restock. A SKU that may no longer be backordered keeps the backorders
     * it has (those customers were promised the units); it takes no new ones.
     */
    @Override
    @Transactional
    public StockItemView set(StockItem item) {
        var before = ledger.items(List.of(item.sku()), ItemLock.EXCLUSIVE).getOrDefault(item.sku(), StockItem.fromStockOnly(item.sku()));
        ledger.setItem(item);
        var waiting = ledger.openBackorders(item.sku(), false);
        BackorderFills.queueOf(item.sku(), waiting).restockMoved(before, item, clock.instant()).forEach(events::publishEvent);
        return view(item, waiting);
    }

    @Override
    @Transactional(readOnly = true)
    public StockItemView itemOf(Sku sku) {
        var item = ledger.items(List.of(sku), ItemLock.NONE).getOrDefault(sku, StockItem.fromStockOnly(sku));
        return view(item, ledger.openBackorders(sku, false));
    }

    private static StockItemView view(StockItem item, List<StockLedger.Backorder> waiting) {
        return new StockItemView(item, waiting.stream().mapToInt(StockLedger.Backorder::waiting).sum(),
                (int) waiting.stream().map(StockLedger.Backorder::orderId).distinct().count());
    }
}
