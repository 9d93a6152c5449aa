package io.orderservice.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** What the goods a customer keeps owe of a discount a return took from them (issue 20, ADR 0034). */
class DiscountRecountTest {

    /**
     * Three mugs at 9.00 with "buy 2, get 1" (9.00 off) and a shirt at 19.99, 20 % VAT on goods and on the 4.95 shipping:
     * subtotal 46.99, tax 8.59, goods 37.99 + 8.59 = 46.58.
     */
    private static final DiscountRecount MUGS_AND_SHIRT = new DiscountRecount(eur(4_699), eur(900), eur(4_658));

    @Test
    void keptGoodsThatBrokeAPromotionOweTheirShareOfItsDiscountWithItsTax() {
        // two mugs and the shirt kept (37.99), no mug free any more: 9.00 × 37.99 / 46.99 × 46.58 / 37.99
        assertThat(MUGS_AND_SHIRT.owedBy(eur(3_799), eur(0))).isEqualTo(eur(892));
        // one mug and the shirt kept (28.99): 9.00 × 28.99 / 46.99 × 46.58 / 37.99 = 6.8079…
        assertThat(MUGS_AND_SHIRT.owedBy(eur(2_899), eur(0))).isEqualTo(eur(681));
        assertThat(MUGS_AND_SHIRT.owedBy(eur(0), eur(0))).as("nothing kept owes nothing").isEqualTo(eur(0));
        assertThat(MUGS_AND_SHIRT.owedBy(eur(4_699), eur(900))).as("everything kept keeps its discount").isEqualTo(eur(0));
    }

    @Test
    void keptGoodsThatEarnMoreThanTheirShareAreOwedTheDifference() {
        // a shirt at 20.00 with 10 % off shirts and a mug at 10.00 without: the mug's share of the 2.00 was 0.67
        var shirtOnSale = new DiscountRecount(eur(3_000), eur(200), eur(2_800));
        assertThat(shirtOnSale.owedBy(eur(2_000), eur(200))).isEqualTo(eur(-67));
    }

    @Test
    void keptGoodsThatStillEarnTheirShareOweNothingToTheCent() {
        qt().withExamples(2000).forAll(longs().between(1, 10_000_000), longs().between(0, 100), longs().between(0, 100),
                        longs().between(0, 30))
                .checkAssert((subtotal, discountPercent, keptPercent, taxPercent) -> {
                    long discount = subtotal * discountPercent / 100;
                    long kept = subtotal * keptPercent / 100;
                    long goods = (subtotal - discount) * (100 + taxPercent) / 100;
                    var recount = new DiscountRecount(eur(subtotal), eur(discount), eur(goods));
                    long share = BigDecimal.valueOf(discount * kept).divide(BigDecimal.valueOf(subtotal), 0, RoundingMode.FLOOR)
                            .longValueExact();
                    var owed = recount.owedBy(eur(kept), eur(share));
                    assertThat(Math.abs(owed.amountMinor())).as("a share rounded to the cent, with its tax")
                            .isLessThanOrEqualTo(2);
                });
    }

    @Test
    void keptGoodsFitTheOrder() {
        assertThatThrownBy(() -> MUGS_AND_SHIRT.owedBy(eur(5_000), eur(0))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MUGS_AND_SHIRT.owedBy(eur(1_000), eur(1_001))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DiscountRecount(eur(100), eur(101), eur(0))).isInstanceOf(InvalidValueException.class);
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
