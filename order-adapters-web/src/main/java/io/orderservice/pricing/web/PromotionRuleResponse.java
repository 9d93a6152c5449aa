package io.orderservice.pricing.web;

import io.orderservice.pricing.domain.Promotion;
import io.orderservice.pricing.web.PriceQuoteResponse.AmountResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** What a promotion gives, on what, from which amount, for whom and when: shown flat inside the responses that carry it. */
record PromotionRuleResponse(String promotionId,
                             @Schema(description = "PERCENT_OFF, AMOUNT_OFF, BUY_GET_FREE or FREE_SHIPPING") String benefit,
                             @Schema(description = "For PERCENT_OFF: the fraction, e.g. 0.1") String percentOff,
                             AmountResponse amountOff, Integer buy, Integer free, AmountResponse minimumGoods,
                             Set<String> skus, Set<String> categories, Set<String> segments, Instant validFrom, Instant validUntil) {

    static PromotionRuleResponse from(Promotion promotion) {
        var benefit = promotion.benefit();
        return new PromotionRuleResponse(promotion.id(), benefit.kind().name(),
                benefit instanceof Promotion.PercentOff percent ? percent.fraction().stripTrailingZeros().toPlainString() : null,
                benefit instanceof Promotion.AmountOff amount ? AmountResponse.from(amount.amount()) : null,
                benefit instanceof Promotion.BuyGetFree buyGet ? buyGet.buy() : null,
                benefit instanceof Promotion.BuyGetFree buyGet ? buyGet.free() : null,
                promotion.minimumGoods() == null ? null : AmountResponse.from(promotion.minimumGoods()),
                new TreeSet<>(promotion.skus().stream().map(Object::toString).toList()), new TreeSet<>(promotion.categories()),
                new TreeSet<>(promotion.segments()), promotion.validFrom(), promotion.validUntil());
    }
}
