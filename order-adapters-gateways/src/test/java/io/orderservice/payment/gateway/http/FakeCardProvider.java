package io.orderservice.payment.gateway.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A local stand-in for a card provider speaking the REST conventions {@link HttpPaymentGateway} expects:
 * payment intents with manual capture, refunds, bearer API key, idempotency keys (the first answer to a
 * key is replayed), Stripe-style error bodies. Test tokens: {@code pm_card_visa} approves,
 * {@code pm_card_chargeDeclined} declines with a 402, {@code pm_card_declinedInBody} declines inside a 200 (status
 * {@code requires_payment_method} with the last payment error), {@code pm_card_authenticationRequired} requires action,
 * {@code pm_card_processing} is decided later ({@code processing}), {@code pm_card_newStatus} answers a status no adapter
 * knows yet.
 * Knobs make it fail, stall, answer malformed, or go away, so the adapter's resilience can be watched from outside.
 */
public final class FakeCardProvider implements AutoCloseable {

    public static final String API_KEY = "sk_test_fake";

    private record Intent(String id, long amount, String currency, String status, long captured, long refunded) {
    }

    private record Response(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Intent> intents = new ConcurrentHashMap<>();
    private final Map<String, Response> answersByKey = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger stallsLeft = new AtomicInteger();
    private final AtomicInteger malformedLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    private volatile Duration stall = Duration.ZERO;
    private volatile BiConsumer<Map<String, String>, String> whileAuthorising = (form, intentId) -> { };
    private volatile boolean refundsPending;

    /**
     * Whether refunds from now on are accepted as {@code pending} (as banks that settle refunds later make providers
     * answer) instead of succeeding at once; the test then tells the outcome by webhook.
     */
    public void leaveRefundsPending(boolean pending) {
        refundsPending = pending;
    }

    /**
     * Runs after an authorisation is made and before it is answered, with the request's form and the new
     * intent's id: the moment a real provider may already be sending its webhook.
     */
    public void whileAuthorising(BiConsumer<Map<String, String>, String> action) {
        whileAuthorising = action;
    }

    public FakeCardProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code count} requests are answered with {@code status} and not processed. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    /** The next {@code count} requests are processed, then answered only after {@code delay}. */
    public void stallNext(int count, Duration delay) {
        stall = delay;
        stallsLeft.set(count);
    }

    /** The next {@code count} requests are processed, then answered 200 with a body cut off in the middle. */
    public void answerMalformedNext(int count) {
        malformedLeft.set(count);
    }

    public int requests() {
        return requests.get();
    }

    /** Authorisations the provider actually made: what a customer's bank would see. */
    public int authorisationsMade() {
        return intents.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, new Response(401, error("invalid_api_key", "Invalid API key provided")));
                return;
            }
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                send(exchange, new Response(failureStatus, error("api_error", "Something went wrong on our end")));
                return;
            }
            var form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            var response = key == null ? process(exchange.getRequestURI().getPath(), form)
                    : answersByKey.computeIfAbsent(key, ignored -> process(exchange.getRequestURI().getPath(), form));
            if (stallsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                Thread.sleep(stall.toMillis());
            }
            if (malformedLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                send(exchange, new Response(200, response.body().substring(0, response.body().length() / 2)));
                return;
            }
            send(exchange, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Response process(String path, Map<String, String> form) {
        if (path.equals("/v1/payment_intents")) {
            var id = "pi_" + UUID.randomUUID().toString().replace("-", "");
            switch (form.getOrDefault("payment_method", "")) {
                case "pm_card_visa" -> {
                    intents.put(id, new Intent(id, Long.parseLong(form.get("amount")), form.get("currency"), "requires_capture", 0, 0));
                    whileAuthorising.accept(form, id);
                    return new Response(200, intentJson(intents.get(id), ""));
                }
                case "pm_card_authenticationRequired" -> {
                    intents.put(id, new Intent(id, Long.parseLong(form.get("amount")), form.get("currency"), "requires_action", 0, 0));
                    return new Response(200, intentJson(intents.get(id),
                            ",\"next_action\":{\"type\":\"redirect_to_url\",\"redirect_to_url\":{\"url\":\"https://hooks.invalid/3ds/" + id + "\"}}"));
                }
                case "pm_card_declinedInBody" -> {
                    intents.put(id, new Intent(id, Long.parseLong(form.get("amount")), form.get("currency"), "requires_payment_method", 0, 0));
                    return new Response(200, intentJson(intents.get(id), ",\"last_payment_error\":{\"type\":\"card_error\","
                            + "\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\"}"));
                }
                case "pm_card_processing", "pm_card_newStatus" -> {
                    var status = form.get("payment_method").equals("pm_card_processing") ? "processing" : "requires_review_v2";
                    intents.put(id, new Intent(id, Long.parseLong(form.get("amount")), form.get("currency"), status, 0, 0));
                    return new Response(200, intentJson(intents.get(id), ""));
                }
                case "pm_card_chargeDeclined" -> {
                    return new Response(402, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                            + "\"decline_code\":\"generic_decline\",\"message\":\"Your card was declined.\"}}");
                }
                default -> {
                    return new Response(400, error("resource_missing", "No such PaymentMethod"));
                }
            }
        }
        if (path.startsWith("/v1/payment_intents/") && path.endsWith("/capture")) {
            var intent = intents.get(path.split("/")[3]);
            long amount = Long.parseLong(form.getOrDefault("amount_to_capture", "0"));
            if (intent == null || !intent.status().equals("requires_capture")) {
                return new Response(400, error("payment_intent_unexpected_state", "This PaymentIntent could not be captured"));
            }
            if (amount > intent.amount()) {
                return new Response(400, error("amount_too_large", "The amount to capture exceeds the authorised amount"));
            }
            intents.put(intent.id(), new Intent(intent.id(), intent.amount(), intent.currency(), "succeeded", amount, 0));
            return new Response(200, intentJson(intents.get(intent.id()), ",\"latest_charge\":\"ch_" + intent.id().substring(3) + "\""));
        }
        if (path.startsWith("/v1/payment_intents/") && path.endsWith("/cancel")) {
            var intent = intents.get(path.split("/")[3]);
            if (intent == null || !intent.status().equals("requires_capture")) {
                return new Response(400, error("payment_intent_unexpected_state", "This PaymentIntent could not be canceled"));
            }
            intents.put(intent.id(), new Intent(intent.id(), intent.amount(), intent.currency(), "canceled", 0, 0));
            return new Response(200, intentJson(intents.get(intent.id()), ""));
        }
        if (path.equals("/v1/refunds")) {
            var intent = intents.get(form.getOrDefault("payment_intent", ""));
            long amount = Long.parseLong(form.getOrDefault("amount", "0"));
            if (intent == null || !intent.status().equals("succeeded")) {
                return new Response(400, error("charge_not_refundable", "Nothing captured to refund"));
            }
            if (amount > intent.captured() - intent.refunded()) {
                return new Response(400, error("amount_too_large", "Refund amount is greater than the unrefunded amount"));
            }
            intents.put(intent.id(), new Intent(intent.id(), intent.amount(), intent.currency(), intent.status(),
                    intent.captured(), intent.refunded() + amount));
            return new Response(200, "{\"id\":\"re_" + UUID.randomUUID().toString().replace("-", "")
                    + "\",\"object\":\"refund\",\"status\":\"" + (refundsPending ? "pending" : "succeeded")
                    + "\",\"amount\":" + amount + "}");
        }
        return new Response(404, error("resource_missing", "Unrecognized request URL"));
    }

    private static String intentJson(Intent intent, String extra) {
        return "{\"id\":\"" + intent.id() + "\",\"object\":\"payment_intent\",\"amount\":" + intent.amount()
                + ",\"currency\":\"" + intent.currency() + "\",\"status\":\"" + intent.status() + "\"" + extra + "}";
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    }

    private static Map<String, String> parse(String form) {
        var values = new HashMap<String, String>();
        for (var pair : form.split("&")) {
            if (!pair.isEmpty()) {
                var parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), body.length);
        exchange.getResponseBody().write(body);
    }
}
