package io.orderservice.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.payment.application.port.out.PaymentInProgressException;
import io.orderservice.payment.gateway.http.FakeCardProvider;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentToken;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two attempts to pay one order at the same moment (a double-clicked "pay" button, a client retry) end in
 * one authorisation at the provider: the second waits for the first at the database and is refused
 * before it reaches the gateway. Real service, real PostgreSQL, a provider on a local port counting.
 */
@OrderServiceIntegrationTest
class ConcurrentPaymentAttemptsIT {

    static final FakeCardProvider PROVIDER = start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("order-service.payment.http-gateways.acme.base-url", () -> PROVIDER.baseUrl().toString());
        properties.add("order-service.payment.http-gateways.acme.api-key", () -> FakeCardProvider.API_KEY);
        properties.add("order-service.payment.routing.default-gateways[0]", () -> "acme");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Autowired
    Payments payments;

    @Test
    void twoConcurrentAttemptsForOneOrderMakeOneAuthorisation() throws Exception {
        // The provider takes its time, so both attempts are in flight together.
        PROVIDER.stallNext(2, Duration.ofMillis(300));
        var order = OrderId.newId();
        // Two attempts (a customer's retry racing the first): each its own payment, one live per order.
        var requests = List.of(1, 2).stream().map(attempt -> new PaymentRequest(order, attempt, new CustomerId("c-twice"),
                Money.of(4_200, "EUR"), PaymentMethodType.CARD, new PaymentToken("pm_card_visa"), null)).toList();
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var attempts = new ArrayList<Future<Payments.PaymentOutcome>>();
            for (var request : requests) {
                attempts.add(executor.submit(() -> {
                    start.await();
                    return payments.authorise(request);
                }));
            }
            start.countDown();
            int authorised = 0;
            int refused = 0;
            for (var attempt : attempts) {
                try {
                    if (attempt.get() instanceof Payments.Authorised) {
                        authorised++;
                    }
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PaymentInProgressException.class);
                    refused++;
                }
            }
            assertThat(authorised).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(PROVIDER.authorisationsMade()).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private static FakeCardProvider start() {
        try {
            return new FakeCardProvider();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
