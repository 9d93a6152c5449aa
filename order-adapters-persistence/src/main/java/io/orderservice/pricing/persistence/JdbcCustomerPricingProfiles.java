package io.orderservice.pricing.persistence;

import io.orderservice.pricing.application.port.out.CustomerPricingProfiles;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.TaxExemption;
import io.orderservice.shared.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code customer_pricing_profile} table: one row per customer who is not an ordinary consumer. What was read of a
 * customer (a profile, or none) is kept in the {@value #CACHE} cache (ADR 0032); saving a profile evicts it once the
 * transaction has committed.
 */
@Component
class JdbcCustomerPricingProfiles implements CustomerPricingProfiles {

    static final String CACHE = "pricing-profiles";

    private final JdbcClient jdbc;
    private final Cache profiles;

    JdbcCustomerPricingProfiles(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.profiles = caches.getCache(CACHE);
    }

    @Override
    public Optional<Buyer> find(CustomerId customerId) {
        return profiles.get(customerId.value(), () -> jdbc.sql("SELECT * FROM customer_pricing_profile WHERE customer_id = ?")
                .param(customerId.value()).query((row, number) -> buyer(customerId, row)).optional());
    }

    @Override
    public void save(Buyer profile) {
        var exemption = profile.exemption();
        jdbc.sql("""
                        INSERT INTO customer_pricing_profile (customer_id, business, vat_country, segments, exemption_certificate,
                                                              exemption_valid_from, exemption_valid_to, updated_at)
                        VALUES (:id, :business, :vatCountry, :segments, :certificate, :validFrom, :validTo, now())
                        ON CONFLICT (customer_id) DO UPDATE SET business = excluded.business, vat_country = excluded.vat_country,
                            segments = excluded.segments, exemption_certificate = excluded.exemption_certificate,
                            exemption_valid_from = excluded.exemption_valid_from, exemption_valid_to = excluded.exemption_valid_to,
                            updated_at = now()""")
                .param("id", profile.id().value())
                .param("business", profile.business())
                .param("vatCountry", profile.vatCountry())
                .param("segments", profile.segments().stream().sorted().toArray(String[]::new))
                .param("certificate", exemption == null ? null : exemption.certificate())
                .param("validFrom", exemption == null ? null : exemption.validFrom())
                .param("validTo", exemption == null ? null : exemption.validTo())
                .update();
        profiles.evict(profile.id().value());
    }

    private static Buyer buyer(CustomerId customerId, ResultSet row) throws SQLException {
        var certificate = row.getString("exemption_certificate");
        var exemption = certificate == null ? null : new TaxExemption(certificate,
                row.getObject("exemption_valid_from", java.time.LocalDate.class),
                row.getObject("exemption_valid_to", java.time.LocalDate.class));
        var segments = (String[]) row.getArray("segments").getArray();
        return new Buyer(customerId, row.getBoolean("business"), row.getString("vat_country"), Set.copyOf(Arrays.asList(segments)),
                exemption);
    }
}
