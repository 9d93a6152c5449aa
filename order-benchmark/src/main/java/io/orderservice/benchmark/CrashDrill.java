package io.orderservice.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kills the packaged service with SIGKILL while clients place orders, restarts it, and retries every request whose
 * answer was lost with its {@code Idempotency-Key} and body, as a client that follows docs/api.md would. Then it
 * checks what a customer cares about: exactly one order per key (none twice, none lost), every placement saga
 * finished, every outbox publication completed.
 * <p>
 * Every request is for a customer of its own, so that "one order per key" is "one order per customer", counted in the
 * database. The service runs with shorter recovery waits than its defaults (a key's in-flight timeout 5 s, a saga
 * step's timeout and the age at which the outbox resubmits 10 s, checked every 5 s), so that recovery shows in seconds instead of minutes; the
 * mechanisms are the same.
 */
final class CrashDrill {

    /** What the drill did and found. */
    record Result(int kills, long requests, long answered, int retriedKeys, int keys, long orders, long duplicates,
                  long keysWithoutOrder, long sagasUnfinished, long publicationsIncomplete,
                  Map<Integer, Long> firstAnswers, Map<Integer, Long> retryAnswers, double seconds) {

        boolean exactlyOnce() {
            return duplicates == 0 && keysWithoutOrder == 0 && sagasUnfinished == 0 && publicationsIncomplete == 0;
        }
    }

    /** One intended placement: its key, its body and the customer only it orders for. */
    private record Intent(String key, String customer, String body) {
    }

    static final List<String> RECOVERY_SETTINGS = List.of("--order-service.idempotency.in-flight-timeout=PT5S",
            "--order-service.placement.step-timeout=PT10S", "--order-service.outbox.resubmit-older-than=PT10S", "--order-service.outbox.resubmit-every=PT5S");
    private static final Duration SETTLING = Duration.ofMinutes(3);

    private final Options options;
    private final Queue<Intent> intents = new ConcurrentLinkedQueue<>();
    private final Queue<Intent> lost = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicLong> firstAnswers = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    CrashDrill(Options options) {
        this.options = options;
    }

    Result run() throws Exception {
        long started = System.nanoTime();
        var serviceArgs = new ArrayList<>(options.serviceArgs());
        serviceArgs.addAll(RECOVERY_SETTINGS);
        try (var database = Database.start(options)) {
            for (int kill = 1; kill <= options.kills(); kill++) {
                var service = ServiceProcess.start(options.serviceJar(), database, options.serviceJvmArgs(), serviceArgs);
                if (kill == 1) {
                    Workload.seedCatalog(database);
                }
                Benchmark.progress("placing orders with " + options.clients() + " clients, then kill " + kill + " of "
                        + options.kills());
                loadThenKill(service);
            }
            var retryAnswers = new TreeMap<Integer, Long>();
            int retried;
            try (var service = ServiceProcess.start(options.serviceJar(), database, options.serviceJvmArgs(), serviceArgs)) {
                Benchmark.progress("retrying the " + lost.size() + " requests whose answers were lost");
                retried = lost.size();
                for (var intent : lost) {
                    retryAnswers.merge(retryUntilAnswered(service, intent), 1L, Long::sum);
                }
                Benchmark.progress("waiting for every saga and publication to finish");
                awaitSettled(database);
            }
            return count(database, retried, retryAnswers, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The clients place orders for the configured time; then the service is killed under them. */
    private void loadThenKill(ServiceProcess service) throws Exception {
        var stop = new AtomicBoolean();
        var clients = new ArrayList<Thread>();
        for (int i = 0; i < options.clients(); i++) {
            var client = new Thread(() -> {
                while (!stop.get()) {
                    var customer = "crash-" + UUID.randomUUID();
                    var intent = new Intent(UUID.randomUUID().toString(), customer, Workload.orderJson(customer));
                    intents.add(intent);
                    requests.incrementAndGet();
                    try {
                        var answer = service.post("/api/v1/orders", intent.body(), intent.key());
                        firstAnswers.computeIfAbsent(answer.statusCode(), status -> new AtomicLong()).incrementAndGet();
                    } catch (IOException answerLost) {
                        lost.add(intent);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "crash-client-" + i);
            client.start();
            clients.add(client);
        }
        Thread.sleep(options.loadBetweenKills().toMillis());
        stop.set(true);
        service.kill();
        for (var client : clients) {
            client.join();
        }
    }

    /** Sends the request again with its key and body until it has a final answer (409 in flight means: again). */
    private static int retryUntilAnswered(ServiceProcess service, Intent intent) throws Exception {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (true) {
            var answer = service.post("/api/v1/orders", intent.body(), intent.key());
            boolean inFlight = answer.statusCode() == 409 && answer.body().contains("idempotency-key-in-flight");
            if (!inFlight || System.nanoTime() > deadline) {
                return answer.statusCode();
            }
            Thread.sleep(1_000);
        }
    }

    private static void awaitSettled(Database database) throws Exception {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        while (System.nanoTime() < deadline && (unfinishedSagas(database) > 0 || incompletePublications(database) > 0)) {
            Thread.sleep(500);
        }
    }

    private Result count(Database database, int retried, Map<Integer, Long> retryAnswers, double seconds) throws Exception {
        long orders = 0;
        long duplicates = 0;
        var ordersPerCustomer = new ConcurrentHashMap<String, Long>();
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT customer_id, count(*) FROM orders WHERE customer_id LIKE 'crash-%' GROUP BY customer_id")) {
            while (rows.next()) {
                ordersPerCustomer.put(rows.getString(1), rows.getLong(2));
                orders += rows.getLong(2);
                duplicates += rows.getLong(2) - 1;
            }
            connection.commit();
        }
        // A request the service never received (sent after the kill) has no order; its retry placed one. Every
        // intended order must exist once.
        long withoutOrder = intents.stream().filter(intent -> !ordersPerCustomer.containsKey(intent.customer())).count();
        var first = new TreeMap<Integer, Long>();
        firstAnswers.forEach((status, count) -> first.put(status, count.get()));
        return new Result(options.kills(), requests.get(), requests.get() - lost.size(), retried, intents.size(), orders,
                duplicates, withoutOrder, unfinishedSagas(database), incompletePublications(database), first, retryAnswers,
                seconds);
    }

    private static long unfinishedSagas(Database database) throws Exception {
        return single(database, "SELECT count(*) FROM placement_saga WHERE status IN ('RUNNING', 'COMPENSATING', 'PARKED')");
    }

    private static long incompletePublications(Database database) throws Exception {
        return single(database, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
    }

    private static long single(Database database, String sql) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            long value = rows.getLong(1);
            connection.commit();
            return value;
        }
    }

    static String render(Result result) {
        return """
                ## Crash drill

                | kills (SIGKILL) | requests | answered | answers lost, retried with their key | keys | orders | duplicates | keys without an order | sagas unfinished | publications incomplete |
                |---|---|---|---|---|---|---|---|---|---|
                | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |

                First answers by status: %s; answers to the retries: %s. %.0f s in all. %s
                """.formatted(result.kills(), result.requests(), result.answered(), result.retriedKeys(), result.keys(),
                result.orders(), result.duplicates(), result.keysWithoutOrder(), result.sagasUnfinished(),
                result.publicationsIncomplete(), result.firstAnswers(), result.retryAnswers(), result.seconds(),
                result.exactlyOnce() ? "Exactly one order per key." : "NOT exactly once: see the counts above.");
    }
}
