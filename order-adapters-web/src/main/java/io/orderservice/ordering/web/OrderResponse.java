package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderPayment;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.status.OrderAction;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.shipment.ShipmentResponse;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** An order as the API shows it, wherever an order is the answer (fulfilment's shipping answers with it too). */
@NamedInterface("order-responses")
public record OrderResponse(UUID id, String customerId, OrderStatus status, Set<OrderAction> allowedActions,
                     List<LineResponse> lines, TotalsResponse totals, PriceDetailsResponse priceDetails,
                     ShippingMethodResponse shippingMethod,
                     AddressResponse shippingAddress,
                     String deliveryInstructions, LocalDate requestedDeliveryDate,
                     PaymentResponse payment, List<ShipmentResponse> shipments, List<RefundResponse> refunds,
                     Instant placedAt, List<StatusChangeResponse> history,
                     @Schema(description = "Only in the answer that placed a guest order (a storefront's shopper without an "
                             + "account): the secret that reads, cancels and tracks this order, sent as the Order-Access-Token "
                             + "header; it is not shown again. null otherwise", minLength = 43, maxLength = 43)
                     String accessToken,
                     @Schema(description = "For an exchange's replacement (docs/returns.md, \"Exchanges\"): the return it "
                             + "replaces pays credit, the payment method amountDue; null for any other order")
                     ExchangeResponse exchange) {

    record ExchangeResponse(UUID returnId, UUID fromOrder, MoneyResponse credit, MoneyResponse amountDue,
                            @Schema(description = "Whether it waits for the return before it ships") boolean awaitsReturn) {
        static ExchangeResponse from(OrderView.Exchange exchange) {
            return exchange == null ? null : new ExchangeResponse(exchange.returnId(), exchange.fromOrder().value(),
                    MoneyResponse.from(exchange.credit()), MoneyResponse.from(exchange.amountDue()), exchange.awaitsReturn());
        }
    }

    public static OrderResponse from(OrderView order) {
        return from(order, null);
    }

    public static OrderResponse from(OrderView order, String accessToken) {
        var totals = order.totals();
        return new OrderResponse(order.id().value(), order.customerId().value(), order.status(), order.allowedActions(),
                order.lines().stream().map(line -> LineResponse.from(line, order)).toList(),
                new TotalsResponse(MoneyResponse.from(totals.subtotal()), MoneyResponse.from(totals.discount()),
                        MoneyResponse.from(totals.tax()), MoneyResponse.from(totals.shipping()),
                        MoneyResponse.from(totals.grandTotal()), totals.taxIncluded(), MoneyResponse.from(totals.taxRelief())),
                PriceDetailsResponse.from(order.priceDetails()), ShippingMethodResponse.from(order.shippingMethod()),
                AddressResponse.from(order.shippingAddress()), order.deliveryInstructions(), order.requestedDeliveryDate(),
                PaymentResponse.from(order.payment()), order.shipments().stream().map(ShipmentResponse::from).toList(),
                order.refunds().stream().map(RefundResponse::from).toList(), order.placedAt(),
                StatusChangeResponse.from(order.history()), accessToken, ExchangeResponse.from(order.exchange()));
    }

    /** A named interface of its own too: returns' responses show amounts as orders do. */
    @NamedInterface("order-responses")
    @Schema(description = "An amount as a decimal string in the currency's minor-unit scale, never a float.")
    public record MoneyResponse(@Schema(example = "39.98") String amount, @Schema(example = "EUR") String currency) {
        public static MoneyResponse from(Money money) {
            return new MoneyResponse(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    @Schema(description = "What happened to the order's money: the gateway's authorisation reference (null until "
            + "authorised), captured (on shipment) and refunded so far, and whether the customer disputed the charge.")
    record PaymentResponse(String reference, MoneyResponse captured, MoneyResponse refunded, boolean disputed) {
        static PaymentResponse from(OrderPayment payment) {
            return new PaymentResponse(payment.reference(), MoneyResponse.from(payment.captured()),
                    MoneyResponse.from(payment.refunded()), payment.disputed());
        }
    }

    record LineResponse(int lineNumber, String sku, String name, int quantity, MoneyResponse unitPrice,
                        MoneyResponse lineTotal,
                        @Schema(description = "Units shipped so far") int shippedQuantity,
                        @Schema(description = "Units refunded or being refunded (failed refunds do not count)") int refundedQuantity,
                        @Schema(description = "What those refunded units gave back: their price with their share of discount and tax")
                        MoneyResponse refundedAmount) {
        static LineResponse from(OrderLine line, OrderView order) {
            var refunded = order.refunds().stream().filter(refund -> refund.status() != OrderRefund.Status.FAILED)
                    .flatMap(refund -> refund.lines().stream()).filter(refundedLine -> refundedLine.lineNumber() == line.lineNumber())
                    .toList();
            return new LineResponse(line.lineNumber(), line.sku().value(), line.name(), line.quantity().value(),
                    MoneyResponse.from(line.unitPrice()), MoneyResponse.from(line.lineTotal()),
                    order.shippedQuantity(line.lineNumber()),
                    refunded.stream().mapToInt(refundedLine -> refundedLine.quantity().value()).sum(),
                    MoneyResponse.from(refunded.stream().map(OrderRefund.RefundedLine::amount)
                            .reduce(Money.zero(line.unitPrice().currency()), Money::plus)));
        }
    }

    @Schema(description = "Money the order gives back: an operator's REFUND of captured money, or the VOID that releases "
            + "the authorisation of a cancelled order. REQUESTED until the payment capability reports SUCCEEDED or FAILED.")
    record RefundResponse(UUID id, OrderRefund.Kind kind, @Schema(example = "damaged") String reasonCode, MoneyResponse amount,
                          List<RefundedLineResponse> lines, @Schema(description = "Whether it includes the shipping charge") boolean shipping,
                          OrderRefund.Status status, @Schema(description = "Why it failed; null unless FAILED") String failure,
                          String requestedBy, Instant requestedAt, Instant settledAt,
                          @Schema(description = "What it is for, when another capability asked for it, e.g. a return's RMA; else null",
                                  example = "return RMA-3K7-QD2-9XF (0f9c2a1e-8d4b-4c3a-9e5f-2b7d6c1a0e93)") String reference,
                          @Schema(description = "The refund an operator asked for again in its place, once it FAILED; else null")
                          UUID retriedAs) {
        static RefundResponse from(OrderRefund refund) {
            return new RefundResponse(refund.id(), refund.kind(), refund.reasonCode(), MoneyResponse.from(refund.amount()),
                    refund.lines().stream().map(line -> new RefundedLineResponse(line.lineNumber(), line.quantity().value(),
                            MoneyResponse.from(line.amount()))).toList(),
                    refund.shipping(), refund.status(), refund.failure(),
                    refund.requestedBy().kind() + ":" + refund.requestedBy().id(), refund.requestedAt(), refund.settledAt(),
                    refund.reference(), refund.retriedAs());
        }
    }

    record RefundedLineResponse(int lineNumber, int quantity, MoneyResponse amount) {
    }

    @Schema(description = "When prices exclude tax (taxIncluded false): grandTotal = subtotal - discount + tax + shipping. "
            + "When they include it: grandTotal = subtotal - discount + shipping - taxRelief, and tax is the part of that "
            + "amount that is tax. shipping is what is charged for it, after any free-shipping promotion.")
    record TotalsResponse(MoneyResponse subtotal, MoneyResponse discount, MoneyResponse tax, MoneyResponse shipping,
                          MoneyResponse grandTotal,
                          @Schema(description = "Whether the prices (subtotal, shipping) include the tax") boolean taxIncluded,
                          @Schema(description = "Tax that prices including it contained and this buyer does not owe (a tax-exempt "
                                  + "buyer, a reverse-charged business), taken off; zero when prices exclude tax") MoneyResponse taxRelief) {
    }

    @Schema(description = "How the discount and tax were arrived at when the order was priced (and priced again when its "
            + "lines changed): the tax lines add up to totals.tax, the discounts' line amounts to totals.discount.")
    record PriceDetailsResponse(List<TaxLineResponse> taxLines, List<DiscountResponse> discounts,
                                @Schema(description = "Why tax is missing or different, e.g. an exemption certificate or a reverse charge")
                                List<String> notes) {
        static PriceDetailsResponse from(PriceDetails details) {
            return new PriceDetailsResponse(
                    details.taxLines().stream().map(tax -> new TaxLineResponse(tax.jurisdiction(), tax.category(),
                            tax.rate().stripTrailingZeros().toPlainString(), MoneyResponse.from(tax.taxable()), MoneyResponse.from(tax.tax()))).toList(),
                    details.discounts().stream().map(discount -> new DiscountResponse(discount.promotionId(), discount.code(),
                            discount.lines().stream().map(line -> new DiscountedLineResponse(line.sku().value(),
                                    MoneyResponse.from(line.amount()))).toList(),
                            MoneyResponse.from(discount.fromShipping()))).toList(),
                    details.notes());
        }
    }

    record TaxLineResponse(@Schema(example = "Germany") String jurisdiction,
                           @Schema(example = "STANDARD", description = "STANDARD, REDUCED, ZERO or EXEMPT") String category,
                           @Schema(example = "0.19", description = "A fraction, as a decimal string") String rate,
                           MoneyResponse taxable, MoneyResponse tax) {
    }

    record DiscountResponse(@Schema(example = "welcome-10") String promotionId,
                            @Schema(example = "WELCOME10", description = "The promo code entered; null for an automatic promotion") String code,
                            List<DiscountedLineResponse> lines, MoneyResponse fromShipping) {
    }

    record DiscountedLineResponse(String sku, MoneyResponse amount) {
    }

    @Schema(description = "How the order ships, as priced: the carrier's service and the days its delivery is expected between "
            + "(null for an order priced before carriers' rates were used)")
    record ShippingMethodResponse(@Schema(example = "dhl") String carrier, @Schema(example = "standard") String service,
                                  LocalDate earliestDelivery, LocalDate latestDelivery) {
        static ShippingMethodResponse from(ShippingMethod method) {
            return method == null ? null : new ShippingMethodResponse(method.carrier(), method.service(),
                    method.earliestDelivery(), method.latestDelivery());
        }
    }

    record AddressResponse(String recipient, String line1, String line2, String city, String region,
                           String postalCode, String countryCode) {
        static AddressResponse from(Address address) {
            return new AddressResponse(address.recipient(), address.line1(), address.line2(), address.city(),
                    address.region(), address.postalCode(), address.countryCode());
        }
    }

    @Schema(description = "One entry of the status history. The first entry (placement) has no 'from' and no 'action'.")
    record StatusChangeResponse(OrderStatus from, OrderStatus to, OrderAction action, String reason, String actorKind,
                                String actorId, Instant at) {
        static List<StatusChangeResponse> from(List<StatusChange> history) {
            return history.stream().map(change -> new StatusChangeResponse(change.from(), change.to(), change.action(),
                    change.reason(), change.by().kind().name(), change.by().id(), change.at())).toList();
        }
    }
}
