package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a return refunds (ADR 0034): for each line, its share of what the customer paid for the line (its discount and
 * tax included) for the units sent back, counted so that returning every unit of a line, in any number of returns,
 * refunds exactly what was paid for it; the shipping when the reason is the shop's fault and it was not refunded before;
 * less a restocking fee when it is not; less what the goods kept owe of a discount the return took from them
 * ({@link DiscountRecount}); never more than was captured and is not refunded yet, never less than nothing.
 *
 * @param lines           per line returned, the units and their amount
 * @param shipping        the shipping refunded (zero unless the shop is at fault)
 * @param restockingFee   what is kept back
 * @param discountRecount what this return keeps back for the discount the kept goods no longer earn (negative: gives
 *                        back), as far as the lines and shipping less the fee allow
 * @param total           what is refunded: the lines and the shipping less the fee and the recount, at most what was
 *                        refundable
 * @param capped          whether the total was cut to what was refundable
 */
public record ReturnRefund(List<LineRefund> lines, Money shipping, Money restockingFee, Money discountRecount, Money total,
                           boolean capped) {

    /**
     * What the customer paid for one order line, and how many of its units were refunded by returns before.
     *
     * @param paid the line's total after its share of discounts, with its tax
     */
    public record PaidLine(int lineNumber, int quantity, Money paid, int returnedBefore) {
        public PaidLine {
            Objects.requireNonNull(paid, "paid");
            if (quantity < 1 || returnedBefore < 0 || returnedBefore > quantity || paid.isNegative()) {
                throw new InvalidValueException("line " + lineNumber + " cannot have " + returnedBefore + " of " + quantity
                        + " unit(s) returned, paid " + paid);
            }
        }
    }

    /** One line's refund. */
    public record LineRefund(int lineNumber, int units, Money amount) {
    }

    public ReturnRefund {
        lines = List.copyOf(lines);
    }

    /**
     * The refund less what an exchange's replacement took of it ({@code credit}): the lines still count as returned, the
     * money given back is what is left, never less than nothing.
     */
    public ReturnRefund lessCredit(Money credit) {
        var left = total.minus(credit);
        return new ReturnRefund(lines, shipping, restockingFee, discountRecount,
                left.isNegative() ? Money.zero(total.currency()) : left, capped);
    }

    /**
     * @param paid                 the order's lines as paid
     * @param returned             the units sent back now
     * @param shippingPaid         what the order's shipping cost
     * @param shippingRefunded     whether a return refunded the shipping before
     * @param restockingFeePercent the fee kept of the lines' refund when the shop is not at fault, 0 to 100
     * @param discountRecount      what the kept goods owe of the discount now, less what earlier returns kept back for it
     * @param refundable           what was captured and is not refunded yet
     */
    public static ReturnRefund of(List<PaidLine> paid, List<ReturnLine> returned, ReturnReason reason, Money shippingPaid,
                                  boolean shippingRefunded, int restockingFeePercent, Money discountRecount, Money refundable) {
        if (restockingFeePercent < 0 || restockingFeePercent > 100) {
            throw new InvalidValueException("a restocking fee is 0 to 100 %, was " + restockingFeePercent);
        }
        var currency = refundable.currency();
        var refunds = lineRefunds(paid, returned);
        var linesTotal = refunds.stream().map(LineRefund::amount).reduce(Money.zero(currency), Money::plus);
        var shipping = reason.shopsFault() && !shippingRefunded ? shippingPaid : Money.zero(currency);
        var fee = reason.shopsFault() ? Money.zero(currency)
                : new Money(Math.floorDiv(linesTotal.amountMinor() * restockingFeePercent, 100), currency);
        var beforeRecount = linesTotal.plus(shipping).minus(fee);
        // what is not kept back now (the refund cannot go below nothing) is owed still: the next return's recount has it
        var recount = discountRecount.isGreaterThan(beforeRecount) ? beforeRecount : discountRecount;
        var total = beforeRecount.minus(recount);
        boolean capped = total.isGreaterThan(refundable);
        return new ReturnRefund(refunds, shipping, fee, recount, capped ? refundable : total, capped);
    }

    /**
     * What the customer paid for the units of {@code returned}, counted as a refund of them would be: what an approval
     * rule's limit on value is compared with.
     */
    public static Money valueOf(List<PaidLine> paid, List<ReturnLine> returned, Currency currency) {
        return lineRefunds(paid, returned).stream().map(LineRefund::amount).reduce(Money.zero(currency), Money::plus);
    }

    private static List<LineRefund> lineRefunds(List<PaidLine> paid, List<ReturnLine> returned) {
        Map<Integer, PaidLine> byNumber = paid.stream().collect(Collectors.toMap(PaidLine::lineNumber, Function.identity()));
        var refunds = new ArrayList<LineRefund>();
        for (var line : returned) {
            var bought = byNumber.get(line.lineNumber());
            if (bought == null) {
                throw new InvalidValueException("the order has no line " + line.lineNumber());
            }
            int units = line.quantity().value();
            if (units > bought.quantity() - bought.returnedBefore()) {
                throw new InvalidValueException("line " + line.lineNumber() + " has " + (bought.quantity() - bought.returnedBefore())
                        + " unit(s) left to refund, not " + units);
            }
            refunds.add(new LineRefund(line.lineNumber(), units,
                    new Money(share(bought.paid().amountMinor(), bought.quantity(), bought.returnedBefore(), units),
                            bought.paid().currency())));
        }
        return refunds;
    }

    /**
     * The amount of {@code units} more of a line of {@code quantity} units that cost {@code paid} in all, after
     * {@code before} were refunded: the difference of the rounded-down shares of everything returned after and before,
     * so that the shares of every unit add up to {@code paid} exactly, however they are split.
     */
    static long share(long paid, int quantity, int before, int units) {
        return Math.floorDiv(paid * (before + units), quantity) - Math.floorDiv(paid * before, quantity);
    }
}
