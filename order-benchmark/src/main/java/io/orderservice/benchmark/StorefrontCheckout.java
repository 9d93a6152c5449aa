package io.orderservice.benchmark;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A guest's checkout as a storefront makes it, one call per step a shopper takes: open a cart, add each line, give
 * the address, choose the shipping, check out with the payment token (and the cart's ETag as the total the shopper
 * saw). Every cart answer carries its shipping options and totals, so nothing is listed or read in between: {@code
 * lines + 4} calls, where Medusa's storefront makes 8 for one line (it lists shipping options, and opens a payment
 * collection and a session before completing).
 */
final class StorefrontCheckout implements HttpLoad.Journey {

    /** Headers every call of the journey carries: the storefront client's token, acting for no customer. */
    private final Map<String, String> storefront;
    private final int lines;
    private final Histogram checkoutCalls = new ConcurrentHistogram(3);
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    StorefrontCheckout(String storefrontAuthorization, int lines) {
        if (lines < 1 || lines > 10) {
            throw new IllegalArgumentException("a storefront checkout has 1 to 10 lines, not " + lines);
        }
        this.storefront = Map.of("Authorization", storefrontAuthorization);
        this.lines = lines;
    }

    int callsPerCheckout() {
        return lines + 4;
    }

    @Override
    public boolean run(HttpLoad.Sender sender) throws IOException {
        var opened = step(sender, "open cart", "POST", "/api/v1/carts", "{\"currency\":\"EUR\",\"country\":\"GB\"}", 201, null);
        if (opened == null) {
            return false;
        }
        var cart = URI.create(opened.location()).getPath();
        for (int[] line : Workload.randomLines(lines)) {
            var body = "{\"sku\":\"%s\",\"quantity\":%d}".formatted(Workload.sku(line[0]), line[1]);
            if (step(sender, "add line", "POST", cart + "/lines", body, 200, null) == null) {
                return false;
            }
        }
        if (step(sender, "address", "PUT", cart + "/shipping-address", Workload.ADDRESS_JSON, 200, null) == null) {
            return false;
        }
        var shipping = step(sender, "shipping", "PUT", cart + "/shipping", "{\"shipping\":\"cheapest\"}", 200, null);
        if (shipping == null) {
            return false;
        }
        long sent = System.nanoTime();
        var order = step(sender, "checkout", "POST", cart + "/checkout", "{\"paymentToken\":\"tok_approve\"}", 201,
                shipping.etag());
        checkoutCalls.recordValue((System.nanoTime() - sent) / 1000);
        return order != null;
    }

    /** The answer when it has the expected status; otherwise null, with the failure counted by step and status. */
    private HttpLoad.Answer step(HttpLoad.Sender sender, String name, String method, String path, String json,
                                 int expectedStatus, String ifMatch) throws IOException {
        var headers = ifMatch == null ? storefront : Map.of("Authorization", storefront.get("Authorization"), "If-Match", ifMatch);
        HttpLoad.Answer answer;
        try {
            answer = sender.send(new HttpLoad.Call(method, path, json, headers));
        } catch (IOException e) {
            failures.computeIfAbsent(name + ": " + e.getClass().getSimpleName(), key -> new LongAdder()).increment();
            throw e;
        }
        if (answer.status() != expectedStatus) {
            failures.computeIfAbsent(name + ": " + answer.status(), key -> new LongAdder()).increment();
            return null;
        }
        return answer;
    }

    /** Latencies of the checkout calls alone (the order's placement), in microseconds. */
    Histogram checkoutCalls() {
        return checkoutCalls;
    }

    /** Failed steps by name and status (or exception), e.g. {@code "checkout: 409" -> 2}. */
    Map<String, Long> failures() {
        var counted = new TreeMap<String, Long>();
        failures.forEach((step, count) -> counted.put(step, count.sum()));
        return counted;
    }
}
