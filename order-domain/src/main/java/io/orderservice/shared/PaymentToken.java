package io.orderservice.shared;

import java.util.regex.Pattern;

/**
 * A gateway's token standing for a payment method. Card numbers never enter the service: a value that
 * looks like a primary account number is refused here, before it can reach a log, a table or an event.
 */
public record PaymentToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{3,128}");
    private static final Pattern CARD_NUMBER_LIKE = Pattern.compile(".*\\d{12,19}.*");

    public PaymentToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("payment token must be 3-128 letters, digits, '_' or '-'");
        }
        if (CARD_NUMBER_LIKE.matcher(value).matches()) {
            throw new InvalidValueException("payment token looks like a card number: send the gateway's token instead");
        }
    }

    /** Tokens are credentials of a sort: never print them whole. */
    @Override
    public String toString() {
        return value.substring(0, Math.min(4, value.length())) + "…";
    }
}
