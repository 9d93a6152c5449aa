package io.orderservice.shared;

/** Identity of a customer as the storefront knows it; the order service does not own customers. */
public record CustomerId(String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("customer id must not be blank");
        }
        value = value.strip();
        if (value.length() > 64) {
            throw new InvalidValueException("customer id must be at most 64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
