package io.orderservice.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-process cache of what pricing and shipping read on every quote and placement and what changes rarely: the
 * price book, tax rules, promotions (not their usage counts), pricing profiles and rate tables (ADR 0032). The adapters
 * that read them keep the dated rows and choose the one in force at read time; they evict what the admin API changed
 * once its transaction has committed (the caches are transaction-aware); anything else — SQL, imports, another
 * instance's admin API — is seen once an entry has lived {@code order-service.caching.rules-live-for} (10 s).
 */
@Configuration(proxyBeanMethods = false)
class RuleCaches {

    /** Far more than a catalogue's SKUs per currency: a bound on memory, not a working set. */
    private static final long MAXIMUM_ENTRIES = 200_000;

    @Bean
    CacheManager ruleCacheManager(@Value("${order-service.caching.rules-live-for:PT10S}") Duration liveFor) {
        var manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder().expireAfterWrite(liveFor).maximumSize(MAXIMUM_ENTRIES));
        // Puts and evictions inside a transaction happen after it commits: a reader never sees a change before it is
        // committed, and an eviction is never undone by a rollback.
        return new TransactionAwareCacheManagerProxy(manager);
    }
}
