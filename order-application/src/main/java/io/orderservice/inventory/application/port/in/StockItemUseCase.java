package io.orderservice.inventory.application.port.in;

import io.orderservice.inventory.domain.StockItem;
import io.orderservice.shared.Sku;

/**
 * Sets a SKU's stock policy: whether it may be backordered, and when its next restock is expected. Moving the
 * expected restock later tells every order waiting for the SKU (a delay notification to its customer).
 */
public interface StockItemUseCase {

    StockItemView set(StockItem item);

    /** The SKU's policy and the units of it orders wait for. */
    record StockItemView(StockItem item, int unitsWaiting, int ordersWaiting) {
    }

    /** The policy of a SKU nobody set one for is "from stock only". */
    interface Query {
        StockItemView itemOf(Sku sku);
    }
}
