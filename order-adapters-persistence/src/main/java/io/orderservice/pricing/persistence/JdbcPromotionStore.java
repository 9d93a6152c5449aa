package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.application.port.out.PromotionStore;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.domain.Promotion.AmountOff;
import io.orderservice.pricing.domain.Promotion.BuyGetFree;
import io.orderservice.pricing.domain.Promotion.PercentOff;
import io.orderservice.shared.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code promotion} table, as operators manage it; a change evicts the promotions the pricing engine keeps
 * ({@link JdbcPricingRules}) once its transaction has committed.
 */
@Component
class JdbcPromotionStore implements PromotionStore {

    private final JdbcClient jdbc;
    private final Cache promotionsInUse;

    JdbcPromotionStore(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.promotionsInUse = caches.getCache(JdbcPricingRules.PROMOTIONS);
    }

    @Override
    public List<StoredPromotion> all() {
        return jdbc.sql("SELECT * FROM promotion ORDER BY id").query((row, number) -> stored(row)).list();
    }

    @Override
    public Optional<StoredPromotion> find(String id) {
        return jdbc.sql("SELECT * FROM promotion WHERE id = ?").param(id).query((row, number) -> stored(row)).optional();
    }

    @Override
    public boolean taken(String id, String code) {
        return jdbc.sql("SELECT count(*) FROM promotion WHERE id = ? OR code = ?").params(id, code).query(Integer.class).single() > 0;
    }

    @Override
    public void add(Promotion promotion, UsageLimits limits) {
        var benefit = promotion.benefit();
        var amountOff = benefit instanceof AmountOff amount ? amount.amount() : null;
        var currency = amountOff != null ? amountOff.currency()
                : promotion.minimumGoods() == null ? null : promotion.minimumGoods().currency();
        jdbc.sql("""
                        INSERT INTO promotion (id, code, benefit, percent_off, amount_off_minor, buy, free, currency, skus, categories,
                                               segments, minimum_goods_minor, valid_from, valid_until, exclusive, priority, max_uses,
                                               max_uses_per_customer)
                        VALUES (:id, :code, :benefit, :percentOff, :amountOff, :buy, :free, :currency, :skus, :categories, :segments,
                                :minimumGoods, :validFrom, :validUntil, :exclusive, :priority, :maxUses, :maxUsesPerCustomer)""")
                .param("id", promotion.id())
                .param("code", promotion.code())
                .param("benefit", benefit.kind().name())
                .param("percentOff", benefit instanceof PercentOff percent ? percent.fraction() : null)
                .param("amountOff", amountOff == null ? null : amountOff.amountMinor())
                .param("buy", benefit instanceof BuyGetFree buyGet ? buyGet.buy() : null)
                .param("free", benefit instanceof BuyGetFree buyGet ? buyGet.free() : null)
                .param("currency", currency == null ? null : currency.getCurrencyCode())
                .param("skus", promotion.skus().stream().map(Sku::value).sorted().toArray(String[]::new))
                .param("categories", promotion.categories().stream().sorted().toArray(String[]::new))
                .param("segments", promotion.segments().stream().sorted().toArray(String[]::new))
                .param("minimumGoods", promotion.minimumGoods() == null ? null : promotion.minimumGoods().amountMinor())
                .param("validFrom", timestamp(promotion.validFrom()))
                .param("validUntil", timestamp(promotion.validUntil()))
                .param("exclusive", promotion.exclusive())
                .param("priority", promotion.priority())
                .param("maxUses", limits.maxUses())
                .param("maxUsesPerCustomer", limits.maxUsesPerCustomer())
                .update();
        promotionsInUse.evict(JdbcPricingRules.ALL);
    }

    @Override
    public void deactivate(String id) {
        jdbc.sql("UPDATE promotion SET active = false WHERE id = ?").param(id).update();
        promotionsInUse.evict(JdbcPricingRules.ALL);
    }

    private static StoredPromotion stored(ResultSet row) throws SQLException {
        return new StoredPromotion(PromotionRows.promotion(row),
                new UsageLimits(row.getObject("max_uses", Integer.class), row.getObject("max_uses_per_customer", Integer.class)),
                row.getInt("uses"), row.getBoolean("active"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
