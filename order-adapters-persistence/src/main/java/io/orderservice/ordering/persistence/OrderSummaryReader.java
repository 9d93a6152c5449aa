package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.in.ListOrdersQuery.ListOrders;
import io.orderservice.ordering.application.port.in.ListOrdersQuery.OrderPage;
import io.orderservice.ordering.application.port.in.ListOrdersQuery.Position;
import io.orderservice.ordering.application.port.in.ListOrdersQuery.Sort;
import io.orderservice.ordering.application.port.in.OrderSummary;
import io.orderservice.ordering.application.port.out.OrderSummaries;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order lists by keyset, in SQL: the filters become a WHERE clause, the page starts after the previous
 * page's last (sort value, id) — a row comparison an index answers with one range scan
 * ({@code orders_by_customer}, {@code orders_by_placed}, {@code orders_by_total}, {@code orders_by_status})
 * — and one row more than asked says whether there is a next page. The cost of a page does not grow with
 * its depth or with the number of orders stored.
 */
@Component
class OrderSummaryReader implements OrderSummaries {

    private final JdbcClient jdbc;

    OrderSummaryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countPlacedBy(CustomerId customerId, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM orders
                WHERE customer_id = :customerId AND placed_at >= :since AND status NOT IN ('REJECTED', 'CANCELLED')""")
                .param("customerId", customerId.value()).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    @Override
    public OrderPage page(ListOrders request) {
        var filter = request.filter();
        var where = new ArrayList<String>();
        var parameters = new MapSqlParameterSource();
        if (filter.customerId() != null) {
            where.add("o.customer_id = :customerId");
            parameters.addValue("customerId", filter.customerId().value());
        }
        if (!filter.statuses().isEmpty()) {
            where.add("o.status IN (:statuses)");
            parameters.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.placedFrom() != null) {
            where.add("o.placed_at >= :placedFrom");
            parameters.addValue("placedFrom", Timestamp.from(filter.placedFrom()));
        }
        if (filter.placedTo() != null) {
            where.add("o.placed_at < :placedTo");
            parameters.addValue("placedTo", Timestamp.from(filter.placedTo()));
        }
        if (filter.currency() != null) {
            where.add("o.currency = :currency");
            parameters.addValue("currency", filter.currency().getCurrencyCode());
        }
        if (filter.minTotal() != null) {
            where.add("o.grand_total_minor >= :minTotal");
            parameters.addValue("minTotal", minor(filter.minTotal(), filter.currency(), RoundingMode.CEILING));
        }
        if (filter.maxTotal() != null) {
            where.add("o.grand_total_minor <= :maxTotal");
            parameters.addValue("maxTotal", minor(filter.maxTotal(), filter.currency(), RoundingMode.FLOOR));
        }
        if (filter.sku() != null) {
            where.add("EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = o.id AND s.sku = :sku)");
            parameters.addValue("sku", filter.sku().value());
        }
        var sort = request.sort();
        if (request.from() != null) {
            where.add(keyset(sort));
            parameters.addValue("afterValue", sortValue(sort, request.from().sortValue()));
            parameters.addValue("afterId", request.from().after().value());
        }
        parameters.addValue("rows", request.limit() + 1);
        var rows = jdbc.sql("""
                        SELECT o.id, o.customer_id, o.status, o.currency, o.grand_total_minor, o.placed_at,
                               (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) AS line_count
                        FROM orders o
                        """ + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)) + "\n"
                        + "ORDER BY " + orderBy(sort) + "\nLIMIT :rows")
                .paramSource(parameters)
                .query((row, number) -> new OrderSummary(new OrderId(row.getObject("id", UUID.class)),
                        new CustomerId(row.getString("customer_id")), OrderStatus.valueOf(row.getString("status")),
                        new Money(row.getLong("grand_total_minor"), Currency.getInstance(row.getString("currency"))),
                        row.getInt("line_count"), row.getTimestamp("placed_at").toInstant()))
                .list();
        if (rows.size() <= request.limit()) {
            return new OrderPage(rows, null);
        }
        var page = rows.subList(0, request.limit());
        var last = page.get(page.size() - 1);
        return new OrderPage(page, new Position(positionOf(sort, last), last.id()));
    }

    private static String keyset(Sort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> "(o.placed_at, o.id) < (:afterValue, :afterId)";
            case OLDEST_FIRST -> "(o.placed_at, o.id) > (:afterValue, :afterId)";
            case TOTAL_ASCENDING -> "(o.grand_total_minor, o.id) > (:afterValue, :afterId)";
            case TOTAL_DESCENDING -> "(o.grand_total_minor, o.id) < (:afterValue, :afterId)";
            case STATUS -> "(o.status, o.id) > (:afterValue, :afterId)";
        };
    }

    private static String orderBy(Sort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> "o.placed_at DESC, o.id DESC";
            case OLDEST_FIRST -> "o.placed_at, o.id";
            case TOTAL_ASCENDING -> "o.grand_total_minor, o.id";
            case TOTAL_DESCENDING -> "o.grand_total_minor DESC, o.id DESC";
            case STATUS -> "o.status, o.id";
        };
    }

    private static String positionOf(Sort sort, OrderSummary last) {
        return switch (sort) {
            case NEWEST_FIRST, OLDEST_FIRST -> last.placedAt().toString();
            case TOTAL_ASCENDING, TOTAL_DESCENDING -> Long.toString(last.grandTotal().amountMinor());
            case STATUS -> last.status().name();
        };
    }

    /** A position's sort value, checked: it came back from a client inside a cursor. */
    private static Object sortValue(Sort sort, String value) {
        try {
            return switch (sort) {
                case NEWEST_FIRST, OLDEST_FIRST -> Timestamp.from(Instant.parse(value));
                case TOTAL_ASCENDING, TOTAL_DESCENDING -> Long.parseLong(value);
                case STATUS -> OrderStatus.valueOf(value).name();
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidValueException("the cursor does not belong to this list");
        }
    }

    private static long minor(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return amount.setScale(currency.getDefaultFractionDigits(), rounding).unscaledValue().longValueExact();
    }
}
