package io.orderservice.returns.gateway;

import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shared.kit.ProviderStandIn;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A carrier's return label API on this machine, as {@link HttpReturnLabels} speaks it: {@code POST /v1/return-labels}
 * with a bearer key books one label per {@code Idempotency-Key} (asked again, it answers the label it booked).
 */
final class LabelApiStandIn implements AutoCloseable {

    static final String API_KEY = "lk_test";

    final ProviderStandIn server = ProviderStandIn.start();
    private final Map<String, String> labelsByKey = new ConcurrentHashMap<>();

    LabelApiStandIn() {
        server.on("POST", "/v1/return-labels", request -> {
            if (!("Bearer " + API_KEY).equals(request.header("Authorization"))) {
                return new Reply(401, "{\"error\": \"unauthorised\"}");
            }
            return new Reply(201, labelsByKey.computeIfAbsent(String.valueOf(request.header("Idempotency-Key")), key -> {
                var number = "JVGL" + (100_000 + labelsByKey.size());
                return "{\"trackingNumber\": \"" + number + "\", \"labelUrl\": \"https://labels.example.com/" + number + ".pdf\"}";
            }));
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
