package io.orderservice.cart.persistence;

import io.orderservice.cart.application.port.in.CustomerHasCartException;
import io.orderservice.cart.application.port.in.StaleCartException;
import io.orderservice.cart.application.port.out.Carts;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.cart.domain.CartLine;
import io.orderservice.cart.domain.CartStatus;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code cart}: one row per cart, read in one statement and written in one, at the version it was read (ADR 0035). A
 * customer's second open cart is refused by a unique index, which is how two sessions opening a cart at once end up
 * with one.
 */
@Component
class JdbcCarts implements Carts {

    private static final String SELECT = """
            SELECT id, customer_id, currency, country, status, lines, last_line_id, promo_codes, shipping_address, shipping,
                   pricing, checkout_attempt, order_id, merged_into, created_at, updated_at, abandoned_at, version
            FROM cart
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    JdbcCarts(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<CartId> openIdleSince(Instant before, int limit) {
        return jdbc.query("SELECT id FROM cart WHERE status = 'OPEN' AND abandoned_at IS NULL AND updated_at < :before "
                + "ORDER BY updated_at LIMIT :limit", new MapSqlParameterSource("before", Timestamp.from(before))
                .addValue("limit", limit), (row, n) -> new CartId(row.getObject(1, UUID.class)));
    }

    @Override
    public int deleteAnonymousIdleSince(Instant before) {
        return jdbc.update("DELETE FROM cart WHERE customer_id IS NULL AND status IN ('OPEN', 'MERGED') AND updated_at < :before",
                new MapSqlParameterSource("before", Timestamp.from(before)));
    }

    @Override
    public int deleteUnchangedSince(Instant before) {
        return jdbc.update("DELETE FROM cart WHERE status <> 'CHECKING_OUT' AND updated_at < :before",
                new MapSqlParameterSource("before", Timestamp.from(before)));
    }

    @Override
    public Optional<Cart> byId(CartId id) {
        return jdbc.query(SELECT + " WHERE id = :id", new MapSqlParameterSource("id", id.value()), JdbcCarts::cart)
                .stream().findFirst();
    }

    @Override
    public Optional<Cart> openOf(CustomerId customer) {
        return jdbc.query(SELECT + " WHERE customer_id = :customer AND status IN ('OPEN', 'CHECKING_OUT')",
                new MapSqlParameterSource("customer", customer.value()), JdbcCarts::cart).stream().findFirst();
    }

    @Override
    public Map<CartId, Long> versionsOf(Collection<CartId> ids) {
        var versions = new HashMap<CartId, Long>();
        jdbc.query("SELECT id, version FROM cart WHERE id = ANY(:ids)", new MapSqlParameterSource("ids",
                ids.stream().map(CartId::value).toArray(UUID[]::new)),
                row -> { versions.put(new CartId(row.getObject("id", UUID.class)), row.getLong("version")); });
        return Map.copyOf(versions);
    }

    @Override
    public Optional<Cart> insert(Cart cart) {
        try {
            jdbc.update("""
                    INSERT INTO cart (id, customer_id, currency, country, status, lines, last_line_id, skus, promo_codes,
                                      shipping_address, shipping, pricing, checkout_attempt, order_id, merged_into,
                                      created_at, updated_at, abandoned_at, version)
                    VALUES (:id, :customer, :currency, :country, :status, CAST(:lines AS jsonb), :lastLineId, :skus, :promoCodes,
                            CAST(:address AS jsonb), :shipping, CAST(:pricing AS jsonb), :attempt, :orderId, :mergedInto,
                            :createdAt, :updatedAt, :abandonedAt, 0)""", parameters(cart).addValue("currency", cart.currency().getCurrencyCode())
                    .addValue("createdAt", Timestamp.from(cart.createdAt())));
        } catch (DuplicateKeyException customerHasOne) {
            return Optional.empty();
        }
        return Optional.of(cart.storedAt(0));
    }

    @Override
    @Transactional
    public List<Cart> update(Cart... carts) {
        var stored = new ArrayList<Cart>();
        for (var cart : carts) {
            int updated;
            try {
                updated = jdbc.update("""
                        UPDATE cart SET customer_id = :customer, country = :country, status = :status, lines = CAST(:lines AS jsonb),
                                        last_line_id = :lastLineId, skus = :skus, promo_codes = :promoCodes,
                                        shipping_address = CAST(:address AS jsonb), shipping = :shipping,
                                        pricing = CAST(:pricing AS jsonb), checkout_attempt = :attempt, order_id = :orderId,
                                        merged_into = :mergedInto, updated_at = :updatedAt, abandoned_at = :abandonedAt,
                                        version = version + 1
                        WHERE id = :id AND version = :version""", parameters(cart).addValue("version", cart.version()));
            } catch (DuplicateKeyException customerHasOne) {
                throw new CustomerHasCartException(cart.customer().orElseThrow());
            }
            if (updated == 0) {
                long current = jdbc.query("SELECT version FROM cart WHERE id = :id", new MapSqlParameterSource("id", cart.id().value()),
                        (row, n) -> row.getLong(1)).stream().findFirst().orElse(-1L);
                throw new StaleCartException(cart.id(), current);
            }
            // what the cart recorded goes to the outbox with the change (ADR 0026)
            cart.pullEvents().forEach(events::publishEvent);
            stored.add(cart.storedAt(cart.version() + 1));
        }
        return List.copyOf(stored);
    }

    private static MapSqlParameterSource parameters(Cart cart) {
        var lines = cart.lines();
        return new MapSqlParameterSource("id", cart.id().value())
                .addValue("customer", cart.customer().map(CustomerId::value).orElse(null))
                .addValue("country", cart.country())
                .addValue("status", cart.status().name())
                .addValue("lines", CartDocuments.writeLines(lines))
                .addValue("lastLineId", cart.lastLineId())
                .addValue("skus", lines.stream().map(line -> line.sku().value()).distinct().toArray(String[]::new))
                .addValue("promoCodes", cart.promoCodes().toArray(String[]::new))
                .addValue("address", CartDocuments.writeAddress(cart.shippingAddress().orElse(null)))
                .addValue("shipping", cart.shipping().text())
                .addValue("pricing", CartDocuments.writePricing(cart.pricing().orElse(null)))
                .addValue("attempt", cart.checkoutAttempt())
                .addValue("orderId", cart.orderId().map(OrderId::value).orElse(null))
                .addValue("mergedInto", cart.mergedInto().map(CartId::value).orElse(null))
                .addValue("updatedAt", Timestamp.from(cart.updatedAt()))
                .addValue("abandonedAt", cart.abandonedAt().map(Timestamp::from).orElse(null));
    }

    private static Cart cart(ResultSet row, int rowNumber) throws SQLException {
        var currency = Money.currencyOf(row.getString("currency"));
        var customer = row.getString("customer_id");
        var orderId = row.getObject("order_id", UUID.class);
        var mergedInto = row.getObject("merged_into", UUID.class);
        List<CartLine> lines = CartDocuments.readLines(row.getString("lines"));
        return Cart.restore(new CartId(row.getObject("id", UUID.class)), customer == null ? null : new CustomerId(customer),
                currency, row.getString("country"), CartDocuments.readAddress(row.getString("shipping_address")),
                ShippingChoice.parse(row.getString("shipping")),
                new LinkedHashSet<>(Arrays.asList((String[]) row.getArray("promo_codes").getArray())), lines,
                row.getInt("last_line_id"), CartStatus.valueOf(row.getString("status")), row.getInt("checkout_attempt"),
                orderId == null ? null : new OrderId(orderId), mergedInto == null ? null : new CartId(mergedInto),
                CartDocuments.readPricing(row.getString("pricing"), currency),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getTimestamp("abandoned_at") == null ? null : row.getTimestamp("abandoned_at").toInstant(), row.getLong("version"));
    }
}
