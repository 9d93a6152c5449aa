package io.orderservice.ordering.application.port.out;

import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shared.Address;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The ways a basket can ship to an address in a currency — carrier, service, price, delivery estimate — and the one a choice picks. */
public interface ShippingRates {

    ShippingQuote quote(ShippingRateRequest request);

    /** Why nothing could be chosen, for a person: no shipping there at all, or not the way chosen and what there is. */
    static String whyNot(String countryCode, Currency currency, ShippingChoice choice, List<ShippingOption> options) {
        if (options.isEmpty() || !(choice instanceof ShippingChoice.Chosen chosen)) {
            return "no shipping to " + countryCode + " in " + currency;
        }
        return "no " + chosen.carrier() + " " + chosen.service() + " to " + countryCode + " in " + currency + "; there is "
                + String.join(", ", options.stream().map(option -> option.carrier() + " " + option.service() + " at "
                + option.price()).toList());
    }

    /**
     * @param goodsValue  the goods' value (thresholds and value bands are judged by it)
     * @param weightGrams the goods' weight
     * @param choice      how to pick among the options
     */
    record ShippingRateRequest(Address shipTo, Currency currency, List<RequestedLine> lines, Money goodsValue, int weightGrams,
                               ShippingChoice choice) {
        public ShippingRateRequest {
            Objects.requireNonNull(shipTo, "shipTo");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(goodsValue, "goodsValue");
            Objects.requireNonNull(choice, "choice");
            lines = List.copyOf(lines);
            if (weightGrams < 0) {
                throw new InvalidValueException("goods weigh nothing or more");
            }
        }
    }

    /**
     * @param options every way it can ship, cheapest first (empty: it cannot ship there in that currency)
     * @param chosen  the option the choice picked; empty when there is none or the chosen one is not among them
     */
    record ShippingQuote(List<ShippingOption> options, Optional<ShippingOption> chosen) {
        public ShippingQuote {
            options = List.copyOf(options);
            Objects.requireNonNull(chosen, "chosen");
        }
    }
}
