package io.orderservice.shipping.domain;

import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Objects;

/** What is to be shipped, as carriers price it: where to, how heavy, what the goods are worth. */
public record Parcel(Address destination, int weightGrams, Money goodsValue) {

    public Parcel {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(goodsValue, "goodsValue");
        if (weightGrams < 0) {
            throw new InvalidValueException("a parcel weighs nothing or more, not " + weightGrams + " g");
        }
    }
}
