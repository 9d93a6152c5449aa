package io.orderservice.inventory.application.port.in;

import io.orderservice.shared.Sku;
import java.util.List;

/** A SKU's stock at every location that has a row for it, by location code. */
public interface StockLevelsQuery {

    List<StockLevel> levelsOf(Sku sku);
}
