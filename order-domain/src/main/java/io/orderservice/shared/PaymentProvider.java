package io.orderservice.shared;

import java.util.regex.Pattern;

/**
 * A payment provider the customer chose at checkout, by the name of the gateway that speaks to it ({@code acme},
 * {@code sandbox}): their token was issued by that provider and is paid only there, if the payment's route allows it.
 */
public record PaymentProvider(String name) {

    /** What a provider's name looks like, for a request's validation. */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public PaymentProvider {
        if (name == null || !FORMAT.matcher(name).matches()) {
            throw new InvalidValueException("a payment provider is named by 1-40 lower-case letters, digits or '-', "
                    + "starting with a letter or digit");
        }
    }

    /** The provider named so, or none for a null name (the checkout named none). */
    public static PaymentProvider ofNullable(String name) {
        return name == null ? null : new PaymentProvider(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
