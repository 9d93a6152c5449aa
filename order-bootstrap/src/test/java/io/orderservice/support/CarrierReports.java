package io.orderservice.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.gateway.TimestampedSignature;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Shipping with DHL and DHL's signed tracking webhooks, as the test profile configures them (application-test.yaml). */
public final class CarrierReports {

    private static final String SECRET = "whsec_test_dhl";

    private CarrierReports() {
    }

    /** Ships {@code units} of line 1, or everything not shipped yet (null), with DHL; returns the tracking number. */
    public static String shipWithDhl(Http http, String orderId, Integer units) {
        var trackingNumber = "JD" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        var lines = units == null ? "" : ", \"lines\": [{\"lineNumber\": 1, \"quantity\": " + units + "}]";
        var shipped = http.send("POST", "/api/v1/orders/" + orderId + "/ship",
                "{\"carrier\": \"dhl\", \"trackingNumber\": \"" + trackingNumber + "\"" + lines + "}");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        return trackingNumber;
    }

    /** A report of DHL's for {@link #body}: the tracking number is filled in there. */
    public static String event(String milestone, String at) {
        return "{\"eventId\": \"" + UUID.randomUUID() + "\", \"milestone\": \"" + milestone + "\", \"occurredAt\": \"" + at
                + "\", \"place\": \"Leipzig hub\", \"trackingNumber\": \"%s\"}";
    }

    public static String body(String trackingNumber, String... events) {
        return "{\"events\": [" + String.join(", ", Stream.of(events).map(event -> event.formatted(trackingNumber)).toList()) + "]}";
    }

    public static String signature(String secret, String body) {
        return TimestampedSignature.sign(secret, Instant.now().getEpochSecond(), body);
    }

    /** Posts DHL's signed webhook with the reports; returns the receipt. */
    public static JsonNode report(Http http, String trackingNumber, String... events) {
        var body = body(trackingNumber, events);
        var response = http.send("POST", "/api/v1/carriers/dhl/tracking-events", body, "X-Signature", signature(SECRET, body));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
