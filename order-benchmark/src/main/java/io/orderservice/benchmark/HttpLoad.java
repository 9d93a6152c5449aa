package io.orderservice.benchmark;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives the service over HTTP with the JDK's HttpURLConnection (keep-alive) and records latencies in HdrHistogram.
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

    /** Enough keep-alive workers that the schedule, not a free worker, decides when a request leaves. */
    private static final int OPEN_LOOP_WORKERS = 64;

    private final ServiceProcess service;

    HttpLoad(ServiceProcess service) {
        this.service = service;
        // Keep-alive connections per destination: at least one per worker (the JDK's default is 5).
        System.setProperty("http.maxConnections", "512");
    }


    /**
     * A request: method, path, an optional JSON body, and headers beyond the service's Authorization (an
     * Authorization among them replaces it).
     */
    record Call(String method, String path, String json, Map<String, String> headers) {
        static Call get(String path) {
            return new Call("GET", path, null, Map.of());
        }

        static Call post(String path, String json) {
            return new Call("POST", path, json, Map.of());
        }
    }

    /** The answer to a call: its status, body and the headers a next call may need. */
    record Answer(int status, String body, String location, String etag) {
    }

    /** Sends one call of a worker over its keep-alive connection. */
    interface Sender {
        Answer send(Call call) throws IOException;
    }

    /**
     * The work a closed-loop worker repeats: one request, or several that depend on each other's answers (a whole
     * checkout). Answers whether it succeeded; an IOException counts as a failure.
     */
    interface Journey {
        boolean run(Sender sender) throws IOException;
    }

    /**
     * {@code concurrency} workers send requests back to back for {@code duration}. Uses the JDK's
     * HttpURLConnection (keep-alive): on a machine shared with the service it costs about half the CPU
     * of java.net.http per request, so more of the machine measures the service.
     */
    Result closedLoop(int concurrency, Duration duration, Supplier<Call> calls, int expectedStatus,
                      boolean keepCreatedIds) throws InterruptedException {
        Queue<String> created = new ConcurrentLinkedQueue<>();
        return closedLoop(concurrency, duration, sender -> {
            var answer = sender.send(calls.get());
            if (answer.status() != expectedStatus) {
                return false;
            }
            if (keepCreatedIds && created.size() < 100_000) {
                created.add(idOf(answer.body()));
            }
            return true;
        }, created);
    }

    /**
     * {@code concurrency} workers repeat {@code journey} back to back for {@code duration}; the latency recorded is a
     * whole journey's. {@code created} is what the journeys kept, returned as the result's created ids.
     */
    /** A sender of its own for a caller outside the loops, one call at a time. */
    Sender sender() {
        var buffer = new byte[16 * 1024];
        return call -> exchange(call, buffer);
    }

    Result closedLoop(int concurrency, Duration duration, Journey journey, Queue<String> created)
            throws InterruptedException {
        var latency = new ConcurrentHistogram(3);
        var ok = new AtomicLong();
        var errors = new AtomicLong();
        double seconds = TimedRun.of(concurrency, duration, () -> deadline -> {
            var buffer = new byte[16 * 1024];
            Sender sender = call -> exchange(call, buffer);
            while (System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                boolean succeeded;
                try {
                    succeeded = journey.run(sender);
                } catch (IOException e) {
                    succeeded = false;
                }
                latency.recordValue((System.nanoTime() - sent) / 1000);
                (succeeded ? ok : errors).incrementAndGet();
            }
        });
        return new Result(concurrency, seconds, ok.get(), errors.get(), latency, new ArrayList<>(created));
    }

    private Answer exchange(Call call, byte[] buffer) throws IOException {
        var connection = (HttpURLConnection) service.uri(call.path()).toURL().openConnection();
        connection.setRequestMethod(call.method());
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (service.authorization() != null) {
            connection.setRequestProperty("Authorization", service.authorization());
        }
        call.headers().forEach(connection::setRequestProperty);
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
            return new Answer(status, text.toString(StandardCharsets.UTF_8), connection.getHeaderField("Location"),
                    connection.getHeaderField("ETag"));
        }
    }

    /**
     * Requests at a fixed rate for {@code duration}; latency from each request's scheduled departure
     * (wrk2's model). Slots of the schedule are handed to a pool of keep-alive workers; when all of them
     * are busy, the next request leaves late and its lateness counts in its latency.
     */
    Result openLoop(double perSecond, Duration duration, Supplier<Call> calls, int expectedStatus)
            throws InterruptedException {
        var latency = new ConcurrentHistogram(3);
        var ok = new AtomicLong();
        var errors = new AtomicLong();
        var nextSlot = new AtomicLong();
        long interval = (long) (1e9 / perSecond);
        TimedRun.of(OPEN_LOOP_WORKERS, duration, () -> deadline -> {
            var buffer = new byte[16 * 1024];
            long begin = deadline - duration.toNanos();
            while (true) {
                long scheduled = begin + nextSlot.getAndIncrement() * interval;
                if (scheduled >= deadline) {
                    return;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                try {
                    var response = exchange(calls.get(), buffer);
                    latency.recordValue(Math.max(0, (System.nanoTime() - scheduled) / 1000));
                    (response.status() == expectedStatus ? ok : errors).incrementAndGet();
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            }
        });
        return new Result(0, duration.toNanos() / 1e9, ok.get(), errors.get(), latency, List.of());
    }

    static String idOf(String orderJson) {
        int start = orderJson.indexOf("\"id\":\"") + 6;
        return orderJson.substring(start, orderJson.indexOf('"', start));
    }
}
