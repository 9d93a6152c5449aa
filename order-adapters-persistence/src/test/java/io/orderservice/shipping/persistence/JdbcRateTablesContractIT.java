package io.orderservice.shipping.persistence;

import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shipping.application.port.out.CarrierRateSource;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.kit.CarrierRateSourceContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Import;

/**
 * The rate tables pass the rates kit, on PostgreSQL with the seeded tables of the Liquibase changelog. Its provider is
 * the service's own database, so the kit's misbehaving carriers are skipped: a database that cannot answer fails the
 * request whatever the rates (RuleCachesIT shows what the cache keeps).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({JdbcRateTables.class, NoOpCacheManager.class})
class JdbcRateTablesContractIT extends CarrierRateSourceContract {

    @Autowired
    JdbcRateTables tables;

    @Override
    protected CarrierRateSource source() {
        return tables;
    }

    @Override
    protected Parcel parcelItServes() {
        return new Parcel(new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE"), 1_200, Money.of(4_998, "EUR"));
    }
}
