package io.orderservice.returns.application;

import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ExchangeTrust;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Role;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short transactions around an exchange's placement: what the returned units are worth before it, and what became
 * of it after, each under the order's returns' lock, so that the return as it is then (received meanwhile, replaced by
 * a second run) decides.
 */
@Component
class ReplacementRecording {

    /** Reads the order the return is of for the shop itself, whoever approved the return. */
    private static final Caller EXCHANGES = new Caller("returns-exchanges", Set.of(Role.SUPPORT), null, Set.of());

    private final ReturnRequests requests;
    private final OrderToReturnQuery orders;
    private final ReturnValuation valuation;
    private final ExchangeTrust trust;
    private final Clock clock;

    ReplacementRecording(ReturnRequests requests, OrderToReturnQuery orders, ReturnValuation valuation, ExchangeTrust trust,
                         Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.valuation = valuation;
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * What an exchange awaiting its replacement brings to it: the approved units' worth, counted as their refund at
     * receipt would be if they all arrived fit to sell, and whether it ships before they do. Empty when the return awaits
     * no replacement (any more).
     */
    @Transactional
    public Optional<Worth> worth(OrderId orderId, UUID returnId) {
        requests.hold(orderId);
        var request = requests.byId(returnId).filter(ReturnRequest::awaitsReplacement).orElse(null);
        if (request == null) {
            return Optional.empty();
        }
        var order = orders.toReturn(orderId, EXCHANGES);
        var others = requests.ofOrder(orderId).stream().filter(other -> !other.id().equals(returnId)).toList();
        var worth = valuation.of(order, others, request.reason(), request.unitsTaken());
        return Optional.of(new Worth(request, worth.total(), trust.trusts(order.customerOrdersLastYear()),
                order.priced().shipTo()));
    }

    /** @param shipTo where the order went, where its replacement goes */
    record Worth(ReturnRequest request, Money credit, boolean shipsAtOnce, Address shipTo) {
    }

    @Transactional
    public void replaced(OrderId orderId, UUID returnId, OrderId replacement, Money credit, boolean shipsAtOnce) {
        requests.hold(orderId);
        requests.byId(returnId).filter(ReturnRequest::awaitsReplacement).ifPresent(request -> {
            request.replaced(replacement, credit, shipsAtOnce, clock.instant());
            requests.save(request);
        });
    }

    @Transactional
    public void refundInstead(OrderId orderId, UUID returnId, String why) {
        requests.hold(orderId);
        requests.byId(returnId).filter(ReturnRequest::awaitsReplacement).ifPresent(request -> {
            request.refundInstead(why, clock.instant());
            requests.save(request);
        });
    }
}
