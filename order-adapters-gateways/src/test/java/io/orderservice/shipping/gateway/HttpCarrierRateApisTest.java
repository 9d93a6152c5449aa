package io.orderservice.shipping.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.TransitTime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The carrier rate API adapter against a local HTTP server standing in for a carrier. */
class HttpCarrierRateApisTest {

    private static final Parcel PARCEL = new Parcel(new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE"), 1_200,
            Money.of(4_998, "EUR"));

    private HttpServer carrier;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>("""
            {"rates": [{"service": "express", "price": {"amount": "12.95", "currency": "EUR"}, "transitDays": {"min": 1, "max": 1}},
                       {"service": "economy", "price": {"amount": "3.10", "currency": "EUR"}, "transitDays": {"min": 4, "max": 8}},
                       {"service": "dollars", "price": {"amount": "9.00", "currency": "USD"}, "transitDays": {"min": 1, "max": 2}}]}""");
    private final AtomicReference<Duration> stall = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startCarrier() throws IOException {
        carrier = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        carrier.createContext("/v1/rates", exchange -> {
            requests.incrementAndGet();
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                Thread.sleep(stall.get().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        carrier.setExecutor(Executors.newCachedThreadPool());
        carrier.start();
    }

    @AfterEach
    void stopCarrier() {
        carrier.stop(0);
    }

    @Test
    void theCarriersServicesInTheParcelsCurrencyAreItsRates() {
        var rates = adapter(new SimpleMeterRegistry()).ratesFor(PARCEL);

        assertThat(rates).containsExactly(
                new CarrierRate("ups", "express", Money.of(1_295, "EUR"), new TransitTime(1, 1)),
                new CarrierRate("ups", "economy", Money.of(310, "EUR"), new TransitTime(4, 8)));
        assertThat(lastAuthorization.get()).isEqualTo("Bearer rk_test");
        assertThat(lastRequest.get()).contains("\"countryCode\":\"DE\"").contains("\"postalCode\":\"10115\"")
                .contains("\"weightGrams\":1200").contains("\"amount\":\"49.98\"").contains("\"currency\":\"EUR\"");
    }

    @Test
    void aCarrierThatFailsOrIsTooSlowOrTalksNonsenseGivesNoRatesAndIsCounted() {
        var meters = new SimpleMeterRegistry();
        var adapter = adapter(meters);

        status.set(503);
        assertThat(adapter.ratesFor(PARCEL)).isEmpty();
        status.set(200);
        stall.set(Duration.ofMillis(1_500));
        assertThat(adapter.ratesFor(PARCEL)).as("past the read timeout").isEmpty();
        stall.set(Duration.ZERO);
        answer.set("{\"rates\": [{\"service\": \"x\", \"price\": {\"amount\": \"-1.00\", \"currency\": \"EUR\"}}]}");
        assertThat(adapter.ratesFor(PARCEL)).as("a negative price").isEmpty();

        assertThat(meters.counter("shipping.rate-api.failures", "carrier", "ups").count()).isEqualTo(3);
    }

    @Test
    void anOpenCircuitStopsAskingACarrierThatKeepsFailing() {
        var adapter = adapter(new SimpleMeterRegistry());
        status.set(500);

        for (int i = 0; i < 10; i++) {
            adapter.ratesFor(PARCEL);
        }

        assertThat(requests.get()).as("the breaker opened after the minimum of calls").isEqualTo(4);
    }

    private HttpCarrierRateApis adapter(SimpleMeterRegistry meters) {
        var breakers = CircuitBreakerRegistry.of(Map.of("carrier-rates", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(4)
                .minimumNumberOfCalls(4).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1)).build()));
        var api = new RateApiProperties.RateApi(URI.create("http://127.0.0.1:" + carrier.getAddress().getPort()), "rk_test",
                Duration.ofMillis(500), Duration.ofMillis(500));
        return new HttpCarrierRateApis(new RateApiProperties(Map.of("ups", api)), breakers, meters);
    }
}
