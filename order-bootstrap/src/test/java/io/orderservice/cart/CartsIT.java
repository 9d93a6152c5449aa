package io.orderservice.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Carts end to end over HTTP against PostgreSQL and the sandbox gateway (docs/carts.md): priced after every change,
 * availability per line, optimistic concurrency, idempotent additions, merge at login, checkout into one order, a
 * price that rose between cart and checkout shown before it is charged, and checkouts cut short by a crash.
 * <p>
 * The figures, in EUR shipped to the UK: 20 % VAT on goods and shipping, shipping 4.95 (free from 50.00 of goods). One
 * unit at 10.00: 10.00 + 4.95 + 2.99 tax = 17.94; two: 20.00 + 4.95 + 4.99 = 29.94; two at 12.00: 24.00 + 4.95 + 5.79 =
 * 34.74; two at 9.00: 18.00 + 4.95 + 4.59 = 27.54.
 */
@OrderServiceIntegrationTest
class CartsIT {

    private static final String LONDON = """
            {"recipient": "Ada Lovelace", "line1": "12 Analytical Way", "city": "London", "postalCode": "N1 9GU", "countryCode": "GB"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Http customer;
    private Http otherCustomer;
    private Http storefront;
    private Http support;

    @BeforeEach
    void callers() {
        customer = Http.as(port, "customer-42");
        otherCustomer = Http.as(port, "customer-7");
        storefront = Http.as(port, "storefront");
        support = new Http(port);
        // each test starts with no open cart for its customers
        jdbc.sql("UPDATE cart SET status = 'CHECKED_OUT', order_id = gen_random_uuid() WHERE customer_id IN ('customer-42', 'customer-7') "
                + "AND status IN ('OPEN', 'CHECKING_OUT')").update();
    }

    @Test
    void aCustomersCartIsPricedAfterEveryChangeAndChecksOutIntoOneOrder() {
        var sku = sku(1000, 100, false);
        var opened = customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var cartId = opened.json().get("id").asString();
        assertThat(opened.json().get("customerId").asString()).isEqualTo("customer-42");
        assertThat(opened.etag()).isEqualTo("\"0\"");
        var again = customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}");
        assertThat(again.status()).as("one open cart per customer").isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(cartId);

        var added = customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1, \"gift\": true}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.etag()).isEqualTo("\"1\"");
        var line = added.json().at("/lines/0");
        assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("10.00");
        assertThat(line.get("gift").asBoolean()).isTrue();
        assertThat(line.at("/availability/status").asString()).isEqualTo("IN_STOCK");
        assertThat(line.at("/availability/available").asInt()).isEqualTo(100);
        assertThat(added.json().at("/totals/estimated").asBoolean()).isTrue();
        assertThat(added.json().at("/totals/grandTotal/amount").asString()).isEqualTo("17.94");
        assertThat(added.json().get("readyForCheckout").asBoolean()).as("no address yet").isFalse();

        var more = customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}");
        assertThat(more.json().get("lines").size()).as("a SKU's units join its line").isEqualTo(1);
        assertThat(more.json().at("/lines/0/quantity").asInt()).isEqualTo(2);
        assertThat(more.json().at("/lines/0/gift").asBoolean()).as("left out: unchanged").isTrue();
        var addressed = customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);
        assertThat(addressed.status()).as(addressed.body()).isEqualTo(200);
        assertThat(addressed.json().at("/totals/estimated").asBoolean()).isFalse();
        assertThat(addressed.json().at("/totals/grandTotal/amount").asString()).isEqualTo("29.94");
        assertThat(addressed.json().at("/totals/tax/amount").asString()).isEqualTo("4.99");
        assertThat(addressed.json().get("readyForCheckout").asBoolean()).isTrue();
        var unknownSku = customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"NO-SUCH-SKU\", \"quantity\": 1}");
        assertThat(unknownSku.status()).isEqualTo(422);
        assertThat(unknownSku.json().get("type").asString()).isEqualTo("urn:order-service:problem:unknown-sku");
        assertThat(customer.get(cart(cartId)).etag()).as("a refused change changes nothing").isEqualTo(addressed.etag());

        assertThat(otherCustomer.get(cart(cartId)).status()).as("another customer's cart").isEqualTo(404);
        assertThat(support.get(cart(cartId)).status()).as("support reads it").isEqualTo(200);

        var checkout = customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}",
                "If-Match", addressed.etag());
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
        assertThat(checkout.json().get("status").asString()).isEqualTo("PAID");
        assertThat(checkout.json().at("/totals/grandTotal/amount").asString()).isEqualTo("29.94");
        assertThat(checkout.json().get("customerId").asString()).isEqualTo("customer-42");
        var orderId = checkout.json().get("id").asString();
        assertThat(checkout.location()).endsWith("/api/v1/orders/" + orderId);

        var closed = customer.get(cart(cartId)).json();
        assertThat(closed.get("status").asString()).isEqualTo("CHECKED_OUT");
        assertThat(closed.get("orderId").asString()).isEqualTo(orderId);
        var late = customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asString()).isEqualTo("urn:order-service:problem:cart-closed");
        var retried = customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(retried.status()).as("a retried checkout answers with its order").isEqualTo(201);
        assertThat(retried.json().get("id").asString()).isEqualTo(orderId);
        assertThat(ordersWith(sku)).isEqualTo(1);
        assertThat(customer.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").status())
                .as("a checked-out cart is closed: the next one is new").isEqualTo(201);
    }

    @Test
    void twoChangesMadeFromTheSameVersionOneWinsTheOtherIsRefused() throws Exception {
        var sku = sku(1000, 100, false);
        var cartId = openedWith(customer, sku, 1);
        var etag = customer.get(cart(cartId)).etag();
        var barrier = new CyclicBarrier(2);
        var answers = List.of(3, 5).stream().map(quantity -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return customer.send("PATCH", cart(cartId) + "/lines/1", "{\"quantity\": " + quantity + "}", "If-Match", etag);
        })).toList();
        var statuses = answers.stream().map(answer -> answer.join().status()).sorted().toList();
        assertThat(statuses).isEqualTo(List.of(200, 412));
        var stale = answers.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 412).findFirst().orElseThrow();
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:order-service:problem:precondition-failed");
        assertThat(customer.get(cart(cartId)).etag()).isEqualTo("\"2\"");

        // without If-Match, two additions at once both count: the later one is applied to the cart the first left
        var bothAdd = List.of(1, 2).stream().map(quantity -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return customer.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}");
        })).toList();
        assertThat(bothAdd.stream().map(answer -> answer.join().status()).toList()).containsOnly(200);
        var won = answers.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        assertThat(customer.get(cart(cartId)).json().at("/lines/0/quantity").asInt())
                .isEqualTo(won.json().at("/lines/0/quantity").asInt() + 3);
    }

    @Test
    void anAdditionSentTwiceWithItsIdempotencyKeyCountsOnce() {
        var sku = sku(1000, 100, false);
        var cartId = openedWith(customer, sku, 1);
        var key = UUID.randomUUID().toString();
        var first = customer.send("POST", cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 2}",
                "Idempotency-Key", key);
        var second = customer.send("POST", cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 2}",
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(customer.get(cart(cartId)).json().at("/lines/0/quantity").asInt()).isEqualTo(3);
    }

    @Test
    void twoCheckoutsAtOnceOfOneCartPlaceOneOrder() throws Exception {
        var sku = sku(1000, 100, false);
        var cartId = openedWith(customer, sku, 2);
        customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);
        var barrier = new CyclicBarrier(2);
        var answers = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return customer.postJson(cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        })).toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(201, 202));
        assertThat(answers.get(0).json().get("id").asString()).isEqualTo(answers.get(1).json().get("id").asString());
        assertThat(ordersWith(sku)).isEqualTo(1);
        assertThat(customer.get(cart(cartId)).json().get("status").asString()).isEqualTo("CHECKED_OUT");
    }

    @Test
    void aCheckoutNamingAProviderThePaymentsRouteDoesNotOfferPlacesNothingAndLeavesTheCartOpen() {
        var sku = sku(1000, 100, false);
        var cartId = openedWith(customer, sku, 1);
        customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);

        var refused = customer.postJson(cart(cartId) + "/checkout", """
                {"paymentToken": "tok_approve", "paymentProvider": "acme"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:payment-provider-not-offered");
        assertThat(refused.json().get("offeredProviders").toString()).isEqualTo("[\"sandbox\"]");
        assertThat(ordersWith(sku)).as("nothing placed").isZero();
        assertThat(customer.get(cart(cartId)).json().get("status").asString()).isEqualTo("OPEN");

        var placed = customer.postJson(cart(cartId) + "/checkout", """
                {"paymentToken": "tok_approve", "paymentProvider": "sandbox"}""");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(ordersWith(sku)).isEqualTo(1);
    }

    @Test
    void aPriceThatRoseSinceTheCartWasPricedIsShownBeforeItIsChargedAndOneThatFellIsCharged() {
        var sku = sku(1000, 100, false);
        var cartId = openedWith(customer, sku, 2);
        var shown = customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);
        assertThat(shown.json().at("/totals/grandTotal/amount").asString()).isEqualTo("29.94");
        jdbc.sql("UPDATE catalog_price SET unit_price_minor = 1200 WHERE sku = ?").param(sku).update();

        var refused = customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}", "If-Match", shown.etag());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:order-service:problem:price-changed");
        assertThat(refused.json().get("total").asString()).isEqualTo("34.74");
        assertThat(refused.json().get("acceptedTotal").asString()).isEqualTo("29.94");
        assertThat(ordersWith(sku)).as("nothing placed").isZero();
        var repriced = customer.get(cart(cartId));
        assertThat(repriced.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(repriced.json().at("/totals/grandTotal/amount").asString()).isEqualTo("34.74");
        assertThat(repriced.json().at("/lines/0/unitPrice/amount").asString()).isEqualTo("12.00");
        assertThat(customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}", "If-Match",
                shown.etag()).status()).as("the shopper saw the old cart").isEqualTo(412);

        jdbc.sql("UPDATE catalog_price SET unit_price_minor = 900 WHERE sku = ?").param(sku).update();
        var placed = customer.send("POST", cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}", "If-Match",
                repriced.etag());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().at("/totals/grandTotal/amount").asString()).as("a lower price is charged as it is").isEqualTo("27.54");
    }

    @Test
    void anAnonymousCartMergesIntoTheCustomersAtLoginCappedByStock() {
        var mug = sku(1000, 100, false);
        var print = sku(5000, 3, false);
        var gone = sku(700, 0, false);
        var mine = openedWith(otherCustomer, print, 2);
        var anonymous = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}");
        assertThat(anonymous.status()).isEqualTo(201);
        assertThat(anonymous.json().get("customerId").isNull()).isTrue();
        var anonymousId = anonymous.json().get("id").asString();
        storefront.postJson(cart(anonymousId) + "/lines", "{\"sku\": \"" + mug + "\", \"quantity\": 2}");
        storefront.postJson(cart(anonymousId) + "/lines", "{\"sku\": \"" + print + "\", \"quantity\": 2}");
        var unavailable = storefront.postJson(cart(anonymousId) + "/lines", "{\"sku\": \"" + gone + "\", \"quantity\": 1}");
        assertThat(unavailable.json().at("/lines/2/availability/status").asString()).isEqualTo("UNAVAILABLE");
        assertThat(otherCustomer.get(cart(anonymousId)).status()).as("an anonymous cart: whoever holds its id").isEqualTo(200);

        var merged = otherCustomer.postJson("/api/v1/carts/merge", "{\"cartId\": \"" + anonymousId + "\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        var cart = merged.json();
        assertThat(cart.get("id").asString()).isEqualTo(mine);
        assertThat(quantityOf(cart.get("lines"), print)).as("2 + 2 wanted, 3 to sell").isEqualTo(3);
        assertThat(quantityOf(cart.get("lines"), mug)).isEqualTo(2);
        assertThat(quantityOf(cart.get("savedForLater"), gone)).as("nothing to sell: saved for later").isEqualTo(1);
        assertThat(cart.get("mergeAdjustments").toString()).contains("\"sku\":\"" + print + "\"", "\"wanted\":4", "\"merged\":3",
                "\"reason\":\"STOCK\"", "\"reason\":\"SAVED_FOR_LATER\"");
        assertThat(storefront.get(cart(anonymousId)).json().get("status").asString()).isEqualTo("MERGED");
        var again = otherCustomer.postJson("/api/v1/carts/merge", "{\"cartId\": \"" + anonymousId + "\"}");
        assertThat(again.json().get("id").asString()).as("merging again answers with the same cart").isEqualTo(mine);
        assertThat(quantityOf(again.json().get("lines"), mug)).isEqualTo(2);
    }

    @Test
    void anAnonymousCartChecksOutAsAGuestOrderReadWithItsAccessToken() {
        var sku = sku(1000, 100, false);
        var anonymous = storefront.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        storefront.postJson(cart(anonymous) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}");
        storefront.send("PUT", cart(anonymous) + "/shipping-address", LONDON);

        var checkout = storefront.postJson(cart(anonymous) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
        assertThat(checkout.json().get("customerId").asString()).startsWith("guest-");
        var token = checkout.json().get("accessToken").asString();
        var orderId = checkout.json().get("id").asString();
        var read = Http.anonymous(port).send("GET", "/api/v1/orders/" + orderId, null, "Order-Access-Token", token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().at("/totals/grandTotal/amount").asString()).isEqualTo("17.94");
    }

    @Test
    void aCartThatCannotBeHadOrHasNoAddressIsNotCheckedOut() {
        var rare = sku(1000, 1, false);
        var cartId = openedWith(customer, rare, 1);
        var noAddress = customer.postJson(cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(noAddress.status()).isEqualTo(422);
        assertThat(noAddress.json().get("type").asString()).isEqualTo("urn:order-service:problem:cart-not-ready");
        customer.send("PUT", cart(cartId) + "/shipping-address", LONDON);
        var tooMany = customer.send("PATCH", cart(cartId) + "/lines/1", "{\"quantity\": 2}");
        assertThat(tooMany.json().at("/lines/0/availability/status").asString()).isEqualTo("UNAVAILABLE");
        assertThat(tooMany.json().at("/lines/0/availability/available").asInt()).isEqualTo(1);
        assertThat(customer.postJson(cart(cartId) + "/checkout", "{\"paymentToken\": \"tok_approve\"}").status()).isEqualTo(422);
        var saved = customer.send("PATCH", cart(cartId) + "/lines/1", "{\"savedForLater\": true}");
        assertThat(saved.json().get("lines").size()).isZero();
        assertThat(saved.json().at("/savedForLater/0/sku").asString()).isEqualTo(rare);
        assertThat(saved.json().at("/totals/grandTotal/amount").asString()).isEqualTo("0.00");
        assertThat(ordersWith(rare)).isZero();
    }

    @Test
    void aCheckoutCutShortByACrashIsSettledWhenItsCartIsNextRead() {
        var sku = sku(1000, 100, false);
        var placedCart = openedWith(customer, sku, 1);
        customer.send("PUT", cart(placedCart) + "/shipping-address", LONDON);
        var placed = customer.postJson(cart(placedCart) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        // the process died after the placement stored the order, before the cart learnt of it
        crashedWhileCheckingOut(placedCart, "now()");

        var found = customer.get(cart(placedCart)).json();
        assertThat(found.get("status").asString()).as("found by its attempt's key").isEqualTo("CHECKED_OUT");
        assertThat(found.get("orderId").asString()).isEqualTo(placed.json().get("id").asString());

        // the process died before the placement stored any order
        var stalledCart = openedWith(customer, sku, 1);
        customer.send("PUT", cart(stalledCart) + "/shipping-address", LONDON);
        crashedWhileCheckingOut(stalledCart, "now() - interval '9 minutes'");
        assertThat(customer.get(cart(stalledCart)).json().get("status").asString())
                .as("a placement may still store its order: the cart waits").isEqualTo("CHECKING_OUT");
        assertThat(customer.postJson(cart(stalledCart) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}").status())
                .isEqualTo(409);

        crashedWhileCheckingOut(stalledCart, "now() - interval '11 minutes'");
        var reopened = customer.postJson(cart(stalledCart) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": 1}");
        assertThat(reopened.status()).as("given back after checkout-stalled-after (10 min): " + reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.json().at("/lines/0/quantity").asInt()).isEqualTo(2);
        var second = customer.postJson(cart(stalledCart) + "/checkout", "{\"paymentToken\": \"tok_approve\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(ordersWith(sku)).as("one order per cart").isEqualTo(2);
    }

    /** The cart as a checkout leaves it when its process dies before it writes the outcome: begun at {@code begunAt}. */
    private void crashedWhileCheckingOut(String cartId, String begunAt) {
        jdbc.sql("UPDATE cart SET status = 'CHECKING_OUT', order_id = NULL, updated_at = " + begunAt + " WHERE id = ?::uuid")
                .param(cartId).update();
    }

    private String openedWith(Http shopper, String sku, int quantity) {
        var cartId = shopper.postJson("/api/v1/carts", "{\"currency\": \"EUR\", \"country\": \"GB\"}").json().get("id").asString();
        var added = shopper.postJson(cart(cartId) + "/lines", "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return cartId;
    }

    private static int quantityOf(JsonNode lines, String sku) {
        for (var line : lines) {
            if (line.get("sku").asString().equals(sku)) {
                return line.get("quantity").asInt();
            }
        }
        return 0;
    }

    private int ordersWith(String sku) {
        return jdbc.sql("SELECT count(DISTINCT order_id) FROM order_lines WHERE sku = ?").param(sku).query(Integer.class).single();
    }

    private String sku(long priceCents, int onHand, boolean backorderable) {
        var sku = "CART-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("INSERT INTO catalog_product (sku, name) VALUES (?, 'Cart goods')").param(sku).update();
        jdbc.sql("INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES (?, 'EUR', ?)").params(sku, priceCents).update();
        jdbc.sql("INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES ('MAIN', ?, ?)").params(sku, onHand).update();
        return sku;
    }

    private static String cart(String cartId) {
        return "/api/v1/carts/" + cartId;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
