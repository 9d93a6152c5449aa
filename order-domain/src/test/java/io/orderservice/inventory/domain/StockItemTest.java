package io.orderservice.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StockItemTest {

    private static final Sku SKU = new Sku("POSTER-A2");
    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

    @Test
    void onlyARestockMovedLaterIsADelay() {
        var expected = new StockItem(SKU, true, DEC_10);

        assertThat(expected.postponedBy(new StockItem(SKU, true, DEC_10.plusDays(1)))).isTrue();
        assertThat(expected.postponedBy(new StockItem(SKU, true, DEC_10))).as("unchanged").isFalse();
        assertThat(expected.postponedBy(new StockItem(SKU, true, DEC_10.minusDays(3)))).as("earlier is good news").isFalse();
        assertThat(expected.postponedBy(new StockItem(SKU, true, null))).as("unknown now: nothing to promise").isFalse();
        assertThat(new StockItem(SKU, true, null).postponedBy(expected)).as("a first date is no delay").isFalse();
    }

    @Test
    void aSkuWithoutAPolicyIsSoldFromStockOnly() {
        assertThat(StockItem.fromStockOnly(SKU).backorderable()).isFalse();
    }

    @Test
    void aHoldLivesForItsLifetime() {
        var lifetime = new HoldLifetime(Duration.ofHours(2));

        assertThat(lifetime.lapsedBefore(Instant.parse("2026-11-28T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThatThrownBy(() -> new HoldLifetime(Duration.ZERO)).isInstanceOf(InvalidValueException.class);
    }
}
