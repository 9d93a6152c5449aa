package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderView;
import io.orderservice.ordering.domain.OrderAction;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderPayment;
import io.orderservice.ordering.domain.OrderStatus;
import io.orderservice.ordering.domain.StatusChange;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An order as the API shows it. */
record OrderResponse(UUID id, String customerId, OrderStatus status, Set<OrderAction> allowedActions,
                     List<LineResponse> lines, TotalsResponse totals, AddressResponse shippingAddress,
                     String deliveryInstructions, LocalDate requestedDeliveryDate,
                     PaymentResponse payment, Instant placedAt, List<StatusChangeResponse> history) {

    static OrderResponse from(OrderView order) {
        var totals = order.totals();
        return new OrderResponse(order.id().value(), order.customerId().value(), order.status(), order.allowedActions(),
                order.lines().stream().map(LineResponse::from).toList(),
                new TotalsResponse(MoneyResponse.from(totals.subtotal()), MoneyResponse.from(totals.discount()),
                        MoneyResponse.from(totals.tax()), MoneyResponse.from(totals.shipping()),
                        MoneyResponse.from(totals.grandTotal())),
                AddressResponse.from(order.shippingAddress()), order.deliveryInstructions(), order.requestedDeliveryDate(),
                PaymentResponse.from(order.payment()), order.placedAt(),
                StatusChangeResponse.from(order.history()));
    }

    @Schema(description = "An amount as a decimal string in the currency's minor-unit scale, never a float.")
    record MoneyResponse(@Schema(example = "39.98") String amount, @Schema(example = "EUR") String currency) {
        static MoneyResponse from(Money money) {
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
                        MoneyResponse lineTotal) {
        static LineResponse from(OrderLine line) {
            return new LineResponse(line.lineNumber(), line.sku().value(), line.name(), line.quantity().value(),
                    MoneyResponse.from(line.unitPrice()), MoneyResponse.from(line.lineTotal()));
        }
    }

    @Schema(description = "grandTotal = subtotal - discount + tax + shipping, always.")
    record TotalsResponse(MoneyResponse subtotal, MoneyResponse discount, MoneyResponse tax, MoneyResponse shipping,
                          MoneyResponse grandTotal) {
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
