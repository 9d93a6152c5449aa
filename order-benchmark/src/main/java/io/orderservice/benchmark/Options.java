package io.orderservice.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What to measure and for how long, from {@code --name=value} arguments; see {@link #USAGE}. */
record Options(boolean throughput, boolean growth, List<Integer> levels, List<Integer> storefrontLevels, int cartLines,
               Duration warmup, Duration duration,
               List<Integer> sizes, Duration growthDuration, int countedOrders, String jdbcUrl, String jdbcUser,
               String jdbcPassword, Path serviceJar, List<String> serviceJvmArgs, List<String> serviceArgs,
               boolean crash, int kills, int clients, Duration loadBetweenKills) {

    static final String USAGE = """
            usage: order-benchmark/run [throughput|growth|all|crash] [--name=value ...]
              --levels=4,16,64        concurrency levels of the throughput runs
              --storefront-levels=1,4,16  concurrency levels of the storefront checkouts (empty: none)
              --cart-lines=3          lines a storefront checkout adds to its cart, one call each
              --warmup=15             seconds of warm-up before the first level
              --duration=20           seconds per level (and for the ceiling at that level)
              --sizes=10000,1000000   stored orders for the growth runs (bulk-seeded by SQL)
              --growth-duration=10    seconds per measurement of the growth runs
              --counted-orders=200    placements whose SQL statements and round trips are counted
              --kills=5               crash: how often the service is killed (SIGKILL) under load and restarted
              --clients=8             crash: clients placing orders, each with its own Idempotency-Key per order
              --load-between-kills=3  crash: seconds of load before each kill
              --jdbc-url=...          use this PostgreSQL instead of starting the embedded one
              --jdbc-user=postgres --jdbc-password=
              --service-jar=order-bootstrap/target/order-bootstrap-0.1.0-SNAPSHOT.jar
              --service-arg=...       passed to the service (repeatable), e.g. --service-arg=--spring.threads.virtual.enabled=true
              --service-jvm-arg=...   passed to the service's JVM (repeatable), e.g. --service-jvm-arg=-XX:StartFlightRecording=filename=target/service.jfr
            """;

    private static final Set<String> NAMES = Set.of("levels", "storefront-levels", "cart-lines", "warmup", "duration",
            "sizes", "growth-duration", "counted-orders", "jdbc-url", "jdbc-user", "jdbc-password", "service-jar", "service-arg", "service-jvm-arg",
            "kills", "clients", "load-between-kills");

    static Options parse(String... args) {
        var mode = "throughput";
        var values = new HashMap<String, String>();
        // The load comes from one address with one sandbox token and a few hundred customers: to fraud
        // screening's velocity rules that is one very busy fraudster, and to the per-client and per-caller rate limits
        // one client far above them (the reads of one token can pass 1,000 a second on a quick run: the likeliest
        // cause of the first-page errors BenchmarkSmokeIT once counted). The screening still runs in full; the
        // limiter's bookkeeping too (limit 0 skips it).
        var serviceArgs = new ArrayList<String>(List.of("--order-service.fraud.velocity-points=0",
                "--order-service.rate-limit.limit=100000000", "--order-service.rate-limit.per-caller=100000000"));
        var serviceJvmArgs = new ArrayList<String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                mode = arg;
                continue;
            }
            var separator = arg.indexOf('=');
            var name = separator < 0 ? arg.substring(2) : arg.substring(2, separator);
            if (separator < 0 || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown or incomplete option " + arg + "\n" + USAGE);
            }
            if (name.equals("service-arg")) {
                serviceArgs.add(arg.substring(separator + 1));
            } else if (name.equals("service-jvm-arg")) {
                serviceJvmArgs.add(arg.substring(separator + 1));
            } else {
                values.put(name, arg.substring(separator + 1));
            }
        }
        if (!Set.of("throughput", "growth", "all", "crash").contains(mode)) {
            throw new IllegalArgumentException("unknown mode " + mode + "\n" + USAGE);
        }
        boolean crash = mode.equals("crash");
        return new Options(!crash && !mode.equals("growth"), !crash && !mode.equals("throughput"),
                ints(values, "levels", "4,16,64"), ints(values, "storefront-levels", "1,4,16"),
                Integer.parseInt(values.getOrDefault("cart-lines", "3")), seconds(values, "warmup", "15"), seconds(values, "duration", "20"),
                ints(values, "sizes", "10000,1000000"), seconds(values, "growth-duration", "10"),
                Integer.parseInt(values.getOrDefault("counted-orders", "200")), values.get("jdbc-url"),
                values.getOrDefault("jdbc-user", "postgres"), values.getOrDefault("jdbc-password", ""),
                Path.of(values.getOrDefault("service-jar", "order-bootstrap/target/order-bootstrap-0.1.0-SNAPSHOT.jar")),
                List.copyOf(serviceJvmArgs), List.copyOf(serviceArgs), crash,
                Integer.parseInt(values.getOrDefault("kills", "5")), Integer.parseInt(values.getOrDefault("clients", "8")),
                seconds(values, "load-between-kills", "3"));
    }

    private static List<Integer> ints(Map<String, String> values, String name, String fallback) {
        return Arrays.stream(values.getOrDefault(name, fallback).split(",")).map(String::strip)
                .filter(value -> !value.isEmpty()).map(Integer::parseInt).toList();
    }

    private static Duration seconds(Map<String, String> values, String name, String fallback) {
        return Duration.ofMillis(Math.round(Double.parseDouble(values.getOrDefault(name, fallback)) * 1000));
    }
}
