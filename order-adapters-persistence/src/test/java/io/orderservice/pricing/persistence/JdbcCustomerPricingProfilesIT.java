package io.orderservice.pricing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.TaxExemption;
import io.orderservice.shared.CustomerId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// Read through to the database every time: what is kept, and for how long, is RuleCachesIT's.
@Import({JdbcCustomerPricingProfiles.class, NoOpCacheManager.class})
class JdbcCustomerPricingProfilesIT {

    @Autowired
    JdbcCustomerPricingProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProfileComesBackAsSavedAndSavingAgainReplacesIt() {
        var id = new CustomerId("reseller-7");
        var exempt = new Buyer(id, true, "FR", Set.of("b2b", "vip"),
                new TaxExemption("RESALE-2026-0042", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
        profiles.save(exempt);

        assertThat(profiles.find(id)).contains(exempt);

        var plain = new Buyer(id, true, "FR", Set.of(), null);
        profiles.save(plain);
        assertThat(profiles.find(id)).contains(plain);
        assertThat(profiles.find(new CustomerId("nobody"))).isEmpty();
    }

    @Test
    void theDatabaseRefusesAnExemptionWithoutItsPeriod() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO customer_pricing_profile (customer_id, exemption_certificate) VALUES ('half', 'CERT-1')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
