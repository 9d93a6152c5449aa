package io.orderservice.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Measures the packaged service: placement throughput and latency at several concurrencies against
 * the database's own ceiling for the same statements, get-by-id, latency at half the peak rate, memory,
 * SQL statements and round trips per placement, and read latency as the order history grows.
 * Prints one report; docs/performance.md explains how to read it.
 */
public final class Benchmark {

    /** Everything measured; printed by {@link #render}. */
    public record Report(List<Level> levels, List<Storefront> storefront, HttpLoad.Result reads, HttpLoad.Result halfPeak,
                         long heapAfterGc, long residentSetSize, SqlCounts sql, List<Growth> growth) {
    }

    /**
     * Storefront checkouts at one concurrency: whole journeys of {@code callsPerCheckout} calls (latency per journey),
     * the checkout calls alone, the outbox drain after them as for placements, and the failed steps if any.
     */
    public record Storefront(HttpLoad.Result checkouts, Histogram checkoutCalls, int callsPerCheckout, double drainSeconds,
                             double serviceCpuMillisPerCheckout, Map<String, Long> failures) {

        public double sustainedPerSecond() {
            return sustained(checkouts, drainSeconds);
        }
    }

    /**
     * One concurrency level. {@code drainSeconds} is how long the outbox took, after the last placement,
     * to deliver every event: placements faster than their events are delivered are not sustainable, so
     * the sustained rate counts that time and the ratio uses it.
     */
    public record Level(HttpLoad.Result placements, double drainSeconds, double serviceCpuMillisPerOrder,
                        double ceilingPerSecond) {

        public double sustainedPerSecond() {
            return sustained(placements, drainSeconds);
        }

        public double ratio() {
            return sustainedPerSecond() / ceilingPerSecond;
        }
    }

    /** Placements per second over the run and the outbox drain after it: what the service keeps up. */
    static double sustained(HttpLoad.Result placements, double drainSeconds) {
        return placements.ok() / (placements.seconds() + drainSeconds);
    }

    public record SqlCounts(double statementsPerPlacement, double roundTripsPerPlacement, Map<String, Double> byKind,
                            double statementsPerRead, double roundTripsPerRead, double statementsPerCheckout,
                            double roundTripsPerCheckout) {
    }

    public record Growth(long storedOrders, HttpLoad.Result byId, HttpLoad.Result firstPage) {
    }

    private final Options options;

    Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.crash()) {
            System.out.println(CrashDrill.render(new CrashDrill(options).run()));
            return;
        }
        System.out.println(render(new Benchmark(options).run(), options));
    }

    Report run() throws Exception {
        try (var database = Database.start(options)) {
            var levels = new ArrayList<Level>();
            var storefront = new ArrayList<Storefront>();
            HttpLoad.Result reads = null;
            HttpLoad.Result halfPeak = null;
            long heap = -1;
            long rss = -1;
            var growth = new ArrayList<Growth>();
            try (var service = ServiceProcess.start(options.serviceJar(), database, options.serviceJvmArgs(), options.serviceArgs())) {
                Workload.seedCatalog(database);
                var load = new HttpLoad(service);
                Supplier<HttpLoad.Call> placement = () -> HttpLoad.Call.post("/api/v1/orders", Workload.orderJson());
                if (options.throughput()) {
                    progress("warming up for " + options.warmup().toSeconds() + " s");
                    load.closedLoop(options.levels().get(options.levels().size() - 1), options.warmup(), placement, 201, false);
                    awaitOutboxDrained(database);
                    var ids = new ArrayList<String>();
                    var measured = new ArrayList<HttpLoad.Result>();
                    var drains = new ArrayList<Double>();
                    var cpu = new ArrayList<Double>();
                    for (int concurrency : options.levels()) {
                        progress("placing orders at concurrency " + concurrency);
                        long cpuBefore = service.cpuNanos();
                        var placements = load.closedLoop(concurrency, options.duration(), placement, 201, true);
                        drains.add(awaitOutboxDrained(database));
                        cpu.add((service.cpuNanos() - cpuBefore) / 1e6 / Math.max(1, placements.ok()));
                        ids.addAll(placements.createdIds());
                        measured.add(placements);
                    }
                    int best = 0;
                    for (int i = 1; i < measured.size(); i++) {
                        if (sustained(measured.get(i), drains.get(i)) > sustained(measured.get(best), drains.get(best))) {
                            best = i;
                        }
                    }
                    progress("reading orders by id");
                    reads = load.closedLoop(measured.get(best).concurrency(), options.duration(),
                            () -> HttpLoad.Call.get("/api/v1/orders/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
                            200, false);
                    progress("placing at half the peak rate, open loop");
                    halfPeak = load.openLoop(sustained(measured.get(best), drains.get(best)) / 2, options.duration(), placement, 201);
                    awaitOutboxDrained(database);
                    storefront.addAll(storefrontCheckouts(service, load, database));
                    // The ceilings run after everything the service does: their tens of thousands of rows (and the
                    // vacuum and checkpoints they cause) would otherwise slow the service measured after them.
                    var ceiling = new DatabaseCeiling(database);
                    for (int i = 0; i < measured.size(); i++) {
                        progress("database ceiling at concurrency " + measured.get(i).concurrency());
                        levels.add(new Level(measured.get(i), drains.get(i), cpu.get(i),
                                ceiling.transactionsPerSecond(measured.get(i).concurrency(), options.duration())));
                    }
                    heap = service.heapAfterGc();
                    rss = service.residentSetSize();
                }
                if (options.growth()) {
                    var seeder = new GrowthSeeder(database);
                    for (long size : options.sizes()) {
                        progress("growing the order history to " + size + " orders");
                        seeder.growTo(size);
                        var ids = seeder.sampleOrderIds(10_000);
                        var customers = seeder.sampleCustomers(10_000);
                        progress("reading at " + seeder.storedOrders() + " stored orders");
                        // Warm both reads up at every size, so the sizes differ in data, not in JIT compilation.
                        load.closedLoop(4, options.warmup(), () -> ThreadLocalRandom.current().nextBoolean()
                                ? HttpLoad.Call.get("/api/v1/orders/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                                : HttpLoad.Call.get("/api/v1/orders?limit=20&customerId="
                                        + customers.get(ThreadLocalRandom.current().nextInt(customers.size()))), 200, false);
                        var byId = load.closedLoop(4, options.growthDuration(),
                                () -> HttpLoad.Call.get("/api/v1/orders/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))),
                                200, false);
                        var firstPage = load.closedLoop(4, options.growthDuration(),
                                () -> HttpLoad.Call.get("/api/v1/orders?limit=20&customerId="
                                        + customers.get(ThreadLocalRandom.current().nextInt(customers.size()))),
                                200, false);
                        growth.add(new Growth(seeder.storedOrders(), byId, firstPage));
                    }
                }
            }
            progress("counting SQL per placement and per read");
            var sql = countSql(database);
            return new Report(levels, storefront, reads, halfPeak, heap, rss, sql, growth);
        }
    }

    /** Guest checkouts through carts at each of the storefront levels, after a warm-up of the cart's code paths. */
    private List<Storefront> storefrontCheckouts(ServiceProcess service, HttpLoad load, Database database) throws Exception {
        var results = new ArrayList<Storefront>();
        if (options.storefrontLevels().isEmpty()) {
            return results;
        }
        var shop = service.authorizationOf(STOREFRONT_CLIENT);
        var storefrontLevels = options.storefrontLevels();
        progress("warming storefront checkouts up for " + options.warmup().toSeconds() + " s");
        load.closedLoop(storefrontLevels.get(storefrontLevels.size() - 1), options.warmup(),
                new StorefrontCheckout(shop, options.cartLines()), new ConcurrentLinkedQueue<>());
        awaitOutboxDrained(database);
        for (int concurrency : storefrontLevels) {
            progress("storefront checkouts at concurrency " + concurrency);
            var journey = new StorefrontCheckout(shop, options.cartLines());
            long cpuBefore = service.cpuNanos();
            var checkouts = load.closedLoop(concurrency, options.duration(), journey, new ConcurrentLinkedQueue<>());
            double drain = awaitOutboxDrained(database);
            double cpu = (service.cpuNanos() - cpuBefore) / 1e6 / Math.max(1, checkouts.ok());
            results.add(new Storefront(checkouts, journey.checkoutCalls(), journey.callsPerCheckout(), drain, cpu,
                    journey.failures()));
        }
        return results;
    }

    /** The demo client a storefront's calls come from; acting for no customer, its carts are anonymous. */
    static final String STOREFRONT_CLIENT = "storefront";

    private SqlCounts countSql(Database database) throws Exception {
        var args = new ArrayList<>(options.serviceArgs());
        args.add("--order-service.diagnostics.sql-counting=true");
        try (var service = ServiceProcess.start(options.serviceJar(), database, List.of(), args)) {
            var orders = "/api/v1/orders";
            for (int i = 0; i < 20; i++) {
                service.post(orders, Workload.orderJson());
            }
            awaitQuiet(service);
            var before = sqlSnapshot(service);
            var ids = new ArrayList<String>();
            for (int i = 0; i < options.countedOrders(); i++) {
                var response = service.post(orders, Workload.orderJson());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("placement failed while counting: " + response.body());
                }
                ids.add(HttpLoad.idOf(response.body()));
            }
            awaitQuiet(service);
            var afterPlacements = sqlSnapshot(service);
            for (var id : ids) {
                service.get(orders + "/" + id);
            }
            var afterReads = sqlSnapshot(service);
            var sender = new HttpLoad(service).sender();
            var shop = service.authorizationOf(STOREFRONT_CLIENT);
            for (int i = 0; i < 5; i++) {
                checkOut(sender, shop);
            }
            awaitQuiet(service);
            var beforeCheckouts = sqlSnapshot(service);
            for (int i = 0; i < options.countedOrders(); i++) {
                checkOut(sender, shop);
            }
            awaitQuiet(service);
            var afterCheckouts = sqlSnapshot(service);
            int n = options.countedOrders();
            var byKind = new TreeMap<String, Double>();
            afterPlacements.forEach((kind, value) -> {
                if (!kind.equals("roundTrips") && !kind.equals("total")) {
                    byKind.put(kind, (value - before.get(kind)) / n);
                }
            });
            return new SqlCounts((afterPlacements.get("total") - before.get("total")) / n,
                    (afterPlacements.get("roundTrips") - before.get("roundTrips")) / n, byKind,
                    (afterReads.get("total") - afterPlacements.get("total")) / n,
                    (afterReads.get("roundTrips") - afterPlacements.get("roundTrips")) / n,
                    (afterCheckouts.get("total") - beforeCheckouts.get("total")) / n,
                    (afterCheckouts.get("roundTrips") - beforeCheckouts.get("roundTrips")) / n);
        }
    }

    private void checkOut(HttpLoad.Sender sender, String shop) throws IOException {
        var journey = new StorefrontCheckout(shop, options.cartLines());
        if (!journey.run(sender)) {
            throw new IllegalStateException("a storefront checkout failed while counting: " + journey.failures());
        }
    }

    /** Seconds until no outbox publication is left incomplete. */
    static double awaitOutboxDrained(Database database) throws Exception {
        long start = System.nanoTime();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            while (true) {
                try (var rows = statement.executeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** Waits until the outbox listeners after the last commit are done: the statement count stops moving. */
    private static void awaitQuiet(ServiceProcess service) throws Exception {
        double last = -1;
        while (true) {
            Thread.sleep(500);
            double now = service.metric("db.client.statements");
            if (now == last && service.metric("executor.active", "name:applicationTaskExecutor") == 0) {
                return;
            }
            last = now;
        }
    }

    private static Map<String, Double> sqlSnapshot(ServiceProcess service) throws Exception {
        var snapshot = new TreeMap<String, Double>();
        for (var kind : List.of("select", "insert", "update", "delete", "other")) {
            snapshot.put(kind, service.metric("db.client.statements", "kind:" + kind));
        }
        snapshot.put("total", service.metric("db.client.statements"));
        snapshot.put("roundTrips", service.metric("db.client.round.trips"));
        return snapshot;
    }

    private static final long STARTED = System.nanoTime();

    /** A step begins; the seconds since the harness started say where a run's time went. */
    static void progress(String message) {
        System.err.printf("[benchmark %6.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }

    static String render(Report report, Options options) {
        var out = new StringBuilder();
        out.append("Order Service benchmark — ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(options.duration().toSeconds())
                .append(" s per level; ratio = sustained orders/s ÷ ceiling tx/s\n\n");
        if (!report.levels().isEmpty()) {
            out.append("| concurrency | orders/s | p50 ms | p99 ms | max ms | errors | outbox drain s | sustained orders/s "
                    + "| service CPU ms/order | ceiling tx/s | ratio |\n");
            out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (var level : report.levels()) {
                var p = level.placements();
                out.append("| %d | %.0f | %.1f | %.1f | %.1f | %d | %.1f | %.0f | %.2f | %.0f | %.2f |\n".formatted(
                        p.concurrency(), p.perSecond(), p.millis(50), p.millis(99), p.maxMillis(), p.errors(),
                        level.drainSeconds(), level.sustainedPerSecond(), level.serviceCpuMillisPerOrder(),
                        level.ceilingPerSecond(), level.ratio()));
            }
            var r = report.reads();
            out.append("\nGET /api/v1/orders/{id} at concurrency %d: %.0f reads/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors\n"
                    .formatted(r.concurrency(), r.perSecond(), r.millis(50), r.millis(99), r.maxMillis(), r.errors()));
            var h = report.halfPeak();
            out.append("Placements at half the peak rate (open loop, %.0f/s): p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors\n"
                    .formatted(h.ok() / h.seconds(), h.millis(50), h.millis(99), h.maxMillis(), h.errors()));
            out.append("Service memory: heap after GC %.0f MiB, process RSS %.0f MiB\n".formatted(
                    report.heapAfterGc() / 1048576.0, report.residentSetSize() / 1048576.0));
        }
        if (!report.storefront().isEmpty()) {
            renderStorefront(report, options, out);
        }
        var sql = report.sql();
        out.append("SQL per placement: %.1f statements in %.1f round trips %s; per GET by id: %.1f statements in %.1f round trips\n"
                .formatted(sql.statementsPerPlacement(), sql.roundTripsPerPlacement(), formatKinds(sql.byKind()),
                        sql.statementsPerRead(), sql.roundTripsPerRead()));
        out.append("SQL per storefront checkout (%s, all its calls): %.1f statements in %.1f round trips\n".formatted(
                lines(options.cartLines()), sql.statementsPerCheckout(), sql.roundTripsPerCheckout()));
        if (!report.growth().isEmpty()) {
            out.append("\n| stored orders | get by id p50 ms | get by id p99 ms | first page p50 ms | first page p99 ms |\n");
            out.append("|---:|---:|---:|---:|---:|\n");
            for (var g : report.growth()) {
                out.append("| %d | %.2f | %.2f | %.2f | %.2f |\n".formatted(g.storedOrders(), g.byId().millis(50),
                        g.byId().millis(99), g.firstPage().millis(50), g.firstPage().millis(99)));
            }
            var first = report.growth().get(0);
            var last = report.growth().get(report.growth().size() - 1);
            out.append("p99 growth from %d to %d orders: get by id ×%.2f, first page ×%.2f\n".formatted(first.storedOrders(),
                    last.storedOrders(), last.byId().millis(99) / first.byId().millis(99),
                    last.firstPage().millis(99) / first.firstPage().millis(99)));
        }
        return out.toString();
    }

    /** The storefront checkouts' table, and their best sustained rate beside the direct placement's. */
    private static void renderStorefront(Report report, Options options, StringBuilder out) {
        int calls = report.storefront().get(0).callsPerCheckout();
        out.append("\nStorefront checkout, a guest's cart of %s: %d calls (open cart, add each line, address, shipping, checkout)\n\n"
                .formatted(lines(options.cartLines()), calls));
        out.append("| concurrency | checkouts/s | checkout p50 ms | checkout p99 ms | checkout call p50 ms | checkout call p99 ms "
                + "| errors | outbox drain s | sustained checkouts/s | service CPU ms/checkout |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Storefront best = null;
        for (var level : report.storefront()) {
            var c = level.checkouts();
            out.append("| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f |\n".formatted(c.concurrency(),
                    c.perSecond(), c.millis(50), c.millis(99), level.checkoutCalls().getValueAtPercentile(50) / 1000.0,
                    level.checkoutCalls().getValueAtPercentile(99) / 1000.0, c.errors(), level.drainSeconds(),
                    level.sustainedPerSecond(), level.serviceCpuMillisPerCheckout()));
            if (best == null || level.sustainedPerSecond() > best.sustainedPerSecond()) {
                best = level;
            }
        }
        for (var level : report.storefront()) {
            if (!level.failures().isEmpty()) {
                out.append("Failed steps at concurrency %d: %s\n".formatted(level.checkouts().concurrency(), level.failures()));
            }
        }
        if (!report.levels().isEmpty()) {
            var direct = report.levels().stream().mapToDouble(Level::sustainedPerSecond).max().orElseThrow();
            out.append("Best sustained: storefront checkout %.1f orders/s (concurrency %d), direct placement %.0f orders/s\n"
                    .formatted(best.sustainedPerSecond(), best.checkouts().concurrency(), direct));
        }
    }

    private static String lines(int count) {
        return count == 1 ? "1 line" : count + " lines";
    }

    private static String formatKinds(Map<String, Double> byKind) {
        var parts = new ArrayList<String>();
        byKind.forEach((kind, count) -> {
            if (count > 0.05) {
                parts.add("%s %.1f".formatted(kind, count));
            }
        });
        return "(" + String.join(", ", parts) + ")";
    }
}
