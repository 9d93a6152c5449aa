package io.orderservice.returns.gateway;

import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.shared.kit.ProviderStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shippo's transactions API on this machine, as its documentation describes it: {@code POST /transactions} buys a label
 * every time it is asked (there is no idempotency key) and answers the transaction, {@code SUCCESS} with a tracking
 * number and a label address, or {@code ERROR} with messages; {@code GET /transactions?results=&page=} lists the
 * account's transactions newest first, with the address of the next page while there is one. Both want
 * {@code Authorization: ShippoToken …}.
 */
final class ShippoApiStandIn implements AutoCloseable {

    static final String TOKEN = "shippo_test_5f1b";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("(?:^|&)%s=(\\d+)");

    final ProviderStandIn server = ProviderStandIn.start();
    /** Newest first, as Shippo lists them. */
    private final List<ObjectNode> transactions = new ArrayList<>();
    private final AtomicInteger purchases = new AtomicInteger();
    private volatile String purchaseStatus = "SUCCESS";
    private volatile Duration purchaseAnswerLateBy = Duration.ZERO;

    ShippoApiStandIn() {
        server.on("POST", "/transactions", request -> authorised(request) ? purchase(JSON.readTree(request.body())) : refused());
        server.on("GET", "/transactions", request -> authorised(request) ? list(request.query()) : refused());
    }

    /** Purchases from now on end with this status ({@code ERROR}, {@code QUEUED}, or one Shippo has not documented). */
    void answerPurchasesWith(String status) {
        purchaseStatus = status;
    }

    /** The label is bought, but the answer comes this late: longer than the adapter's read timeout, it is lost. */
    void answerPurchasesLate(Duration lateBy) {
        purchaseAnswerLateBy = lateBy;
    }

    /** A transaction bought before the test, as another system or an earlier run of the service would have. */
    synchronized void boughtBefore(String metadata, String status, Instant created) {
        var transaction = transaction(metadata, status, created);
        var olderThanIt = (int) transactions.stream().filter(t -> Instant.parse(t.path("object_created").asString()).isAfter(created)).count();
        transactions.add(olderThanIt, transaction);
    }

    int purchases() {
        return purchases.get();
    }

    long listings() {
        return server.received().stream().filter(request -> "GET".equals(request.method())).count();
    }

    JsonNode lastPurchaseRequest() {
        var posts = server.received().stream().filter(request -> "POST".equals(request.method())).toList();
        return JSON.readTree(posts.get(posts.size() - 1).body());
    }

    @Override
    public void close() {
        server.close();
    }

    private Reply purchase(JsonNode request) {
        ObjectNode transaction;
        synchronized (this) {
            purchases.incrementAndGet();
            transaction = transaction(request.path("metadata").asString(""), purchaseStatus, Instant.now());
            transactions.add(0, transaction);
        }
        if (!purchaseAnswerLateBy.isZero()) {
            sleep(purchaseAnswerLateBy);
        }
        return new Reply(201, transaction.toString());
    }

    private synchronized Reply list(String query) {
        var size = number(query, "results", 5);
        var page = number(query, "page", 1);
        var from = Math.min((page - 1) * size, transactions.size());
        var to = Math.min(from + size, transactions.size());
        var answer = JSON.createObjectNode();
        answer.put("next", to < transactions.size() ? server.baseUrl() + "/transactions?page=" + (page + 1) + "&results=" + size : null);
        answer.put("previous", page > 1 ? server.baseUrl() + "/transactions?page=" + (page - 1) + "&results=" + size : null);
        answer.putArray("results").addAll(transactions.subList(from, to));
        return new Reply(200, answer.toString());
    }

    private static ObjectNode transaction(String metadata, String status, Instant created) {
        var id = UUID.randomUUID().toString().replace("-", "");
        var transaction = JSON.createObjectNode();
        transaction.put("object_id", id);
        transaction.put("object_state", "VALID");
        transaction.put("object_created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        transaction.put("status", status);
        transaction.put("metadata", metadata);
        var succeeded = "SUCCESS".equals(status);
        transaction.put("tracking_number", succeeded ? "9205590164917312" + Math.abs(id.hashCode() % 1_000_000) : "");
        transaction.put("label_url", succeeded ? "https://shippo-delivery.example.com/" + id + ".pdf" : "");
        var messages = transaction.putArray("messages");
        if ("ERROR".equals(status)) {
            messages.addObject().put("source", "USPS").put("code", "address_invalid")
                    .put("text", "The destination address is not deliverable.");
        }
        return transaction;
    }

    private static boolean authorised(ProviderStandIn.Request request) {
        return ("ShippoToken " + TOKEN).equals(request.header("Authorization"));
    }

    private static Reply refused() {
        return new Reply(401, "{\"detail\": \"Invalid token.\"}");
    }

    private static int number(String query, String name, int otherwise) {
        var found = Pattern.compile(NUMBER.pattern().formatted(name)).matcher(query == null ? "" : query);
        return found.find() ? Integer.parseInt(found.group(1)) : otherwise;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
