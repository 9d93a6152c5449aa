package io.orderservice.risk.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.shared.Address;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * An address service speaking the Address Validation API protocol (Google Maps Platform's {@code v1:validateAddress}):
 * the address is sent as a postal address, and the answer's verdict decides — {@code possibleNextAction} {@code FIX}
 * is undeliverable, with a problem for each component the service found missing or could not confirm; {@code ACCEPT},
 * {@code CONFIRM} and {@code CONFIRM_ADD_SUBPREMISES} are deliverable, in the postal form the service gives (its
 * address lines, locality, area and postal code; the recipient and country as written). Without a next action (a
 * service that does not send one) a complete address is deliverable and one with missing components is not.
 * <p>
 * A service that cannot answer now — unreachable, slower than the read timeout, an error status, an answer it cannot
 * read, a verdict it does not know, or behind the open circuit {@code address-validation} — lets the address pass as
 * written (the port's rule: an outage must not stop orders), counted in {@code address-verification.unanswered}.
 */
class AddressValidationApiVerification implements AddressVerification {

    private static final Logger log = LoggerFactory.getLogger(AddressValidationApiVerification.class);

    /** The fields of ours a component type of the protocol is written in. */
    private static final Map<String, String> FIELD_OF_COMPONENT = Map.ofEntries(
            Map.entry("postal_code", "shippingAddress.postalCode"), Map.entry("postal_code_suffix", "shippingAddress.postalCode"),
            Map.entry("locality", "shippingAddress.city"), Map.entry("postal_town", "shippingAddress.city"),
            Map.entry("sublocality", "shippingAddress.city"), Map.entry("sublocality_level_1", "shippingAddress.city"),
            Map.entry("administrative_area_level_1", "shippingAddress.region"),
            Map.entry("administrative_area_level_2", "shippingAddress.region"),
            Map.entry("country", "shippingAddress.countryCode"), Map.entry("subpremise", "shippingAddress.line2"));

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final MeterRegistry meters;

    AddressValidationApiVerification(AddressValidationApiProperties api, CircuitBreaker breaker, MeterRegistry meters) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(api.connectTimeout()).build());
        requests.setReadTimeout(api.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(api.baseUrl().toString())
                .defaultHeader("X-Goog-Api-Key", api.apiKey()).build();
        this.breaker = breaker;
        this.meters = meters;
    }

    @Override
    public AddressCheck verify(Address address) {
        try {
            return breaker.executeSupplier(() -> checked(address, ask(address)));
        } catch (RuntimeException unanswered) {
            meters.counter("address-verification.unanswered").increment();
            log.warn("The address validation API gave no verdict ({}); the address passes as written", unanswered.getMessage());
            return new Deliverable(address);
        }
    }

    private JsonNode ask(Address address) {
        var postal = new LinkedHashMap<String, Object>();
        postal.put("regionCode", address.countryCode());
        postal.put("postalCode", address.postalCode());
        if (address.region() != null) {
            postal.put("administrativeArea", address.region());
        }
        postal.put("locality", address.city());
        postal.put("addressLines", address.line2() == null ? List.of(address.line1()) : List.of(address.line1(), address.line2()));
        var answer = http.post().uri("/v1:validateAddress").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("address", postal)).retrieve().body(JsonNode.class);
        if (answer == null || !answer.path("result").path("verdict").isObject()) {
            throw new IllegalStateException("an answer without a verdict");
        }
        return answer.path("result");
    }

    private static AddressCheck checked(Address written, JsonNode result) {
        var verdict = result.path("verdict");
        var next = verdict.path("possibleNextAction").asString("");
        switch (next) {
            case "FIX" -> {
                return new Undeliverable(problems(result.path("address")));
            }
            case "ACCEPT", "CONFIRM", "CONFIRM_ADD_SUBPREMISES" -> {
                return new Deliverable(postalForm(written, result.path("address").path("postalAddress")));
            }
            case "" -> {
                var missing = result.path("address").path("missingComponentTypes");
                if (!verdict.path("addressComplete").asBoolean(false) && missing.isArray() && !missing.isEmpty()) {
                    return new Undeliverable(problems(result.path("address")));
                }
                return new Deliverable(postalForm(written, result.path("address").path("postalAddress")));
            }
            default -> throw new IllegalStateException("a next action this adapter does not know: " + next);
        }
    }

    /** The address in the service's postal form; the recipient and the country stay as written. */
    private static Address postalForm(Address written, JsonNode postal) {
        var lines = postal.path("addressLines").valueStream().map(line -> line.asString("")).filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || postal.path("postalCode").asString("").isBlank() || postal.path("locality").asString("").isBlank()) {
            throw new IllegalStateException("a deliverable verdict without a postal address");
        }
        var region = postal.path("administrativeArea").asString("");
        return new Address(written.recipient(), lines.get(0),
                lines.size() > 1 ? String.join(", ", lines.subList(1, lines.size())) : null,
                postal.path("locality").asString(), region.isBlank() ? null : region, postal.path("postalCode").asString(),
                written.countryCode());
    }

    private static List<Problem> problems(JsonNode address) {
        var byField = new LinkedHashMap<String, List<String>>();
        address.path("missingComponentTypes").valueStream().forEach(type ->
                byField.computeIfAbsent(fieldOf(type.asString()), field -> new ArrayList<>()).add(type.asString() + " is missing"));
        address.path("unconfirmedComponentTypes").valueStream().forEach(type ->
                byField.computeIfAbsent(fieldOf(type.asString()), field -> new ArrayList<>()).add(type.asString() + " could not be confirmed"));
        address.path("unresolvedTokens").valueStream().forEach(token ->
                byField.computeIfAbsent("shippingAddress.line1", field -> new ArrayList<>()).add("'" + token.asString() + "' is not part of an address"));
        if (byField.isEmpty()) {
            byField.put("shippingAddress.line1", List.of("the address could not be found"));
        }
        return byField.entrySet().stream().map(field -> new Problem(field.getKey(), String.join("; ", field.getValue())
                .replace('_', ' '))).collect(Collectors.toList());
    }

    private static String fieldOf(String componentType) {
        return FIELD_OF_COMPONENT.getOrDefault(componentType, "shippingAddress.line1");
    }
}
