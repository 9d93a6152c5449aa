package io.orderservice.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge rule for any quantities and stock: the merged line holds what both carts wanted as far as the stock and the
 * line limit allow, never less than the customer's cart held, never more than the limit; what it could not take is
 * reported, and a SKU with nothing to sell ends up saved for later rather than lost.
 */
class CartMergeProperties {

    static final Sku SKU = new Sku("PRINT");
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aMergedLineHoldsWhatBothWantedAsFarAsStockAndLimitAllowAndNeverLessThanTheCustomerHad() {
        var limits = new CartLimits(10, 20, 10, 5);
        qt().withExamples(2000).forAll(integers().between(0, 20), integers().between(1, 20), integers().between(0, 40))
                .checkAssert((held, incoming, sellable) -> {
                    var customer = Cart.open(CartId.newId(), new CustomerId("customer-7"), Money.currencyOf("EUR"), "GB", NOW);
                    if (held > 0) {
                        customer.addLine(SKU, Quantity.of(held), null, null, limits, NOW);
                    }
                    var anonymous = Cart.open(CartId.newId(), null, Money.currencyOf("EUR"), "GB", NOW);
                    anonymous.addLine(SKU, Quantity.of(incoming), null, null, limits, NOW);

                    var adjustments = customer.absorb(anonymous, Map.of(SKU, sellable), limits, NOW);

                    int merged = customer.activeLines().stream().mapToInt(line -> line.quantity().value()).sum();
                    int saved = customer.savedLines().stream().mapToInt(line -> line.quantity().value()).sum();
                    int wanted = held + incoming;
                    int expected = Math.max(held, Math.min(wanted, Math.min(sellable, limits.maxUnitsPerLine())));
                    assertThat(merged).isEqualTo(expected);
                    assertThat(merged).isBetween(held, limits.maxUnitsPerLine());
                    assertThat(merged == 0 ? saved : 0).as("nothing lost: saved for later").isEqualTo(merged == 0 ? incoming : 0);
                    assertThat(adjustments.isEmpty()).isEqualTo(merged == wanted);
                });
    }
}
