package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.application.port.out.AddressVerification.Problem;
import io.orderservice.ordering.application.port.out.ShippingRates;
import io.orderservice.ordering.application.port.out.StockReservations.Shortage;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.ordering.domain.price.ShippingOption;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.Sku;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A neighbour said no to the order: an expected business outcome, not a failure of the service.
 * Carries the reason and the facts a client needs to fix the request.
 */
@NamedInterface("placement")
public class OrderPlacementRefusedException extends RuntimeException {

    public enum Reason {
        UNDELIVERABLE_ADDRESS, UNKNOWN_SKU, INSUFFICIENT_STOCK, PAYMENT_DECLINED, NOT_SHIPPABLE, REJECTED,
        PROMO_CODE_NOT_APPLICABLE, PROMO_CODE_USED_UP, PRICE_CHANGED, PAYMENT_PROVIDER_NOT_OFFERED
    }

    private final Reason reason;
    private final Map<String, Object> facts;

    private OrderPlacementRefusedException(Reason reason, String message, Map<String, Object> facts) {
        super(message);
        this.reason = reason;
        this.facts = facts;
    }

    public static OrderPlacementRefusedException undeliverableAddress(List<Problem> problems) {
        var described = problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        return new OrderPlacementRefusedException(Reason.UNDELIVERABLE_ADDRESS,
                "the shipping address is not deliverable: " + problems.stream().map(Problem::message).toList(),
                Map.of("errors", described));
    }

    public static OrderPlacementRefusedException unknownSkus(Collection<Sku> skus, Currency currency) {
        var names = skus.stream().map(Sku::value).sorted().toList();
        return new OrderPlacementRefusedException(Reason.UNKNOWN_SKU,
                "no price in " + currency + " for SKU " + String.join(", ", names), Map.of("unknownSkus", names));
    }

    public static OrderPlacementRefusedException insufficientStock(List<Shortage> shortages) {
        var described = shortages.stream()
                .map(s -> Map.of("sku", (Object) s.sku().value(), "requested", s.requested(), "available", s.available()))
                .toList();
        return new OrderPlacementRefusedException(Reason.INSUFFICIENT_STOCK,
                "not enough stock for " + shortages.stream().map(s -> s.sku().value()).toList(),
                Map.of("shortages", described));
    }

    public static OrderPlacementRefusedException paymentDeclined(String code, String message) {
        return new OrderPlacementRefusedException(Reason.PAYMENT_DECLINED, "payment declined: " + message,
                Map.of("declineCode", code));
    }

    /**
     * The order was not accepted (fraud screening, a reviewer, an operator). The message says no more than
     * that: the reasons are for the operators, not for whoever might probe the rules.
     */
    public static OrderPlacementRefusedException rejected() {
        return new OrderPlacementRefusedException(Reason.REJECTED, "the order was not accepted", Map.of());
    }

    /** The same refusal naming the order it left behind (rejected, or waiting for another payment method). */
    public OrderPlacementRefusedException about(OrderId orderId) {
        var withOrder = new LinkedHashMap<>(facts);
        withOrder.put("orderId", orderId.toString());
        return new OrderPlacementRefusedException(reason, getMessage(), Map.copyOf(withOrder));
    }

    /** No way to ship there, or not the way chosen: the problem names the ways there are. */
    public static OrderPlacementRefusedException notShippable(String countryCode, Currency currency, ShippingChoice choice,
                                                              List<ShippingOption> options) {
        var described = options.stream().map(option -> Map.of("carrier", (Object) option.carrier(), "service", option.service(),
                "price", option.price().toDecimal().toPlainString())).toList();
        return new OrderPlacementRefusedException(Reason.NOT_SHIPPABLE, ShippingRates.whyNot(countryCode, currency, choice, options),
                Map.of("countryCode", countryCode, "shippingOptions", described));
    }

    /** Entered codes that give this order nothing: unknown, expired, not for these goods or this customer. */
    public static OrderPlacementRefusedException promoCodesNotApplicable(Collection<String> codes) {
        var sorted = codes.stream().sorted().toList();
        return new OrderPlacementRefusedException(Reason.PROMO_CODE_NOT_APPLICABLE,
                "promo code " + String.join(", ", sorted) + " gives this order nothing: unknown, expired, or not for "
                        + "these goods or this customer; place the order without it", Map.of("promoCodes", sorted));
    }

    /** Someone else took the promotion's last use, or this customer has used it as often as they may. */
    public static OrderPlacementRefusedException promoCodeUsedUp(String code, boolean byThisCustomer) {
        var what = code == null ? "an automatic promotion" : "promo code " + code;
        return new OrderPlacementRefusedException(Reason.PROMO_CODE_USED_UP, byThisCustomer
                ? what + " was used as often as one customer may use it"
                : what + " has no use left", code == null ? Map.of() : Map.of("promoCodes", List.of(code)));
    }

    /**
     * The order would cost more than the customer agreed to ({@link PlaceOrderCommand#acceptedTotal()}): prices,
     * promotions, taxes or shipping moved since they were shown.
     */
    public static OrderPlacementRefusedException priceChanged(Money total, Money accepted) {
        return new OrderPlacementRefusedException(Reason.PRICE_CHANGED, "the order costs " + total.toDecimal().toPlainString()
                + " " + total.currency() + " now, more than the " + accepted.toDecimal().toPlainString() + " shown",
                Map.of("total", total.toDecimal().toPlainString(), "acceptedTotal", accepted.toDecimal().toPlainString(),
                        "currency", total.currency().getCurrencyCode()));
    }

    /** The provider the customer chose does not take this payment (its method, currency, amount): the problem names those that do. */
    public static OrderPlacementRefusedException paymentProviderNotOffered(PaymentProvider chosen, PaymentMethodType methodType,
                                                                           Money amount, List<PaymentProvider> offered) {
        var names = offered.stream().map(PaymentProvider::name).toList();
        return new OrderPlacementRefusedException(Reason.PAYMENT_PROVIDER_NOT_OFFERED, "payment provider " + chosen.name()
                + " does not take " + methodType + " payments of " + amount.toDecimal().toPlainString() + " "
                + amount.currency() + "; choose one of " + names + " or none", Map.of("paymentProvider", chosen.name(),
                "offeredProviders", names));
    }

    public Reason reason() {
        return reason;
    }

    /** Facts for the client, e.g. which SKUs fall short; safe to show (no payment details). */
    public Map<String, Object> facts() {
        return facts;
    }
}
