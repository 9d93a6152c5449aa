package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery.KeptGoods;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery.KeptLine;
import io.orderservice.returns.domain.DiscountRecount;
import io.orderservice.returns.domain.RestockingFee;
import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.returns.domain.ReturnReason;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.returns.domain.ReturnRefund;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.shared.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What units of an order coming back are worth to the customer ({@link ReturnRefund}): counted at receipt for the
 * refund, and at an exchange's approval for the credit its replacement gets, in the same way.
 */
@Component
class ReturnValuation {

    private final RestockingFee restockingFee;
    private final RecountDiscountQuery discounts;

    ReturnValuation(RestockingFee restockingFee, RecountDiscountQuery discounts) {
        this.restockingFee = restockingFee;
        this.discounts = discounts;
    }

    /**
     * @param others the order's other returns (what they refunded and kept back counts)
     * @param units  the units coming back now
     */
    ReturnRefund of(OrderToReturn order, List<ReturnRequest> others, ReturnReason reason, List<ReturnLine> units) {
        return ReturnRefund.of(paidLines(order, others), units, reason, order.shipping(), order.shippingRefunded(),
                restockingFee.percent(), discountRecount(order, others, units), order.refundable());
    }

    /**
     * What the goods the customer keeps after these units come back owe of the order's discount ({@link DiscountRecount}),
     * less what the order's other returns kept back for it already: nothing when no promotion took anything off the
     * lines, or one that did is no longer known.
     */
    private Money discountRecount(OrderToReturn order, List<ReturnRequest> others, List<ReturnLine> units) {
        var currency = order.refundable().currency();
        var priced = order.priced();
        if (priced.discount().isZero() || priced.promotionIds().isEmpty()) {
            return Money.zero(currency);
        }
        var kept = order.lines().stream().map(line -> new KeptLine(line.sku(), line.quantity() - Math.min(line.quantity(),
                ReturnsOfOrder.refunded(others, line.lineNumber()) + unitsOf(units, line.lineNumber())), line.unitPrice())).toList();
        var discountNow = discounts.discountOn(new KeptGoods(currency, kept, priced.promotionIds(), priced.shipTo(),
                order.customerId(), priced.placedAt()));
        if (discountNow.isEmpty()) {
            return Money.zero(currency);
        }
        var keptGoods = kept.stream().map(line -> line.unitPrice().times(line.quantity())).reduce(Money.zero(currency), Money::plus);
        var owed = new DiscountRecount(priced.subtotal(), priced.discount(), priced.goods()).owedBy(keptGoods, discountNow.get());
        var keptBackBefore = others.stream().map(ReturnRequest::receipt).flatMap(Optional::stream)
                .map(ReturnReceipt::discountRecount).filter(Objects::nonNull).reduce(Money.zero(currency), Money::plus);
        return owed.minus(keptBackBefore);
    }

    private static int unitsOf(List<ReturnLine> units, int lineNumber) {
        return units.stream().filter(line -> line.lineNumber() == lineNumber).mapToInt(line -> line.quantity().value()).sum();
    }

    /** The order's lines as paid, each with the units the order's other returns refunded before. */
    private static List<ReturnRefund.PaidLine> paidLines(OrderToReturn order, List<ReturnRequest> others) {
        return order.lines().stream().map(line -> new ReturnRefund.PaidLine(line.lineNumber(), line.quantity(), line.paid(),
                Math.min(line.quantity(), ReturnsOfOrder.refunded(others, line.lineNumber())))).toList();
    }
}
