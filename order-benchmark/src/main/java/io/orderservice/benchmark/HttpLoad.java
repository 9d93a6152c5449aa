package io.orderservice.benchmark;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives the service over HTTP with the JDK's clients and records latencies in HdrHistogram.
 * Closed loop: N workers, each sends its next request when the previous answered (throughput at a
 * concurrency). Open loop: requests leave on a fixed schedule whatever the answers, and latency is
 * counted from the scheduled time, so a stall shows up in the percentiles (no coordinated omission).
 */
final class HttpLoad {

    /** One measured run. Latencies in microseconds. */
    record Result(int concurrency, double seconds, long ok, long errors, Histogram latency, List<String> createdIds) {

        double perSecond() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latency.getMaxValue() / 1000.0;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceProcess service;

    HttpLoad(ServiceProcess service) {
        this.service = service;
        // Keep-alive connections per destination: at least one per worker (the JDK's default is 5).
        System.setProperty("http.maxConnections", "512");
    }

    static HttpRequest placement(URI orders) {
        return HttpRequest.newBuilder(orders).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Workload.orderJson())).timeout(Duration.ofSeconds(30)).build();
    }

    /** A request of the closed loop: method, path and an optional JSON body. */
    record Call(String method, String path, String json) {
        static Call get(String path) {
            return new Call("GET", path, null);
        }

        static Call post(String path, String json) {
            return new Call("POST", path, json);
        }
    }

    /**
     * {@code concurrency} workers send requests back to back for {@code duration}. Uses the JDK's
     * HttpURLConnection (keep-alive): on a machine shared with the service it costs about half the CPU
     * of java.net.http per request, so more of the machine measures the service.
     */
    Result closedLoop(int concurrency, Duration duration, Supplier<Call> calls, int expectedStatus,
                      boolean keepCreatedIds) throws InterruptedException {
        var latency = new ConcurrentHistogram(3);
        var ok = new AtomicLong();
        var errors = new AtomicLong();
        Queue<String> created = new ConcurrentLinkedQueue<>();
        double seconds = TimedRun.of(concurrency, duration, () -> deadline -> {
            var buffer = new byte[16 * 1024];
            while (System.nanoTime() < deadline) {
                var call = calls.get();
                long sent = System.nanoTime();
                try {
                    var response = exchange(call, buffer);
                    latency.recordValue((System.nanoTime() - sent) / 1000);
                    if (response.status() == expectedStatus) {
                        ok.incrementAndGet();
                        if (keepCreatedIds && created.size() < 100_000) {
                            created.add(idOf(response.body()));
                        }
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            }
        });
        return new Result(concurrency, seconds, ok.get(), errors.get(), latency, new ArrayList<>(created));
    }

    private record Answer(int status, String body) {
    }

    private Answer exchange(Call call, byte[] buffer) throws IOException {
        var connection = (HttpURLConnection) service.uri(call.path()).toURL().openConnection();
        connection.setRequestMethod(call.method());
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (call.json() != null) {
            var body = call.json().getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            // No streaming mode: the body is buffered and leaves in one packet with the headers. Streamed,
            // it follows them in a second small write that Nagle's algorithm holds for the server's delayed ACK.
            try (var out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        // Reading the body to its end returns the connection to the keep-alive cache.
        try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            var text = new java.io.ByteArrayOutputStream();
            int read;
            while (in != null && (read = in.read(buffer)) >= 0) {
                text.write(buffer, 0, read);
            }
            return new Answer(status, text.toString(StandardCharsets.UTF_8));
        }
    }

    /** Requests at a fixed rate for {@code duration}; latency from each request's scheduled departure. */
    Result openLoop(double perSecond, Duration duration, Supplier<HttpRequest> requests, int expectedStatus)
            throws InterruptedException {
        var latency = new ConcurrentHistogram(3);
        var ok = new AtomicLong();
        var errors = new AtomicLong();
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var inFlight = new java.util.concurrent.Phaser(1);
        for (long scheduled = start; scheduled < end; scheduled += interval) {
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long departure = scheduled;
            inFlight.register();
            client.sendAsync(requests.get(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                latency.recordValue(Math.max(0, (System.nanoTime() - departure) / 1000));
                if (failure == null && response.statusCode() == expectedStatus) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                inFlight.arriveAndDeregister();
            });
        }
        try {
            inFlight.awaitAdvanceInterruptibly(inFlight.arrive(), 60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("requests still unanswered 60 s after the open-loop run", e);
        }
        double seconds = duration.toNanos() / 1e9;
        return new Result(0, seconds, ok.get(), errors.get(), latency, List.of());
    }

    static String idOf(String orderJson) {
        int start = orderJson.indexOf("\"id\":\"") + 6;
        return orderJson.substring(start, orderJson.indexOf('"', start));
    }
}
