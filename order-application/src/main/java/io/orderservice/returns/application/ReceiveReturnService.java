package io.orderservice.returns.application;

import io.orderservice.inventory.application.port.in.ReceiveStockUseCase;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase.StockReceipt;
import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery.KeptGoods;
import io.orderservice.pricing.application.port.in.RecountDiscountQuery.KeptLine;
import io.orderservice.returns.application.port.in.ReceiveReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.DiscountRecount;
import io.orderservice.returns.domain.RestockingFee;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.returns.domain.ReturnRefund;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.Rma;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a return's arrival in one transaction with the order's returns held: the receipt, the restock of what may be
 * sold again, and the refund recorded on the order (the payment capability makes it after commit, through the outbox,
 * so no gateway is called while anything is locked). A second receipt of the same return is refused, so a retry never
 * restocks or refunds twice.
 */
@Service
class ReceiveReturnService implements ReceiveReturnUseCase {

    private final ReturnRequests requests;
    private final OrderToReturnQuery orders;
    private final ReceiveStockUseCase stock;
    private final RecordReturnUseCase ordering;
    private final RestockingFee restockingFee;
    private final CustomerNotices notices;
    private final RecountDiscountQuery discounts;
    private final Clock clock;

    ReceiveReturnService(ReturnRequests requests, OrderToReturnQuery orders, ReceiveStockUseCase stock,
                         RecordReturnUseCase ordering, RestockingFee restockingFee, CustomerNotices notices,
                         RecountDiscountQuery discounts, Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.stock = stock;
        this.ordering = ordering;
        this.restockingFee = restockingFee;
        this.notices = notices;
        this.discounts = discounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnView receive(ReceiveReturn command) {
        if (!command.by().actsAt(command.location())) {
            throw new AccessRefusedException("this caller does not act for location " + command.location());
        }
        var request = ReturnsOfOrder.held(requests, command.orderId(), command.returnId(), command.expectedVersion());
        var order = orders.toReturn(command.orderId(), command.by());
        var others = requests.ofOrder(command.orderId()).stream().filter(other -> !other.id().equals(request.id())).toList();
        var now = clock.instant();
        request.receive(ReturnReceipt.of(command.location(), command.lines(), command.by().subject(), now));
        var receipt = request.receipt().orElseThrow();

        RecordReturnUseCase.Refund refund = null;
        if (!receipt.refundedUnits().isEmpty()) {
            var counted = ReturnRefund.of(paidLines(order, others), receipt.refundedUnits(), request.reason(), order.shipping(),
                    order.shippingRefunded(), restockingFee.percent(), discountRecount(order, others, receipt), order.refundable());
            UUID refundId = null;
            if (!counted.total().isZero()) {
                refundId = UUID.nameUUIDFromBytes(("return-refund\n" + request.id()).getBytes(StandardCharsets.UTF_8));
                refund = new RecordReturnUseCase.Refund(refundId, request.reason().code(), counted.lines().stream()
                        .map(line -> new RecordReturnUseCase.Line(line.lineNumber(), Quantity.of(line.units()), line.amount()))
                        .toList(), counted.shipping(), counted.restockingFee(), counted.discountRecount(), counted.total(),
                        "return " + request.rma().map(Rma::value).orElse("") + " (" + request.id() + ")");
            }
            request.recordRefund(refundId, counted);
        }
        var restock = restockable(order, receipt);
        if (!restock.isEmpty()) {
            stock.receive(restock, command.by(), null);
        }
        long version = requests.save(request);
        var all = new ArrayList<>(others);
        all.add(request);
        ordering.record(new ReturnNews(order.id(), RecordReturnUseCase.Step.RECEIVED, "return " + request.id() + " received at "
                + receipt.location() + ": " + describe(request.receipt().orElseThrow()), ReturnsOfOrder.standing(all, order), command.by(), now, refund));
        notices.tell(new CustomerNotices.ReturnNotice(CustomerNotices.Kind.RECEIVED, request.id(), order.id(), order.customerId(),
                null, null, null, null, now));
        if (refund != null) {
            notices.tell(new CustomerNotices.ReturnNotice(CustomerNotices.Kind.REFUNDED, request.id(), order.id(),
                    order.customerId(), null, null, refund.total(), null, now));
        }
        return ReturnView.of(request, version);
    }

    /**
     * What the goods the customer keeps after this return owe of the order's discount ({@link DiscountRecount}), less
     * what the order's other returns kept back for it already: nothing when no promotion took anything off the lines,
     * or one that did is no longer known.
     */
    private Money discountRecount(OrderToReturn order, List<ReturnRequest> others, ReturnReceipt receipt) {
        var currency = order.refundable().currency();
        var priced = order.priced();
        if (priced.discount().isZero() || priced.promotionIds().isEmpty()) {
            return Money.zero(currency);
        }
        var kept = order.lines().stream().map(line -> new KeptLine(line.sku(), line.quantity() - Math.min(line.quantity(),
                ReturnsOfOrder.refunded(others, line.lineNumber()) + receipt.refunds(line.lineNumber())), line.unitPrice())).toList();
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

    /** The order's lines as paid, each with the units the order's other returns refunded before. */
    private static List<ReturnRefund.PaidLine> paidLines(OrderToReturn order, List<ReturnRequest> others) {
        return order.lines().stream().map(line -> new ReturnRefund.PaidLine(line.lineNumber(), line.quantity(), line.paid(),
                Math.min(line.quantity(), ReturnsOfOrder.refunded(others, line.lineNumber())))).toList();
    }

    private static List<StockReceipt> restockable(OrderToReturn order, ReturnReceipt receipt) {
        return receipt.lines().stream().filter(line -> line.restockable() > 0)
                .map(line -> new StockReceipt(receipt.location(), order.line(line.lineNumber()).orElseThrow().sku(),
                        line.restockable())).toList();
    }

    private static String describe(ReturnReceipt receipt) {
        int restockable = receipt.lines().stream().mapToInt(ReturnReceipt.Line::restockable).sum();
        int damaged = receipt.lines().stream().mapToInt(ReturnReceipt.Line::damaged).sum();
        int refused = receipt.lines().stream().mapToInt(ReturnReceipt.Line::refused).sum();
        return restockable + " restockable, " + damaged + " damaged, " + refused + " refused"
                + (receipt.refunded() == null ? ", nothing refunded" : ", " + receipt.refunded() + " refunded")
                + describe(receipt.discountRecount());
    }

    private static String describe(Money discountRecount) {
        if (discountRecount == null || discountRecount.isZero()) {
            return "";
        }
        // the promotions of the goods kept, recounted: what they no longer earn is kept back, what they earn more of given
        return discountRecount.isNegative()
                ? " (discount recounted: " + Money.zero(discountRecount.currency()).minus(discountRecount) + " given back)"
                : " (discount recounted: " + discountRecount + " kept back)";
    }
}
