package io.orderservice.shipping.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.shared.Money;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.TransitTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Carriers' own rate APIs over HTTP, one per {@code order-service.shipping.rate-apis.<carrier>}: {@code POST /v1/rates}
 * with the destination, weight and goods value as JSON and a bearer API key; the answer lists the carrier's services
 * with their price and transit days. A carrier that does not answer in time, answers with an error or is behind an
 * open circuit breaker ({@code carrier-rates-<carrier>}, config {@code carrier-rates}) gives no rates for this
 * parcel: the customer is offered the others rather than refused (metric {@code shipping.rate-api.failures}).
 */
@Component
class HttpCarrierRateApis implements CarrierRateSource {

    private static final Logger log = LoggerFactory.getLogger(HttpCarrierRateApis.class);

    private record Api(String carrier, RestClient http, CircuitBreaker breaker) {
    }

    private final List<Api> apis = new ArrayList<>();
    private final MeterRegistry meters;

    HttpCarrierRateApis(RateApiProperties properties, CircuitBreakerRegistry breakers, MeterRegistry meters) {
        this.meters = meters;
        properties.rateApis().forEach((carrier, api) -> {
            var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(api.connectTimeout()).build());
            requests.setReadTimeout(api.readTimeout());
            var http = RestClient.builder().requestFactory(requests).baseUrl(api.baseUrl().toString())
                    .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + api.apiKey()).build();
            apis.add(new Api(carrier, http, breakers.circuitBreaker("carrier-rates-" + carrier, "carrier-rates")));
        });
    }

    @Override
    public List<CarrierRate> ratesFor(Parcel parcel) {
        return apis.stream().flatMap(api -> ratesOf(api, parcel).stream()).toList();
    }

    private List<CarrierRate> ratesOf(Api api, Parcel parcel) {
        try {
            return api.breaker().executeSupplier(() -> ask(api, parcel));
        } catch (RuntimeException unanswered) {
            // unreachable, too slow, an error, an open breaker, or an answer that makes no sense: a remote source's
            // failure costs this carrier's options, never the order
            meters.counter("shipping.rate-api.failures", "carrier", api.carrier()).increment();
            log.warn("No rates from {}'s rate API: {}", api.carrier(), unanswered.getMessage());
            return List.of();
        }
    }

    private static List<CarrierRate> ask(Api api, Parcel parcel) {
        var currency = parcel.goodsValue().currency();
        var body = Map.of(
                "destination", Map.of("countryCode", parcel.destination().countryCode(),
                        "postalCode", parcel.destination().postalCode()),
                "weightGrams", parcel.weightGrams(),
                "goodsValue", Map.of("amount", parcel.goodsValue().toDecimal().toPlainString(), "currency", currency.getCurrencyCode()));
        var answer = api.http().post().uri("/v1/rates").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class);
        var rates = new ArrayList<CarrierRate>();
        for (var rate : answer == null ? List.<JsonNode>of() : answer.path("rates").valueStream().toList()) {
            if (!currency.getCurrencyCode().equals(rate.path("price").path("currency").asString(""))) {
                continue; // a price in another currency is no price for this order
            }
            var price = Money.of(new BigDecimal(rate.path("price").path("amount").asString()), currency, RoundingMode.UNNECESSARY);
            rates.add(new CarrierRate(api.carrier(), rate.path("service").asString(), price,
                    new TransitTime(rate.path("transitDays").path("min").asInt(), rate.path("transitDays").path("max").asInt())));
        }
        return rates;
    }
}
