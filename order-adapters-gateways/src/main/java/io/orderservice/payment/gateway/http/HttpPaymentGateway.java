package io.orderservice.payment.gateway.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.TransientPaymentGatewayException;
import io.orderservice.shared.Money;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card gateway over HTTP in the style of the big providers' REST APIs (Stripe's conventions):
 * form-encoded requests, a bearer API key, an {@code Idempotency-Key} header on every call, payment
 * intents authorised with manual capture, JSON answers, errors as {@code {"error": {"code", "message"}}}.
 * <p>
 * Every call runs through Resilience4j, configured per gateway in application.yaml (docs/payments.md), which retries and
 * counts the port's {@link TransientPaymentGatewayException}:
 * a bulkhead and a client-side rate limiter guard the provider, a circuit breaker stops calling a failing
 * one, and a retry with exponential backoff and jitter repeats transient failures (unreachable, timeout,
 * 429, 5xx) with the same idempotency key, which the provider answers as the first call. Timeouts are
 * the HTTP client's (connect and read). Declines and other 4xx answers are never retried.
 */
public class HttpPaymentGateway implements PaymentGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final RateLimiter rateLimiter;
    private final Bulkhead bulkhead;

    public HttpPaymentGateway(String name, HttpGatewayProperties properties, Retry retry, CircuitBreaker circuitBreaker,
                              RateLimiter rateLimiter, Bulkhead bulkhead) {
        this.name = name;
        var client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(properties.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey()).build();
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.rateLimiter = rateLimiter;
        this.bulkhead = bulkhead;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public GatewayResult authorise(AuthorisationRequest request) {
        var form = amount(request.amount());
        form.add("payment_method", request.token().value());
        form.add("payment_method_types[]", request.methodType().name().toLowerCase(Locale.ROOT));
        form.add("capture_method", "manual");
        form.add("confirm", "true");
        form.add("metadata[payment_id]", request.paymentId().toString());
        form.add("metadata[order_id]", request.orderId().toString());
        form.add("metadata[customer_id]", request.customerId().value());
        return call("/v1/payment_intents", form, request.idempotencyKey(), answer -> {
            var intent = answer.body();
            var status = intent.path("status").asString("");
            return switch (status) {
                case "requires_capture", "succeeded" -> new Approved(intent.path("id").asString());
                case "requires_action" -> new RequiresAction(intent.path("id").asString(),
                        intent.path("next_action").path("redirect_to_url").path("url").asString(""));
                // The decline that comes inside a 2xx: the intent wants another payment method, or was cancelled.
                case "requires_payment_method", "canceled" -> refusal(intent.path("last_payment_error"), "authorisation_failed",
                        "the payment was not authorised");
                // The provider decides later; its webhook for this intent settles the payment.
                case "processing" -> new Pending(intent.path("id").asString());
                // A status newer than this adapter: the money may still move, so neither yes nor no; the provider's
                // webhook for this intent settles the payment.
                default -> throw new PaymentGatewayUnavailableException(name, "the provider answered the authorisation with "
                        + "status '" + status + "', which this adapter does not know", true, null);
            };
        });
    }

    @Override
    public GatewayResult capture(CaptureRequest request) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("amount_to_capture", Long.toString(request.amount().amountMinor()));
        return call("/v1/payment_intents/" + request.authorisationReference() + "/capture", form, request.idempotencyKey(),
                answer -> new Approved(answer.body().path("latest_charge").asString(answer.body().path("id").asString())));
    }

    @Override
    public GatewayResult voidAuthorisation(VoidRequest request) {
        return call("/v1/payment_intents/" + request.authorisationReference() + "/cancel", new LinkedMultiValueMap<>(),
                request.idempotencyKey(), answer -> new Approved(answer.body().path("id").asString()));
    }

    @Override
    public GatewayResult refund(RefundRequest request) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("payment_intent", request.authorisationReference());
        form.add("amount", Long.toString(request.amount().amountMinor()));
        form.add("metadata[payment_id]", request.paymentId().toString());
        return call("/v1/refunds", form, request.idempotencyKey(), answer -> {
            var refund = answer.body();
            var id = refund.path("id").asString();
            return switch (refund.path("status").asString("")) {
                case "succeeded" -> new Approved(id);
                case "failed", "canceled" -> new Refused(refund.path("failure_reason").asString("refund_failed"),
                        "the provider could not make the refund");
                // pending, requires_action, or a status newer than this adapter: the outcome arrives by webhook.
                default -> new Pending(id);
            };
        });
    }

    private record Answer(int status, JsonNode body) {
    }

    private interface SuccessMapping {
        GatewayResult map(Answer answer);
    }

    private GatewayResult call(String path, MultiValueMap<String, String> form, String idempotencyKey, SuccessMapping onSuccess) {
        Supplier<GatewayResult> attempt = () -> onAnswer(post(path, form, idempotencyKey), onSuccess);
        Supplier<GatewayResult> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker,
                RateLimiter.decorateSupplier(rateLimiter, Bulkhead.decorateSupplier(bulkhead, attempt))));
        try {
            return guarded.get();
        } catch (CallNotPermittedException | RequestNotPermitted | BulkheadFullException e) {
            // Refused on this side: the request never left.
            throw new PaymentGatewayUnavailableException(name, e.getMessage(), false, e);
        }
    }

    private Answer post(String path, MultiValueMap<String, String> form, String idempotencyKey) {
        try {
            return http.post().uri(path).header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                            readable(response.bodyTo(String.class))));
        } catch (ResourceAccessException e) {
            boolean neverArrived = e.getCause() instanceof ConnectException || e.getCause() instanceof HttpConnectTimeoutException;
            throw new TransientPaymentGatewayException(name, path + ": " + e.getMessage(), !neverArrived, e);
        }
    }

    /** The answer's JSON, or null when it has none or is not JSON (a proxy's HTML page, a body cut off). */
    private static JsonNode readable(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private GatewayResult onAnswer(Answer answer, SuccessMapping onSuccess) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            if (answer.body() == null || !answer.body().isObject()) {
                // Cut off or not JSON: whatever it said happened may have happened. The retry's replay may read better.
                throw new TransientPaymentGatewayException(name, "the provider answered " + status + " with a body that is not its JSON",
                        true, null);
            }
            return onSuccess.map(answer);
        }
        if (status == 429) {
            throw new TransientPaymentGatewayException(name, "rate limited by the provider (429)", false, null);
        }
        var error = answer.body() == null ? null : answer.body().path("error");
        String code = error == null ? "" : error.path("code").asString("");
        if (status >= 500 || status == 409 && code.equals("idempotency_key_in_use")) {
            throw new TransientPaymentGatewayException(name, "the provider answered " + status + " " + code, true, null);
        }
        if (status == 401 || status == 403) {
            // Our configuration is wrong, not the customer's card: nothing was processed, another gateway may take it.
            throw new PaymentGatewayUnavailableException(name, "the provider refused our credentials (" + status + ")", false, null);
        }
        return error == null ? new Refused("http_" + status, "the provider answered " + status)
                : refusal(error, "http_" + status, "the provider answered " + status);
    }

    /** A provider's error object as a refusal: the issuer's decline code when there is one, else the error code. */
    private static Refused refusal(JsonNode error, String fallbackCode, String fallbackMessage) {
        var code = error.path("code").asString("");
        return new Refused(error.path("decline_code").asString(code.isEmpty() ? fallbackCode : code),
                error.path("message").asString(fallbackMessage));
    }

    private static LinkedMultiValueMap<String, String> amount(Money amount) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("amount", Long.toString(amount.amountMinor()));
        form.add("currency", amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        return form;
    }
}
