package io.orderservice.returns.application;

import io.orderservice.inventory.application.port.in.ReceiveStockUseCase;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase.StockReceipt;
import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.ordering.application.port.in.returns.ReleaseReplacementUseCase;
import io.orderservice.returns.application.port.in.ReceiveReturnUseCase;
import io.orderservice.returns.application.port.in.ReturnView;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnReceipt;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.returns.domain.Rma;
import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Money;
import io.orderservice.shared.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final ReleaseReplacementUseCase replacements;
    private final ReturnValuation valuation;
    private final CustomerNotices notices;
    private final Clock clock;

    ReceiveReturnService(ReturnRequests requests, OrderToReturnQuery orders, ReceiveStockUseCase stock,
                         RecordReturnUseCase ordering, ReleaseReplacementUseCase replacements, ReturnValuation valuation,
                         CustomerNotices notices, Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.stock = stock;
        this.ordering = ordering;
        this.replacements = replacements;
        this.valuation = valuation;
        this.notices = notices;
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
            var worth = valuation.of(order, others, request.reason(), receipt.refundedUnits());
            // An exchange's replacement took its credit of what came back: the rest is refunded.
            var counted = request.creditUsed().map(worth::lessCredit).orElse(worth);
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
        request.replacement().filter(replacement -> replacement.orderId() != null)
                .ifPresent(replacement -> replacements.returnArrived(replacement.orderId(), command.by()));
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
