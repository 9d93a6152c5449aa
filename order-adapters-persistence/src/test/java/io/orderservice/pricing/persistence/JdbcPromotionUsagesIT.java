package io.orderservice.pricing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.pricing.application.port.out.PromotionUsages;
import io.orderservice.pricing.domain.PromotionUseCount.Decision;
import io.orderservice.pricing.domain.PromotionUseCount;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Promo-code limits against PostgreSQL with real concurrent transactions: N orders race for M &lt; N uses and
 * exactly M win; a customer limit holds when one customer races with themselves; cancellations give uses back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcPromotionUsages.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcPromotionUsagesIT {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Autowired
    PromotionUsages usages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void promotions() {
        jdbc.sql("DELETE FROM promotion_usage WHERE promotion_id LIKE 'it-%'").update();
        jdbc.sql("DELETE FROM promotion WHERE id LIKE 'it-%'").update();
        jdbc.sql("""
                INSERT INTO promotion (id, code, benefit, percent_off, max_uses, max_uses_per_customer) VALUES
                  ('it-last-five', 'LASTFIVE', 'PERCENT_OFF', 0.10, 5, NULL),
                  ('it-once-each', 'ONCEEACH', 'PERCENT_OFF', 0.10, NULL, 1),
                  ('it-unlimited', 'ALWAYS', 'PERCENT_OFF', 0.10, NULL, NULL)""").update();
    }

    @Test
    void twentyOrdersRaceForFiveUsesAndExactlyFiveWinAndCancellationsGiveUsesBack() throws Exception {
        var outcomes = race(20, index -> new CustomerId("customer-" + index), "it-last-five");

        assertThat(outcomes.get(Decision.CLAIMED)).hasSize(5);
        assertThat(outcomes.get(Decision.EXHAUSTED)).hasSize(15);
        assertThat(uses("it-last-five")).isEqualTo(5);

        var cancelled = outcomes.get(Decision.CLAIMED).subList(0, 2);
        cancelled.forEach(order -> assertThat(release(order)).isEqualTo(1));
        assertThat(release(cancelled.get(0))).as("released twice").isZero();
        assertThat(uses("it-last-five")).isEqualTo(3);

        var again = race(4, index -> new CustomerId("late-" + index), "it-last-five");
        assertThat(again.get(Decision.CLAIMED)).as("the two uses given back").hasSize(2);
        assertThat(uses("it-last-five")).isEqualTo(5);
    }

    @Test
    void oneCustomerRacingWithThemselvesGetsTheirOneUseOnce() throws Exception {
        var outcomes = race(6, index -> new CustomerId("greedy"), "it-once-each");

        assertThat(outcomes.get(Decision.CLAIMED)).hasSize(1);
        assertThat(outcomes.get(Decision.CUSTOMER_LIMIT_REACHED)).hasSize(5);
        assertThat(uses("it-once-each")).isEqualTo(1);

        var order = outcomes.get(Decision.CLAIMED).get(0);
        assertThat(claim("it-once-each", new CustomerId("greedy"), order)).as("the same order claiming again").isEqualTo(Decision.CLAIMED);
        assertThat(uses("it-once-each")).isEqualTo(1);
        assertThat(claim("it-once-each", new CustomerId("someone-else"), OrderId.newId())).isEqualTo(Decision.CLAIMED);
    }

    @Test
    void aPromotionWithoutLimitsRecordsItsUsesWithoutCountingOrLockingThem() throws Exception {
        var outcomes = race(6, index -> new CustomerId("anyone-" + index), "it-unlimited");

        assertThat(outcomes.get(Decision.CLAIMED)).hasSize(6);
        assertThat(uses("it-unlimited")).as("not counted on the promotion's row").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM promotion_usage WHERE promotion_id = 'it-unlimited' AND released_at IS NULL")
                .query(Integer.class).single()).isEqualTo(6);

        assertThat(release(outcomes.get(Decision.CLAIMED).get(0))).isEqualTo(1);
        assertThat(uses("it-unlimited")).as("never below zero").isZero();
        assertThat(claim("it-gone", new CustomerId("anyone"), OrderId.newId())).as("a promotion that is not there")
                .isEqualTo(Decision.EXHAUSTED);
    }

    @Test
    void anOrdersPromotionsAreCountedTogetherEachAsItsOwnRuleSays() {
        var customer = new CustomerId("two-at-once");
        var first = OrderId.newId();
        var counts = transaction.execute(status -> {
            var counted = usages.count(List.of("it-unlimited", "it-once-each", "it-last-five", "it-gone"), customer, first);
            usages.record(List.of("it-unlimited", "it-once-each", "it-last-five"), customer, first, NOW);
            return counted;
        });

        assertThat(counts).extracting(PromotionUseCount::decide)
                .containsExactly(Decision.CLAIMED, Decision.CLAIMED, Decision.CLAIMED, Decision.EXHAUSTED);
        assertThat(counts).extracting(PromotionUseCount::tookAUse).containsExactly(false, true, true, false);
        assertThat(uses("it-last-five")).isEqualTo(1);
        assertThat(uses("it-once-each")).isEqualTo(1);

        var again = transaction.execute(status -> usages.count(List.of("it-last-five", "it-once-each"), customer,
                OrderId.newId()));
        assertThat(again).extracting(PromotionUseCount::decide).as("the customer's one use is had; the total is not")
                .containsExactly(Decision.CLAIMED, Decision.CUSTOMER_LIMIT_REACHED);
        var retried = transaction.execute(status -> usages.count(List.of("it-once-each", "it-last-five"), customer, first));
        assertThat(retried).as("the same order counting again holds its uses").allSatisfy(count -> {
            assertThat(count.decide()).isEqualTo(Decision.CLAIMED);
            assertThat(count.tookAUse()).isFalse();
        });
    }

    private EnumMap<Decision, List<OrderId>> race(int orders, java.util.function.IntFunction<CustomerId> customer, String promotion)
            throws Exception {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<Decision>>();
            var ids = new ArrayList<OrderId>();
            for (int i = 0; i < orders; i++) {
                var order = OrderId.newId();
                var buyer = customer.apply(i);
                ids.add(order);
                Callable<Decision> claim = () -> {
                    start.await();
                    return transaction.execute(status -> claimed(promotion, buyer, order));
                };
                futures.add(executor.submit(claim));
            }
            start.countDown();
            var outcomes = new EnumMap<Decision, List<OrderId>>(Decision.class);
            for (var claim : Decision.values()) {
                outcomes.put(claim, new ArrayList<>());
            }
            for (int i = 0; i < orders; i++) {
                outcomes.get(futures.get(i).get()).add(ids.get(i));
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    private int release(OrderId order) {
        Integer released = transaction.execute(status -> usages.release(order, NOW));
        return released;
    }

    private Decision claim(String promotion, CustomerId customer, OrderId order) {
        return transaction.execute(status -> claimed(promotion, customer, order));
    }

    /** What the application does with the store (ClaimPromotionUses): count, let the domain decide, record or give back. */
    private Decision claimed(String promotion, CustomerId customer, OrderId order) {
        var count = usages.count(List.of(promotion), customer, order).get(0);
        if (count.recordsAUse()) {
            usages.record(List.of(promotion), customer, order, NOW);
        } else if (count.tookAUse()) {
            usages.giveBack(List.of(promotion));
        }
        return count.decide();
    }

    private int uses(String promotion) {
        return jdbc.sql("SELECT uses FROM promotion WHERE id = ?").param(promotion).query(Integer.class).single();
    }
}
