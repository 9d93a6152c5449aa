package io.orderservice.pricing.persistence;

import io.orderservice.pricing.domain.Promotion;
import io.orderservice.shared.Money;
import io.orderservice.shared.Sku;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@code promotion} row as the domain's {@link Promotion}: how both pricing's reading and operators' store read it. */
final class PromotionRows {

    private PromotionRows() {
    }

    static Promotion promotion(ResultSet row) throws SQLException {
        var currency = row.getString("currency") == null ? null : Currency.getInstance(row.getString("currency"));
        Promotion.Benefit benefit = switch (row.getString("benefit")) {
            case "PERCENT_OFF" -> new Promotion.PercentOff(row.getBigDecimal("percent_off"));
            case "AMOUNT_OFF" -> new Promotion.AmountOff(new Money(row.getLong("amount_off_minor"), currency));
            case "BUY_GET_FREE" -> new Promotion.BuyGetFree(row.getInt("buy"), row.getInt("free"));
            default -> new Promotion.FreeShipping();
        };
        long minimum = row.getLong("minimum_goods_minor");
        var minimumGoods = row.wasNull() ? null : new Money(minimum, currency);
        return new Promotion(row.getString("id"), row.getString("code"), benefit,
                strings(row.getArray("skus")).stream().map(Sku::new).collect(Collectors.toSet()),
                strings(row.getArray("categories")), strings(row.getArray("segments")), minimumGoods,
                instant(row.getTimestamp("valid_from")), instant(row.getTimestamp("valid_until")), row.getBoolean("exclusive"),
                row.getInt("priority"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
