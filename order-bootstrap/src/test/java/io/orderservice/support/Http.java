package io.orderservice.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for end-to-end tests: real requests over the loopback, nothing mocked. Every response
 * is checked against docs/openapi.yaml (status documented for the operation, headers, body schema): a test
 * that gets an undocumented answer fails, so the document cannot drift from what the service does.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OpenApiInteractionValidator DOCUMENT = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("..", "docs", "openapi.yaml").toAbsolutePath().toUri().toString())
            .build();

    private static final HttpClient SHARED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The client whose token each request carries; null for none. */
    private final String client;

    /** Requests as {@link Tokens#STAFF}, who may do everything but what only a customer may. */
    public Http(int port) {
        this(port, Tokens.STAFF);
    }

    private Http(int port, String client) {
        this.base = "http://localhost:" + port;
        this.client = client;
    }

    /** Requests with the token of {@code clientId} (a demo or test client), e.g. "customer-42" or "warehouse". */
    public static Http as(int port, String clientId) {
        return new Http(port, clientId);
    }

    /** Requests without any token. */
    public static Http anonymous(int port) {
        return new Http(port, null);
    }

    public record Response(int status, String contentType, String location, String etag, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, with a JSON body or none, and headers as name-value pairs (e.g. "If-Match", "\"3\""). */
    public Response send(String method, String path, String jsonBody, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Sends a request built by the caller (any headers) through the shared client: its response is checked
     * against docs/openapi.yaml like every other. For tests that need the raw response's headers.
     */
    public static HttpResponse<String> exchange(HttpRequest.Builder request) {
        return exchange(request, Tokens.STAFF);
    }

    /** As {@link #exchange(HttpRequest.Builder)}, with the token of {@code clientId} unless the request has one (null: none). */
    public static HttpResponse<String> exchange(HttpRequest.Builder request, String clientId) {
        try {
            var sent = request.timeout(Duration.ofSeconds(30)).build();
            if (clientId != null && sent.headers().firstValue("Authorization").isEmpty()) {
                var uri = sent.uri();
                sent = HttpRequest.newBuilder(sent, (name, value) -> true)
                        .header("Authorization", Tokens.bearer(uri.getScheme() + "://" + uri.getAuthority(), clientId)).build();
            }
            var response = SHARED.send(sent, HttpResponse.BodyHandlers.ofString());
            requireDocumented(sent, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        var response = exchange(request, client);
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.headers().firstValue("ETag").orElse(null),
                response.body());
    }

    /** The API's responses, under /api/; the documents themselves and actuator endpoints are not part of it. */
    private static void requireDocumented(HttpRequest request, HttpResponse<String> response) {
        if (!request.uri().getPath().startsWith("/api/")) {
            return;
        }
        var documented = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(documented::withHeader);
        var report = DOCUMENT.validateResponse(request.uri().getPath(), Request.Method.valueOf(request.method()),
                documented.build());
        if (report.hasErrors()) {
            throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                    + " not as docs/openapi.yaml documents it:\n" + report + "\nbody: " + response.body());
        }
    }

    /** A valid order body; {@code lines} is the JSON array of lines. */
    public static String orderJson(String customerId, String currency, String lines, String paymentToken) {
        return """
                {"customerId": "%s", "currency": "%s", "lines": %s,
                 "shippingAddress": {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London",
                                     "postalCode": "N1 9GU", "countryCode": "GB"},
                 "paymentToken": "%s"}""".formatted(customerId, currency, lines, paymentToken);
    }
}
