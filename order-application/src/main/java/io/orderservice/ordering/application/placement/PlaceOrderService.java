package io.orderservice.ordering.application.placement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.placement.PlacementStore.Recorded;
import io.orderservice.ordering.application.port.in.OrderPlacementRefusedException;
import io.orderservice.ordering.application.port.in.PlaceOrderCommand;
import io.orderservice.ordering.application.port.in.PlaceOrderUseCase;
import io.orderservice.ordering.application.port.in.PlacementAnswer;
import io.orderservice.ordering.application.port.out.AddressVerification.Deliverable;
import io.orderservice.ordering.application.port.out.AddressVerification.Undeliverable;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.application.port.out.GuestOrderAccess;
import io.orderservice.ordering.application.port.out.OrderPricing.NotShippable;
import io.orderservice.ordering.application.port.out.OrderPricing.PricedBasket;
import io.orderservice.ordering.application.port.out.OrderPricing.PricingRequest;
import io.orderservice.ordering.application.port.out.OrderPricing.UnknownSkus;
import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementRequests;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.ApprovalRules;
import io.orderservice.ordering.domain.CustomerType;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.saga.Checkout;
import io.orderservice.ordering.domain.saga.PlacementPatience;
import io.orderservice.ordering.domain.saga.PlacementSaga.Step;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Places an order, on the request's thread: checks what needs nobody else's say (the address can be delivered to, every
 * SKU has a price, there is a shipping rate, every promo code entered gives something, the payment provider chosen takes
 * the payment) and asks fraud screening, all
 * with no transaction open; then one transaction stores the order with its placement saga, screened and its stock
 * reserved (ADR 0014, ADR 0031); then the payment is asked for with no transaction open, and its answer is stored with
 * the order's confirmation. The request waits for the gateway for up to {@code order-service.placement.answer-within};
 * after that it is answered that the placement is at work, and the saga goes on without it. An order the approval rules
 * pick (a business customer's, or above a threshold) waits for an approver first. What is refused before the
 * transaction leaves nothing behind; what the saga refuses leaves the order in a failed status with the reason.
 */
@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrderService.class);

    private final AddressVerification addresses;
    private final OrderPricing pricing;
    private final ApprovalRules approvals;
    private final FraudScreening fraud;
    private final Payments payments;
    private final PlacementSteps placements;
    private final PlacementOrchestrator orchestrator;
    private final PlacementAnswers answers;
    private final PlacementRequests requests;
    private final GuestOrderAccess guestAccess;
    private final Duration answerWithin;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter placed;

    PlaceOrderService(AddressVerification addresses, OrderPricing pricing, ApprovalRules approvals, FraudScreening fraud,
                      Payments payments, PlacementSteps placements, PlacementOrchestrator orchestrator, PlacementAnswers answers,
                      PlacementRequests requests, GuestOrderAccess guestAccess,
                      PlacementPatience patience, Clock clock, MeterRegistry meters) {
        this.addresses = addresses;
        this.pricing = pricing;
        this.approvals = approvals;
        this.fraud = fraud;
        this.payments = payments;
        this.placements = placements;
        this.orchestrator = orchestrator;
        this.answers = answers;
        this.requests = requests;
        this.guestAccess = guestAccess;
        this.answerWithin = patience.answerWithin();
        this.clock = clock;
        this.meters = meters;
        this.placed = Counter.builder("orders.placed").description("Orders accepted for placement").register(meters);
    }

    @Override
    public PlacementAnswer place(PlaceOrderCommand submitted) {
        var placedBefore = submitted.requestKey() == null ? Optional.<OrderId>empty() : requests.placedBy(submitted.requestKey());
        if (placedBefore.isPresent()) {
            return placedBefore(placedBefore.get(), submitted);
        }
        var orderId = OrderId.newId();
        try (var ignored = MDC.putCloseable("orderId", orderId.toString())) {
            var command = deliverable(submitted);
            var order = price(orderId, command);
            if (command.replacement() != null) {
                order.replaceReturned(command.replacement().credit(), !command.replacement().shipsAtOnce(), Actor.system(),
                        clock.instant());
            }
            var checkout = new Checkout(command.paymentMethodType(), command.paymentToken(), offered(command, order),
                    command.billingCountry(), command.clientAddress());
            var awaitingApproval = order.status() == OrderStatus.PENDING_APPROVAL;
            var screening = awaitingApproval ? null : fraud.screen(PlacementOrchestrator.screening(checkout, order));
            Recorded started;
            try {
                started = placements.start(order, checkout, screening, command.guestAccessToken() == null ? null
                        : GuestOrderAccess.sha256(command.guestAccessToken()), command.requestKey());
            } catch (OrderPlacementRefusedException usedUp) {
                throw refused(usedUp);
            } catch (PlacedAlready another) {
                return placedBefore(another.order(), submitted);
            }
            placed.increment();
            log.info("Accepted order for {} with {} lines, total {}", command.customerId(), order.lines().size(),
                    order.totals().grandTotal());
            if (awaitingApproval) {
                // Nothing runs before an approver decides: answered as it is.
                return new PlacementAnswer(started.order(), true);
            }
            if (started.refusal() != null || !started.saga().isRunning(Step.AUTHORISE_PAYMENT)) {
                return answers.of(started);
            }
            return orchestrator.payOnRequest(started, order, answerWithin).map(answers::of)
                    .orElseGet(() -> new PlacementAnswer(started.order(), true));
        }
    }

    /**
     * The order an earlier run of this request placed (its answer was lost, or it is still running): answered as it
     * stands now. A guest's access token went with the lost answer, so the one this run carries replaces it.
     */
    private PlacementAnswer placedBefore(OrderId orderId, PlaceOrderCommand retried) {
        log.info("A retried request with its Idempotency-Key placed order {} before; answering with it", orderId);
        if (retried.guestAccessToken() != null && guestAccess.tokenSha256Of(orderId).isPresent()) {
            guestAccess.grant(orderId, GuestOrderAccess.sha256(retried.guestAccessToken()));
        }
        return answers.asStored(orderId);
    }
    /** The command with its shipping address as carriers expect it; refused if it cannot be delivered to. */
    private PlaceOrderCommand deliverable(PlaceOrderCommand command) {
        var check = addresses.verify(command.shippingAddress());
        if (check instanceof Undeliverable undeliverable) {
            throw refused(OrderPlacementRefusedException.undeliverableAddress(undeliverable.problems()));
        }
        return command.shippedTo(((Deliverable) check).normalised());
    }

    private Order price(OrderId orderId, PlaceOrderCommand command) {
        var requested = command.lines().stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
        var outcome = pricing.price(new PricingRequest(command.customerId(), command.currency(), command.shippingAddress(),
                requested, Map.of(), command.promoCodes(), command.shipping()));
        if (outcome instanceof UnknownSkus unknown) {
            throw refused(OrderPlacementRefusedException.unknownSkus(unknown.skus(), command.currency()));
        }
        if (outcome instanceof NotShippable notShippable) {
            throw refused(OrderPlacementRefusedException.notShippable(command.shippingAddress().countryCode(),
                    command.currency(), command.shipping(), notShippable.options()));
        }
        var basket = (PricedBasket) outcome;
        if (!basket.inapplicableCodes().isEmpty()) {
            throw refused(OrderPlacementRefusedException.promoCodesNotApplicable(basket.inapplicableCodes()));
        }
        var lines = new ArrayList<OrderLine>();
        for (var line : basket.lines()) {
            lines.add(new OrderLine(lines.size() + 1, line.sku(), line.name(), line.quantity(), line.unitPrice()));
        }
        var subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        var total = basket.charges().totalsFor(subtotal).grandTotal();
        if (command.acceptedTotal() != null && total.isGreaterThan(command.acceptedTotal())) {
            throw refused(OrderPlacementRefusedException.priceChanged(total, command.acceptedTotal()));
        }
        return Order.place(orderId, command.customerId(), command.shippingAddress(), List.copyOf(lines), basket.charges(),
                approvals.requireApproval(basket.business() ? CustomerType.BUSINESS : CustomerType.CONSUMER, total), Actor.customer(command.customerId().value()),
                clock.instant());
    }

    /** The provider the customer chose, if the route for the order's payment offers it; refused otherwise. */
    private PaymentProvider offered(PlaceOrderCommand command, Order order) {
        ProviderChoice.refusal(payments, command.paymentProvider(), command.paymentMethodType(), order.amountDue())
                .ifPresent(refusal -> {
                    throw refused(refusal);
                });
        return command.paymentProvider();
    }

    private OrderPlacementRefusedException refused(OrderPlacementRefusedException refusal) {
        meters.counter("orders.placement.refused", "reason", refusal.reason().name()).increment();
        log.info("Placement refused: {}", refusal.getMessage());
        return refusal;
    }
}
