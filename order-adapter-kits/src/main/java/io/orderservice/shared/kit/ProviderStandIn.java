package io.orderservice.shared.kit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A provider's API on this machine, for an adapter's tests: the JDK's HTTP server answering on a free local port with
 * the routes the test gives it, and the knobs a contract kit needs to make it misbehave ({@link #enact}). An adapter
 * kept in its own repository builds its provider's stand-in on it (docs/adapters/README.md); no network, no Docker.
 */
public final class ProviderStandIn implements AutoCloseable {

    /** Nothing listens on port 1 (tcpmux, privileged, unused): a connection there is refused at once. */
    public static final URI UNREACHABLE = URI.create("http://127.0.0.1:1");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger stallsLeft = new AtomicInteger();
    private final AtomicInteger malformedLeft = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile Duration stall = Duration.ZERO;

    private ProviderStandIn(HttpServer server) {
        this.server = server;
    }

    /** Starts a stand-in on a free port of 127.0.0.1; it answers 404 until routes are given. */
    public static ProviderStandIn start() {
        try {
            var standIn = new ProviderStandIn(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            standIn.server.createContext("/", standIn::handle);
            standIn.server.setExecutor(standIn.threads);
            standIn.server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code method path} (the path exactly, without the query) with what {@code answer} makes of the request. */
    public ProviderStandIn on(String method, String path, Function<Request, Reply> answer) {
        routes.put(method + " " + path, answer);
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request it received, oldest first (including those it failed on purpose). */
    public List<Request> received() {
        return List.copyOf(received);
    }

    /**
     * Misbehaves so from the next request on, as a contract kit asks. {@link ProviderMisbehaviour#ANSWERS_UNKNOWN_STATUS}
     * and {@link ProviderMisbehaviour#UNREACHABLE} are the provider's own to enact (an answer of its routes; an adapter
     * pointed at {@link #UNREACHABLE}): false for them, true for the others.
     *
     * @param lateBy how long a late answer waits ({@link ProviderMisbehaviour#ANSWERS_TOO_LATE}); more than the adapter's
     *               read timeout
     */
    public boolean enact(ProviderMisbehaviour misbehaviour, Duration lateBy) {
        switch (misbehaviour) {
            case FAILS_ONCE_THEN_ANSWERS -> failNext(1, 503);
            case FAILS_EVERY_TIME -> failNext(Integer.MAX_VALUE, 500);
            case ANSWERS_TOO_LATE -> stallNext(Integer.MAX_VALUE, lateBy);
            case ANSWERS_MALFORMED -> answerMalformedNext(Integer.MAX_VALUE);
            case RATE_LIMITS_EVERY_TIME -> failNext(Integer.MAX_VALUE, 429);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The next {@code times} requests are answered {@code status} with an error body, and not acted on. */
    public void failNext(int times, int status) {
        failureStatus = status;
        failuresLeft.set(times);
    }

    /** The next {@code times} requests are acted on, but answered only after {@code delay}. */
    public void stallNext(int times, Duration delay) {
        stall = delay;
        stallsLeft.set(times);
    }

    /** The next {@code times} requests are acted on and answered 200 with a body cut off in the middle. */
    public void answerMalformedNext(int times) {
        malformedLeft.set(times);
    }

    /** Back to answering well. */
    public void behave() {
        failuresLeft.set(0);
        stallsLeft.set(0);
        malformedLeft.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            if (takeOne(failuresLeft)) {
                send(exchange, new Reply(failureStatus, "{\"error\": {\"message\": \"the stand-in fails on purpose\"}}"));
                return;
            }
            var route = routes.get(request.method() + " " + request.path());
            var reply = route == null ? new Reply(404, "{\"error\": {\"message\": \"no such route\"}}") : route.apply(request);
            if (takeOne(stallsLeft)) {
                sleep(stall);
            }
            if (takeOne(malformedLeft)) {
                reply = new Reply(200, reply.body().substring(0, reply.body().length() / 2));
            }
            send(exchange, reply);
        }
    }

    private static boolean takeOne(AtomicInteger left) {
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        var body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** A request as the stand-in received it; header names as the JDK's server spells them (first letter upper case). */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        /** The first value of a header, case-insensitively; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** An answer: a status, a JSON body (or another content type), extra headers. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {

        public Reply(int status, String jsonBody) {
            this(status, "application/json", jsonBody, Map.of());
        }
    }
}
