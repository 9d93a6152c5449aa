package io.orderservice.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.UnpaidStockHolds;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy.UnpaidHolds;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17, item 7: the orders holding stock unpaid, as PostgreSQL counts them for the bounds per customer, payment
 * token and shipping address (the rule itself: PlacementSagaFlowTest).
 */
@OrderServiceIntegrationTest
class UnpaidStockHoldsIT {

    @LocalServerPort
    int port;
    @Autowired
    UnpaidStockHolds holds;

    @Test
    void declinedAndWaitingOrdersCountByCustomerTokenAndAddressAndAPaidOrderMakesThePaidUpCustomer() {
        var http = new Http(port);
        var customer = "hoarder-" + UUID.randomUUID();
        var street = UUID.randomUUID() + " Hoarding Lane";
        var declined = place(http, customer, street, "tok_decline");
        assertThat(declined.status()).isEqualTo(402);
        var waiting = place(http, customer, street, "tok_requires_action");
        assertThat(waiting.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");

        var sameAddressOtherSpelling = new Address("Someone Else", "  " + street.toUpperCase() + " ", null, "London", null,
                "n1 9gu", "GB");
        var counted = holds.othersLike(OrderId.newId(), new CustomerId(customer), new PaymentToken("tok_unused_" + UUID.randomUUID()),
                sameAddressOtherSpelling);
        assertThat(counted).isEqualTo(new UnpaidHolds(2, 0, 2, false));

        var itself = holds.othersLike(OrderId.of(waiting.json().get("id").asString()), new CustomerId(customer),
                new PaymentToken("tok_decline"), sameAddressOtherSpelling);
        assertThat(itself.byCustomer()).as("an order does not count itself").isEqualTo(1);
        assertThat(itself.byShippingAddress()).isEqualTo(1);
        assertThat(itself.byPaymentToken()).as("the declined order's token (other tests' declined orders too)").isPositive();

        assertThat(place(http, customer, street, "tok_approve").status()).isEqualTo(201);
        assertThat(holds.othersLike(OrderId.newId(), new CustomerId(customer), new PaymentToken("tok_unused"),
                sameAddressOtherSpelling).customerPaidBefore()).isTrue();
    }

    private static Http.Response place(Http http, String customer, String street, String token) {
        return http.postJson("/api/v1/orders", """
                {"customerId": "%s", "currency": "EUR", "lines": [{"sku": "MUG-CLASSIC", "quantity": 1}],
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "%s", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"},
                 "paymentToken": "%s"}""".formatted(customer, street, token));
    }
}
