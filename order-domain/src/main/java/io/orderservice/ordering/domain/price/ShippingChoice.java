package io.orderservice.ordering.domain.price;

import io.orderservice.shared.InvalidValueException;

/** How an order's shipping is picked: the cheapest way, the fastest, or the carrier and service the customer chose. */
public sealed interface ShippingChoice {

    ShippingChoice CHEAPEST = new Cheapest();
    ShippingChoice FASTEST = new Fastest();

    /** How clients write a choice: {@code cheapest}, {@code fastest}, or {@code <carrier>/<service>} such as {@code ups/express}. */
    String PATTERN = "^(cheapest|fastest|[a-z0-9-]{1,64}/[a-z0-9-]{1,64})$";

    /** A choice as a client writes it (see {@link #PATTERN}); the cheapest when null. */
    static ShippingChoice parse(String text) {
        if (text == null || text.equals("cheapest")) {
            return CHEAPEST;
        }
        if (text.equals("fastest")) {
            return FASTEST;
        }
        if (!text.matches(PATTERN)) {
            throw new InvalidValueException("shipping is cheapest, fastest or <carrier>/<service>, not " + text);
        }
        var slash = text.indexOf('/');
        return new Chosen(text.substring(0, slash), text.substring(slash + 1));
    }

    /** The choice as a client writes it: the inverse of {@link #parse}. */
    default String text() {
        if (this instanceof Chosen chosen) {
            return chosen.carrier() + "/" + chosen.service();
        }
        return this instanceof Fastest ? "fastest" : "cheapest";
    }

    record Cheapest() implements ShippingChoice {
    }

    record Fastest() implements ShippingChoice {
    }

    record Chosen(String carrier, String service) implements ShippingChoice {
        public Chosen {
            if (carrier == null || carrier.isBlank() || service == null || service.isBlank()) {
                throw new InvalidValueException("a chosen shipping names its carrier and service");
            }
        }
    }
}
