package io.orderservice.shipping.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Objects;

/**
 * One row of a rate table: the price of a parcel up to a weight and up to a goods value.
 *
 * @param maxWeightGrams   inclusive, or null for any weight
 * @param maxGoodsValue    inclusive, or null for any value
 */
public record RateBand(Integer maxWeightGrams, Money maxGoodsValue, Money price) {

    public RateBand {
        Objects.requireNonNull(price, "price");
        if (price.isNegative() || (maxWeightGrams != null && maxWeightGrams <= 0)
                || (maxGoodsValue != null && maxGoodsValue.isNegative())) {
            throw new InvalidValueException("a rate band has a price of zero or more and positive limits");
        }
    }

    boolean takes(Parcel parcel) {
        return (maxWeightGrams == null || parcel.weightGrams() <= maxWeightGrams)
                && (maxGoodsValue == null || !parcel.goodsValue().isGreaterThan(maxGoodsValue));
    }
}
