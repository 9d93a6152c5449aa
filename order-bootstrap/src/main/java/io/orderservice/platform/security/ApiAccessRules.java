package io.orderservice.platform.security;

import static io.orderservice.shared.Role.ADMIN;
import static io.orderservice.shared.Role.APPROVER;
import static io.orderservice.shared.Role.CUSTOMER;
import static io.orderservice.shared.Role.GUEST;
import static io.orderservice.shared.Role.STOREFRONT;
import static io.orderservice.shared.Role.SUPPORT;
import static io.orderservice.shared.Role.WAREHOUSE;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.orderservice.shared.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which operation: the one place the API's function-level rules are declared (docs/security.md
 * shows them as a table). Whose orders a caller reaches is decided in the application ring, for each order. A
 * support lead may do all that support may. Operations not listed here are refused to everybody; the signed
 * webhooks of payment gateways and carriers need no token.
 */
final class ApiAccessRules {

    /** One operation (or a family of them, by path pattern) and the roles that may call it. */
    record Rule(HttpMethod method, String path, Set<Role> roles) {
        Rule(HttpMethod method, String path, Role... roles) {
            this(method, path, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
        }
    }

    /** Webhooks authenticate by their HMAC signature (docs/payments.md, docs/fulfilment.md), not by token. */
    static final List<String> SIGNED_WEBHOOKS = List.of("/api/v1/payments/webhooks/*", "/api/v1/carriers/*/tracking-events");

    private static final Role[] ORDER_READERS = {CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE};
    private static final Role[] ORDER_OWNERS = {CUSTOMER, STOREFRONT, SUPPORT};

    static final List<Rule> RULES = List.of(
            // Orders: placed, read, changed and cancelled by their customer (directly or through a storefront) and by
            // support on the customer's behalf (a phone order, a change asked for by phone).
            new Rule(POST, "/api/v1/orders", ORDER_OWNERS),
            new Rule(GET, "/api/v1/orders", ORDER_READERS),
            // A guest (a guest order's access token) reads, cancels and tracks that order.
            new Rule(GET, "/api/v1/orders/{orderId}", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(PUT, "/api/v1/orders/{orderId}", ORDER_OWNERS),
            new Rule(DELETE, "/api/v1/orders/{orderId}", CUSTOMER, STOREFRONT, SUPPORT, GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/status", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/fulfilment", ORDER_READERS),
            new Rule(GET, "/api/v1/orders/{orderId}/tracking", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/tracking/stream", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(POST, "/api/v1/orders/{orderId}/tracking/stream-tickets", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE,
                    GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/refunds", ORDER_READERS),
            new Rule(GET, "/api/v1/orders/{orderId}/refunds/{refundId}", ORDER_READERS),
            new Rule(GET, "/api/v1/orders/{orderId}/notes", ORDER_READERS),
            new Rule(POST, "/api/v1/orders/{orderId}/notes", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE),
            new Rule(GET, "/api/v1/orders/{orderId}/audit", SUPPORT, APPROVER, ADMIN),
            new Rule(POST, "/api/v1/orders/{orderId}/items", ORDER_OWNERS),
            new Rule(PUT, "/api/v1/orders/{orderId}/items/{lineNumber}", ORDER_OWNERS),
            new Rule(DELETE, "/api/v1/orders/{orderId}/items/{lineNumber}", ORDER_OWNERS),
            new Rule(POST, "/api/v1/orders/{orderId}/payment", ORDER_OWNERS),
            new Rule(GET, "/api/v1/orders/{orderId}/satisfaction", ORDER_OWNERS),
            new Rule(PUT, "/api/v1/orders/{orderId}/satisfaction", CUSTOMER, STOREFRONT),
            new Rule(POST, "/api/v1/orders/{orderId}/approval", APPROVER),
            new Rule(POST, "/api/v1/orders/{orderId}/refunds", SUPPORT),
            new Rule(POST, "/api/v1/orders/{orderId}/refunds/{refundId}/retry", SUPPORT),
            new Rule(POST, "/api/v1/orders/{orderId}/ship", WAREHOUSE),
            new Rule(POST, "/api/v1/orders/{orderId}/short-picks", WAREHOUSE),
            // Returns: asked for by the order's customer (or support for them; a guest with the order's token), decided
            // by support from its queue, received by the warehouse.
            new Rule(POST, "/api/v1/orders/{orderId}/returns", CUSTOMER, STOREFRONT, SUPPORT, GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/returns", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(GET, "/api/v1/orders/{orderId}/returns/{returnId}", CUSTOMER, STOREFRONT, SUPPORT, APPROVER, WAREHOUSE, GUEST),
            new Rule(POST, "/api/v1/orders/{orderId}/returns/{returnId}/decision", SUPPORT),
            new Rule(POST, "/api/v1/orders/{orderId}/returns/{returnId}/receipt", WAREHOUSE),
            new Rule(GET, "/api/v1/returns/awaiting-decision", SUPPORT),
            // Carts: the shopper's (a customer's by that customer or a storefront for them, an anonymous one by whoever
            // holds its id); support reads them to help.
            new Rule(POST, "/api/v1/carts", CUSTOMER, STOREFRONT),
            new Rule(GET, "/api/v1/carts/{cartId}", CUSTOMER, STOREFRONT, SUPPORT),
            new Rule(GET, "/api/v1/carts/{cartId}/stream", CUSTOMER, STOREFRONT, SUPPORT),
            new Rule(POST, "/api/v1/carts/{cartId}/stream-tickets", CUSTOMER, STOREFRONT, SUPPORT),
            new Rule(POST, "/api/v1/carts/{cartId}/lines", CUSTOMER, STOREFRONT),
            new Rule(PATCH, "/api/v1/carts/{cartId}/lines/{lineNumber}", CUSTOMER, STOREFRONT),
            new Rule(DELETE, "/api/v1/carts/{cartId}/lines/{lineNumber}", CUSTOMER, STOREFRONT),
            new Rule(POST, "/api/v1/carts/{cartId}/promo-codes", CUSTOMER, STOREFRONT),
            new Rule(DELETE, "/api/v1/carts/{cartId}/promo-codes/{code}", CUSTOMER, STOREFRONT),
            new Rule(PUT, "/api/v1/carts/{cartId}/shipping-address", CUSTOMER, STOREFRONT),
            new Rule(PUT, "/api/v1/carts/{cartId}/shipping", CUSTOMER, STOREFRONT),
            new Rule(POST, "/api/v1/carts/merge", CUSTOMER, STOREFRONT),
            new Rule(POST, "/api/v1/carts/{cartId}/checkout", CUSTOMER, STOREFRONT),
            // Prices and codes, before an order exists.
            new Rule(POST, "/api/v1/price-quotes", CUSTOMER, STOREFRONT, SUPPORT),
            new Rule(GET, "/api/v1/promo-codes/{code}", CUSTOMER, STOREFRONT, SUPPORT, ADMIN),
            // Stock: counted and received by warehouses, configured by admins.
            new Rule(PUT, "/api/v1/admin/stock", WAREHOUSE, ADMIN),
            new Rule(POST, "/api/v1/admin/stock/receipts", WAREHOUSE, ADMIN),
            new Rule(GET, "/api/v1/admin/stock/{sku}", WAREHOUSE, ADMIN),
            new Rule(GET, "/api/v1/admin/stock-items/{sku}", WAREHOUSE, ADMIN),
            new Rule(PUT, "/api/v1/admin/stock-items/{sku}", ADMIN),
            // The shop's configuration.
            new Rule(GET, "/api/v1/admin/customers/{customerId}/pricing-profile", SUPPORT, ADMIN),
            new Rule(PUT, "/api/v1/admin/customers/{customerId}/pricing-profile", ADMIN),
            new Rule(GET, "/api/v1/admin/tax-rules", ADMIN),
            new Rule(POST, "/api/v1/admin/tax-rules", ADMIN),
            new Rule(POST, "/api/v1/admin/tax-rules/{id}/end", ADMIN),
            new Rule(GET, "/api/v1/admin/promotions", ADMIN),
            new Rule(POST, "/api/v1/admin/promotions", ADMIN),
            new Rule(POST, "/api/v1/admin/promotions/{id}/deactivate", ADMIN),
            // Placements: fraud reviews by approvers, stuck ones by admins.
            new Rule(POST, "/api/v1/admin/placements/{orderId}/review", APPROVER),
            new Rule(GET, "/api/v1/admin/placements/stuck", SUPPORT, ADMIN),
            new Rule(GET, "/api/v1/admin/placements/{orderId}", SUPPORT, APPROVER, ADMIN),
            new Rule(POST, "/api/v1/admin/placements/{orderId}/retry", ADMIN),
            new Rule(POST, "/api/v1/admin/placements/{orderId}/compensate", ADMIN),
            new Rule(POST, "/api/v1/admin/payments/{orderId}/resume", ADMIN),
            // Money that did not go back: support asks for it again, admins look.
            new Rule(GET, "/api/v1/admin/refunds/failed", SUPPORT, ADMIN));

    private ApiAccessRules() {
    }
}
