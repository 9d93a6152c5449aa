package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.shared.Address;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * A carrier's return label API over HTTP ({@code order-service.returns.labels}, docs/returns.md): {@code POST
 * {base-url}/v1/return-labels} with a bearer API key, the return's id as {@code Idempotency-Key}, the RMA as the
 * parcel's reference and both addresses as JSON; the answer's {@code trackingNumber} and {@code labelUrl} are the label.
 * An error, a timeout or an answer without them books no label this time (the outbox tries again).
 */
class HttpReturnLabels implements ReturnLabels {

    private final ReturnLabelProperties properties;
    private final RestClient http;

    HttpReturnLabels(ReturnLabelProperties properties) {
        this.properties = properties;
        if (!properties.booksLabels()) {
            this.http = null;
            return;
        }
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(properties.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey()).build();
    }

    @Override
    public boolean booksLabels() {
        return properties.booksLabels();
    }

    @Override
    public Optional<BookedLabel> book(LabelRequest request) {
        if (!properties.booksLabels()) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = http.post().uri("/v1/return-labels").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", request.returnId().toString())
                    .body(Map.of("reference", request.rma(), "from", address(request.from()), "to", address(properties.returnTo())))
                    .retrieve().body(JsonNode.class);
        } catch (RestClientException failed) {
            throw new LabelNotBookedException(properties.carrier() + " booked no return label for " + request.rma() + ": "
                    + failed.getMessage(), failed);
        }
        var label = answer == null ? Optional.<BookedLabel>empty()
                : CarrierLabelAnswer.read(properties.carrier(), answer.path("trackingNumber").asString(""),
                        answer.path("labelUrl").asString(""));
        return Optional.of(label.orElseThrow(() -> new LabelNotBookedException(properties.carrier()
                + " answered no usable label for " + request.rma() + ": " + answer, null)));
    }

    private static Map<String, String> address(Address address) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("recipient", address.recipient());
        fields.put("line1", address.line1());
        if (address.line2() != null) {
            fields.put("line2", address.line2());
        }
        fields.put("city", address.city());
        if (address.region() != null) {
            fields.put("region", address.region());
        }
        fields.put("postalCode", address.postalCode());
        fields.put("countryCode", address.countryCode());
        return fields;
    }
}
