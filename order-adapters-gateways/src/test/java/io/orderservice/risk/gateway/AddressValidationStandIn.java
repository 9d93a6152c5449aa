package io.orderservice.risk.gateway;

import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shared.kit.ProviderStandIn.Request;
import io.orderservice.shared.kit.ProviderStandIn;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An address validation service on this machine, speaking the Address Validation API protocol as far as the adapter
 * uses it: it knows a few postal codes (their form and town), finds no street called "Nowhere Street", and answers the
 * verdict and postal address the real service would. {@link #answerNextAction} makes it answer a next action newer than
 * the adapter.
 */
final class AddressValidationStandIn implements AutoCloseable {

    static final String API_KEY = "av_test_key";

    private record Place(String postalCode, String locality, String area) {
    }

    /** Postal codes it knows, written without spaces in upper case, by country. */
    private static final Map<String, Place> GAZETTEER = Map.of(
            "GB:N19GU", new Place("N1 9GU", "London", null),
            "NL:1012AB", new Place("1012 AB", "Amsterdam", null),
            "DE:10115", new Place("10115", "Berlin", null),
            "US:94105", new Place("94105-1804", "San Francisco", "CA"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final ProviderStandIn server = ProviderStandIn.start();
    private final AtomicReference<String> nextAction = new AtomicReference<>();

    AddressValidationStandIn() {
        server.on("POST", "/v1:validateAddress", this::validate);
    }

    /** From now on, every verdict's next action is this one. */
    void answerNextAction(String action) {
        nextAction.set(action);
    }

    private Reply validate(Request request) {
        if (!API_KEY.equals(request.header("X-Goog-Api-Key"))) {
            return new Reply(403, "{\"error\": {\"code\": 403, \"status\": \"PERMISSION_DENIED\"}}");
        }
        var address = JSON.readTree(request.body()).path("address");
        var region = address.path("regionCode").asString("");
        var written = address.path("postalCode").asString("").replace(" ", "").toUpperCase(Locale.ROOT);
        // a US ZIP+4 is known by its first five digits
        var place = GAZETTEER.get(region + ":" + (region.equals("US") && written.length() > 5 ? written.substring(0, 5) : written));
        var lines = address.path("addressLines");
        var street = lines.path(0).asString("").strip().replaceAll("\\s+", " ");
        var result = JSON.createObjectNode();
        var verdict = result.putObject("verdict");
        var found = result.putObject("address");
        if (place == null || street.contains("Nowhere Street")) {
            verdict.put("inputGranularity", "PREMISE").put("validationGranularity", "OTHER").put("possibleNextAction", "FIX");
            if (place == null) {
                found.putArray("unconfirmedComponentTypes").add("postal_code");
            }
            if (street.contains("Nowhere Street")) {
                found.putArray("missingComponentTypes").add("route");
            }
        } else {
            verdict.put("inputGranularity", "PREMISE").put("validationGranularity", "PREMISE").put("addressComplete", true)
                    .put("possibleNextAction", "ACCEPT");
            var postal = found.putObject("postalAddress");
            postal.put("regionCode", region).put("postalCode", place.postalCode()).put("locality", place.locality());
            if (place.area() != null) {
                postal.put("administrativeArea", place.area());
            }
            var addressLines = postal.putArray("addressLines").add(street);
            if (!lines.path(1).isMissingNode()) {
                addressLines.add(lines.path(1).asString().strip());
            }
        }
        if (nextAction.get() != null) {
            verdict.put("possibleNextAction", nextAction.get());
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("result", result);
        answer.put("responseId", "stand-in");
        return new Reply(200, JSON.writeValueAsString(answer));
    }

    @Override
    public void close() {
        server.close();
    }
}
