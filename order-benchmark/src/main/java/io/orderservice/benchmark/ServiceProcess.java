package io.orderservice.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged service in a JVM of its own, as `java -jar` runs it: default settings, pointed at the
 * benchmark's database. Its log goes to order-benchmark/target/service-N.log.
 */
final class ServiceProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int started;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The Authorization header value of the API's caller, fetched once the service is ready. */
    private String apiCaller;

    private ServiceProcess(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    static ServiceProcess start(Path jar, Database database, List<String> jvmArgs, List<String> extraArgs)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath() + ": build it first (order-benchmark/run does)");
        }
        int port = freePort();
        int managementPort = freePort();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmArgs);
        // The local profile: the service's embedded authorization server issues the benchmark's tokens, as in the
        // default run, although the database is the benchmark's own.
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort, "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
                "--spring.profiles.active=local"));
        command.addAll(extraArgs);
        var log = Path.of("target", "service-" + (++started) + ".log");
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new ServiceProcess(process, port, managementPort);
        var starting = System.nanoTime();
        service.awaitReady(Duration.ofSeconds(120), log);
        Benchmark.progress("service " + started + " ready after %.1f s".formatted((System.nanoTime() - starting) / 1e9));
        return service;
    }

    private void awaitReady(Duration timeout, Path log) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    apiCaller = bearerToken(API_CLIENT);
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** Actuator endpoints are on the management port, which needs no token; everything else on the application's. */
    URI uri(String path) {
        return URI.create("http://localhost:" + (path.startsWith("/actuator/") ? managementPort : port) + path);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with an {@code Idempotency-Key}; an IOException when the service is gone mid-request. */
    HttpResponse<String> post(String path, String json, String idempotencyKey) throws IOException, InterruptedException {
        return http.send(authorised(HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the process as a power cut would: SIGKILL, no shutdown hooks, nothing flushed or answered. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return apiCaller == null ? request : request.header("Authorization", apiCaller);
    }

    /**
     * The demo client the load acts as: support, who places and reads orders for any of the benchmark's customers
     * (a customer's own token reaches only their orders). Every request carries the token and is verified.
     */
    static final String API_CLIENT = "support";

    /**
     * The Authorization header of every request: the API caller's token (the management port ignores it); null for a
     * build from before identities (issue 16), which issues none and needs none, so that it can be measured against.
     */
    String authorization() {
        return apiCaller;
    }

    /** The Authorization header of another demo client (see application.yml's clients), e.g. {@code storefront}. */
    String authorizationOf(String client) throws IOException, InterruptedException {
        var token = bearerToken(client);
        if (token == null) {
            throw new IllegalStateException("the service issues no tokens, so it has no " + client + " client");
        }
        return token;
    }

    private String bearerToken(String client) throws IOException, InterruptedException {
        var credentials = Base64.getEncoder().encodeToString((client + ":" + client + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            System.out.println("The service issues no tokens (a build from before issue 16): requests carry none.");
            return null;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the service issued no token to " + client + ": " + response.body());
        }
        return "Bearer " + JSON.readTree(response.body()).get("access_token").asString();
    }

    /** A Micrometer meter's value from /actuator/metrics, 0 when the meter does not exist yet. */
    double metric(String name, String... tags) throws IOException, InterruptedException {
        var path = new StringBuilder("/actuator/metrics/").append(name);
        for (int i = 0; i < tags.length; i++) {
            path.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
        }
        var response = get(path.toString());
        if (response.statusCode() == 404) {
            return 0;
        }
        return JSON.readTree(response.body()).at("/measurements/0/value").asDouble();
    }

    /** Heap in use right after a full collection, in bytes. */
    long heapAfterGc() throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        return (long) metric("jvm.memory.used", "area:heap");
    }

    /** CPU time the service's process has used so far (all threads, user and system), in nanoseconds. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Resident set size of the service's process in bytes, or -1 where /proc is not available. */
    long residentSetSize() throws IOException {
        var status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
