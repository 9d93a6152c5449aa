package io.orderservice.cart.domain;

import io.orderservice.shared.InvalidValueException;

/**
 * What one cart may hold, set by the shop (order-service.carts.limits): lines to buy, units of one line, lines saved for
 * later, promo codes.
 */
public record CartLimits(int maxLines, int maxUnitsPerLine, int maxSavedLines, int maxPromoCodes) {

    public static final CartLimits DEFAULT = new CartLimits(50, 99, 50, 5);

    public CartLimits {
        if (maxLines < 1 || maxLines > 100) {
            throw new InvalidValueException("a cart may hold 1 to 100 lines (an order's most)");
        }
        if (maxUnitsPerLine < 1 || maxSavedLines < 0 || maxPromoCodes < 0 || maxPromoCodes > 10) {
            throw new InvalidValueException("cart limits are positive, and at most 10 promo codes");
        }
    }
}
