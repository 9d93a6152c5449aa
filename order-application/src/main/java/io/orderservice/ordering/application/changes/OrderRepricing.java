package io.orderservice.ordering.application.changes;

import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.out.OrderPricing.NotShippable;
import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.OrderPricing.PricingRequest;
import io.orderservice.ordering.application.port.out.OrderPricing.UnknownSkus;
import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Prices a placed order again, for other lines or another address, on the terms it was placed with: the lines it
 * has keep their unit prices, its promo codes count again (their uses stay claimed), it ships with the same carrier's
 * service, and taxes, promotions and shipping rates are those in force now. A code that no longer gives anything simply gives nothing.
 */
@Component
class OrderRepricing {

    private final OrderPricing pricing;

    OrderRepricing(OrderPricing pricing) {
        this.pricing = pricing;
    }

    PricedBasket price(Order order, List<RequestedLine> lines, Address shipTo) {
        var currency = order.totals().currency();
        var agreed = order.lines().stream().collect(Collectors.toMap(OrderLine::sku, OrderLine::unitPrice));
        var shipping = order.shippingMethod() == null ? ShippingChoice.CHEAPEST : order.shippingMethod().asChoice();
        var outcome = pricing.price(new PricingRequest(order.customerId(), currency, shipTo, lines, agreed,
                order.priceDetails().promoCodes(), shipping));
        if (outcome instanceof UnknownSkus unknown) {
            throw OrderPlacementRefusedException.unknownSkus(unknown.skus(), currency);
        }
        if (outcome instanceof NotShippable notShippable) {
            throw OrderPlacementRefusedException.notShippable(shipTo.countryCode(), currency, shipping, notShippable.options());
        }
        return (PricedBasket) outcome;
    }
}
