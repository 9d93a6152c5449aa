package com.example.acme.rates;

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
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Acme Parcel's rate API: {@code POST {base-url}/quotes} with the destination, weight and currency, an API key in
 * {@code X-Acme-Key}; each quote names a service, a price and the days in transit. Quotes in another currency are no
 * rates for the parcel; an answer that does not come, comes too late or cannot be read gives no rates this time
 * (docs/adapters/carrier-rates.md: the shopper is offered the other carriers' rates).
 */
public class AcmeCarrierRates implements CarrierRateSource {

    static final String CARRIER = "acme";
    private static final Logger log = LoggerFactory.getLogger(AcmeCarrierRates.class);

    private final RestClient http;

    public AcmeCarrierRates(AcmeRatesProperties properties) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(properties.baseUrl().toString())
                .defaultHeader("X-Acme-Key", properties.apiKey()).defaultHeader(HttpHeaders.ACCEPT, "application/json").build();
    }

    @Override
    public List<CarrierRate> ratesFor(Parcel parcel) {
        var currency = parcel.goodsValue().currency();
        try {
            var answer = http.post().uri("/quotes").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("country", parcel.destination().countryCode(), "postalCode", parcel.destination().postalCode(),
                            "grams", parcel.weightGrams(), "currency", currency.getCurrencyCode()))
                    .retrieve().body(JsonNode.class);
            var rates = new ArrayList<CarrierRate>();
            for (var quote : answer == null ? List.<JsonNode>of() : answer.path("quotes").valueStream().toList()) {
                if (currency.getCurrencyCode().equals(quote.path("currency").asString(""))) {
                    rates.add(new CarrierRate(CARRIER, quote.path("service").asString(""),
                            Money.of(new BigDecimal(quote.path("price").asString("")), currency, RoundingMode.UNNECESSARY),
                            new TransitTime(quote.path("minDays").asInt(-1), quote.path("maxDays").asInt(-1))));
                }
            }
            return rates;
        } catch (RestClientException | ArithmeticException | IllegalArgumentException unusable) {
            // IllegalArgumentException: a price that is no number, or a rate the domain refuses (InvalidValueException)
            log.warn("Acme quoted no usable rates this time: {}", unusable.getMessage());
            return List.of();
        }
    }
}
