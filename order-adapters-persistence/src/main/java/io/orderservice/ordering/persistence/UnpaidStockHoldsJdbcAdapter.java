package io.orderservice.ordering.persistence;

import io.orderservice.ordering.application.port.out.UnpaidStockHolds;
import io.orderservice.ordering.domain.saga.UnpaidHoldPolicy.UnpaidHolds;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentToken;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the placements resting with their stock held unpaid (declined, or waiting for the customer's confirmation),
 * which the saga's due index covers; asked only when a payment is declined or waits, never on a placement's fast path.
 * Addresses compare by first line, postal code and country, with letter case and runs of spaces ignored.
 */
@Component
class UnpaidStockHoldsJdbcAdapter implements UnpaidStockHolds {

    private final JdbcClient jdbc;

    UnpaidStockHoldsJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UnpaidHolds othersLike(OrderId order, CustomerId customer, PaymentToken token, Address shipTo) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE o.customer_id = :customer) AS by_customer,
                               count(*) FILTER (WHERE s.payment_token = :token) AS by_token,
                               count(*) FILTER (WHERE lower(regexp_replace(trim(o.ship_to_line1), '\\s+', ' ', 'g')) = :line1
                                                  AND upper(replace(o.ship_to_postal_code, ' ', '')) = :postalCode
                                                  AND o.ship_to_country = :country) AS by_address,
                               EXISTS (SELECT 1 FROM orders paid WHERE paid.customer_id = :customer
                                       AND paid.status IN ('PAID', 'BACKORDERED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED',
                                                           'COMPLETED', 'RETURN_REQUESTED', 'PARTIALLY_RETURNED',
                                                           'RETURNED')) AS paid_before
                        FROM placement_saga s JOIN orders o ON o.id = s.order_id
                        WHERE s.status IN ('AWAITING_PAYMENT_RETRY', 'AWAITING_PAYMENT_ACTION') AND s.order_id <> :order""")
                .param("order", order.value()).param("customer", customer.value()).param("token", token.value())
                .param("line1", shipTo.line1().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .param("postalCode", shipTo.postalCode().replace(" ", "").toUpperCase(Locale.ROOT))
                .param("country", shipTo.countryCode())
                .query((row, number) -> new UnpaidHolds(row.getInt("by_customer"), row.getInt("by_token"),
                        row.getInt("by_address"), row.getBoolean("paid_before")))
                .single();
    }
}
