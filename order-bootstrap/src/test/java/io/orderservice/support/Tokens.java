package io.orderservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the embedded authorization server of the service under test: a client-credentials grant
 * at {@code /oauth2/token}, as a storefront or an operator's tool gets one. Clients are the demo clients of
 * application.yaml and the test clients of application-test.yaml (secret: the client id + "-secret"). Tokens are kept
 * per service and client, so a test class asks the server once per client.
 */
public final class Tokens {

    /** A test client holding every staff role (support lead, approver, warehouse, admin): what most tests act as. */
    public static final String STAFF = "test-staff";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for {@code clientId} from the service at {@code base} (http://localhost:port). */
    public static String of(String base, String clientId) {
        return ISSUED.computeIfAbsent(base + " " + clientId, key -> issue(base, clientId));
    }

    /** The {@code Authorization} header's value for {@code clientId}. */
    public static String bearer(String base, String clientId) {
        return "Bearer " + of(base, clientId);
    }

    private static String issue(String base, String clientId) {
        var credentials = Base64.getEncoder().encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
