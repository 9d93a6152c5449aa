package io.orderservice.shipping.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Address;
import io.orderservice.shared.Money;
import io.orderservice.shipping.domain.CarrierRate;
import io.orderservice.shipping.domain.Parcel;
import io.orderservice.shipping.domain.TransitTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Against the seeded rate tables of the Liquibase changelog. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// Read through to the database every time: what is kept, and for how long, is RuleCachesIT's.
@Import({JdbcRateTables.class, NoOpCacheManager.class})
class JdbcRateTablesIT {

    private static final Address BERLIN = new Address("Ada", "1 Way", null, "Berlin", null, "10115", "DE");
    private static final Address DENVER = new Address("Ada", "1 Way", null, "Denver", "CO", "80202", "US");

    @Autowired
    JdbcRateTables tables;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableCoveringTheCountryInTheCurrencyPricesTheParcelByItsBands() {
        assertThat(tables.ratesFor(new Parcel(BERLIN, 1_200, Money.of(4_998, "EUR")))).containsExactlyInAnyOrder(
                new CarrierRate("dhl", "standard", Money.of(495, "EUR"), new TransitTime(2, 4)),
                new CarrierRate("ups", "express", Money.of(1_495, "EUR"), new TransitTime(1, 1)));
        assertThat(tables.ratesFor(new Parcel(BERLIN, 25_000, Money.of(4_998, "EUR")))).as("heavier than UPS's last band")
                .containsExactly(new CarrierRate("dhl", "standard", Money.of(4_995, "EUR"), new TransitTime(2, 4)));
        assertThat(tables.ratesFor(new Parcel(BERLIN, 1_200, Money.of(10_000, "EUR")))).as("DHL free from 100.00")
                .contains(new CarrierRate("dhl", "standard", Money.of(0, "EUR"), new TransitTime(2, 4)));
        assertThat(tables.ratesFor(new Parcel(DENVER, 1_200, Money.of(4_998, "USD")))).hasSize(2);
        assertThat(tables.ratesFor(new Parcel(DENVER, 1_200, Money.of(4_998, "EUR")))).as("no EUR table goes to the US").isEmpty();
    }

    @Test
    void aTableChangedInTheDatabaseCountsFromTheNextRequestAndAnInactiveOneNotAtAll() {
        jdbc.sql("UPDATE shipping_rate_band SET price_minor = 555 WHERE table_id = 'dhl-standard-europe-eur' AND position = 1").update();
        jdbc.sql("UPDATE shipping_rate_table SET active = false WHERE id = 'ups-express-europe-eur'").update();

        assertThat(tables.ratesFor(new Parcel(BERLIN, 1_200, Money.of(4_998, "EUR"))))
                .containsExactly(new CarrierRate("dhl", "standard", Money.of(555, "EUR"), new TransitTime(2, 4)));
    }
}
