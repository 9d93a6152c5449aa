package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the goods a customer keeps owe back of an order's discount once a return broke a promotion (ADR 0034). A return
 * refunds each unit its share of what was paid, the order's discount and tax spread over the lines by price; a "buy 2,
 * get 1" with one unit sent back no longer gives the two kept their share of the free one. The kept goods owe their
 * share of the discount less what the promotions take off them now, taxed as the order was:
 * <pre>(discount × kept / subtotal − discount now) × goods / (subtotal − discount)</pre>
 * It is negative when the promotions give the kept goods more than their share (one that targeted only them): the
 * refund then gives that part of the discount back with the units that had none.
 *
 * @param subtotal the order's lines at their unit prices
 * @param discount what promotions took off them
 * @param goods    what the customer paid for the goods: after discount, with the tax
 */
public record DiscountRecount(Money subtotal, Money discount, Money goods) {

    public DiscountRecount {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(goods, "goods");
        if (discount.isNegative() || discount.isGreaterThan(subtotal) || goods.isNegative()) {
            throw new InvalidValueException("an order's discount is between nothing and its subtotal, and its goods not negative");
        }
    }

    /**
     * @param kept        the kept units at their unit prices
     * @param discountNow what the promotions that applied take off the kept units alone
     */
    public Money owedBy(Money kept, Money discountNow) {
        if (kept.isNegative() || kept.isGreaterThan(subtotal) || discountNow.isNegative() || discountNow.isGreaterThan(kept)) {
            throw new InvalidValueException("kept goods of " + kept + " with " + discountNow + " off do not fit an order of "
                    + subtotal);
        }
        var afterDiscount = subtotal.minus(discount);
        if (afterDiscount.isZero()) {
            return Money.zero(subtotal.currency());
        }
        var share = discount.toDecimal().multiply(kept.toDecimal(), MathContext.DECIMAL128)
                .divide(subtotal.toDecimal(), MathContext.DECIMAL128);
        var owed = share.subtract(discountNow.toDecimal()).multiply(goods.toDecimal(), MathContext.DECIMAL128)
                .divide(afterDiscount.toDecimal(), MathContext.DECIMAL128);
        return Money.of(owed, subtotal.currency(), RoundingMode.HALF_EVEN);
    }
}
