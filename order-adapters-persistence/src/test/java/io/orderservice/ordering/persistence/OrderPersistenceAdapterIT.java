package io.orderservice.ordering.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.domain.Actor;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.OrderLine;
import io.orderservice.ordering.domain.OrderRefund;
import io.orderservice.ordering.domain.ShippedLine;
import io.orderservice.ordering.domain.price.Charges;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.ordering.domain.price.PriceDetails.DiscountedLine;
import io.orderservice.ordering.domain.price.PriceDetails.TaxLine;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({OrderPersistenceAdapter.class, OrderEntityMapperImpl.class})
class OrderPersistenceAdapterIT {

    private static final Instant PLACED = Instant.parse("2026-11-28T10:00:00.123456Z");
    private static final Address ADDRESS = new Address("Ada Lovelace", "12 Analytical Way", "Flat 2", "London", "Greater London",
            "N1 9GU", "GB");

    @Autowired
    OrderRepository orders;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anOrderComesBackAsItWasStored() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();

        var loaded = orders.findById(order.id()).orElseThrow();

        assertThat(loaded.id()).isEqualTo(order.id());
        assertThat(loaded.customerId()).isEqualTo(order.customerId());
        assertThat(loaded.shippingAddress()).isEqualTo(ADDRESS);
        assertThat(loaded.lines()).isEqualTo(order.lines());
        assertThat(loaded.totals()).isEqualTo(order.totals());
        assertThat(loaded.status()).isEqualTo(OrderStatus.PAID);
        assertThat(loaded.paymentReference()).isEqualTo("auth-1");
        assertThat(loaded.history()).isEqualTo(order.history());
        assertThat(loaded.placedAt()).isEqualTo(PLACED);
        assertThat(loaded.version()).isZero();
    }

    @Test
    void aStatusChangeAppendsToTheHistoryAndBumpsTheVersion() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();

        var loaded = orders.findById(order.id()).orElseThrow();
        loaded.cancel("customer asked", Actor.customer("customer-42"), PLACED.plusSeconds(60));
        orders.save(loaded);
        flushAndClear();

        var reloaded = orders.findById(order.id()).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(reloaded.history()).hasSize(3);
        assertThat(reloaded.history().get(2).reason()).startsWith("customer asked");
        assertThat(reloaded.version()).isEqualTo(1);
        assertThat(reloaded.refunds()).as("the cancellation's release of the authorisation")
                .singleElement().isEqualTo(loaded.refunds().get(0));

        reloaded.settleRefund(reloaded.refunds().get(0).id(), false, "authorisation expired", PLACED.plusSeconds(90));
        orders.save(reloaded);
        flushAndClear();

        var settled = orders.findById(order.id()).orElseThrow();
        assertThat(settled.refunds()).singleElement().satisfies(release -> {
            assertThat(release.status()).isEqualTo(OrderRefund.Status.FAILED);
            assertThat(release.failure()).isEqualTo("authorisation expired");
            assertThat(release.settledAt()).isEqualTo(PLACED.plusSeconds(90));
        });
        assertThat(settled.history()).hasSize(4);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void savingAnOrderReadAtAnOlderVersionIsAConflictNotALostUpdate() {
        var order = paidOrder();
        transaction.executeWithoutResult(status -> orders.save(order));

        var first = transaction.execute(status -> orders.findById(order.id()).orElseThrow());
        var second = transaction.execute(status -> orders.findById(order.id()).orElseThrow());
        first.ship(UUID.randomUUID(), "DHL", "JD014600006281", null, first.lines().stream()
                .map(line -> new ShippedLine(line.lineNumber(), line.quantity())).toList(),
                Actor.operator("warehouse"), PLACED.plusSeconds(10));
        transaction.executeWithoutResult(status -> orders.save(first));
        second.cancel("too late", Actor.customer("customer-42"), PLACED.plusSeconds(20));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> orders.save(second)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var stored = transaction.execute(status -> orders.findById(order.id()).orElseThrow());
        assertThat(stored.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(stored.shippedUnits()).as("ordering's own count of shipped units, stored per line").isEqualTo(first.shippedUnits())
                .isNotEmpty();
        transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM orders WHERE id = ?").param(order.id().value()).update());
    }

    /**
     * A transaction that read an order unlocked and locks it later gets the row as it is once locked: a change committed
     * in between is there, not the session's first read (which made the save fail at its version: a spurious 409).
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anOrderLockedAfterAnUnlockedReadInTheSameTransactionIsTheRowAsLocked() throws Exception {
        var order = placedOrder();
        transaction.executeWithoutResult(status -> orders.save(order));
        var readUnlocked = new CountDownLatch(1);
        var changedMeanwhile = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var later = executor.submit(() -> transaction.executeWithoutResult(status -> {
                assertThat(orders.findById(order.id()).orElseThrow().version()).isZero();
                readUnlocked.countDown();
                await(changedMeanwhile);
                var locked = orders.lockById(order.id()).orElseThrow();
                assertThat(locked.version()).as("the row as locked, with the change made meanwhile").isEqualTo(1);
                locked.cancel("changed my mind", Actor.operator("ops-1"), PLACED.plusSeconds(6));
                orders.save(locked);
            }));
            await(readUnlocked);
            transaction.executeWithoutResult(status -> {
                var other = orders.lockById(order.id()).orElseThrow();
                other.authorisePayment("auth-7", Actor.system(), PLACED.plusSeconds(5));
                orders.save(other);
            });
            changedMeanwhile.countDown();
            later.get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }

        var stored = transaction.execute(status -> orders.findById(order.id()).orElseThrow());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored.paymentReference()).as("neither change lost").isEqualTo("auth-7");
        transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM orders WHERE id = ?").param(order.id().value()).update());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A change of an order's own fields and history only is one statement (issue 19); it keeps every guarantee of a save. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aStatusChangeIsWrittenAtOnceRefusesAStaleVersionAndIsWhatTheSameTransactionReadsNext() {
        var order = placedOrder();
        transaction.executeWithoutResult(status -> orders.save(order));
        var stale = transaction.execute(status -> orders.findById(order.id()).orElseThrow());

        transaction.executeWithoutResult(status -> {
            var locked = orders.lockById(order.id()).orElseThrow();
            locked.authorisePayment("auth-7", Actor.system(), PLACED.plusSeconds(5));
            orders.save(locked);
            assertThat(orders.findById(order.id()).orElseThrow()).as("read again in the same transaction").satisfies(read -> {
                assertThat(read.status()).isEqualTo(OrderStatus.PAID);
                assertThat(read.version()).isEqualTo(1);
                assertThat(read.history()).isEqualTo(locked.history());
            });
        });
        stale.hold("looks odd", Actor.operator("ops-1"), PLACED.plusSeconds(6));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> orders.save(stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var stored = transaction.execute(status -> orders.findById(order.id()).orElseThrow());
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.paymentReference()).isEqualTo("auth-7");
        assertThat(stored.lines()).isEqualTo(order.lines());
        assertThat(stored.history()).hasSize(2);
        assertThat(jdbc.sql("SELECT actor || ' ' || coalesce(reason, '') FROM order_audit WHERE order_id = ? ORDER BY id")
                .param(order.id().value()).query(String.class).list())
                .containsExactly("CUSTOMER:customer-42 placed", "SYSTEM:order-service payment authorised");
        transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM orders WHERE id = ?").param(order.id().value()).update());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void theDatabaseAcceptsEveryStatusOfTheStateMachine(OrderStatus status) {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();
        jdbc.sql("UPDATE orders SET status = ? WHERE id = ?").params(status.name(), order.id().value()).update();

        assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(status);
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheStateMachine() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();
        assertThatThrownBy(() -> jdbc.sql("UPDATE orders SET status = 'LOST' WHERE id = ?").param(order.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("orders_status_valid");
    }

    @Test
    void theDatabaseRefusesTotalsThatDoNotAddUpAndLinesWithoutQuantity() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();
        var id = order.id().value();
        assertThatThrownBy(() -> jdbc.sql("UPDATE orders SET grand_total_minor = grand_total_minor + 1 WHERE id = ?")
                .param(id).update()).hasMessageContaining("orders_grand_total_adds_up");
    }

    @Test
    void theDatabaseRefusesALineWithoutQuantity() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();
        assertThatThrownBy(() -> jdbc.sql("UPDATE order_lines SET quantity = 0, line_total_minor = 0 WHERE order_id = ?")
                .param(order.id().value()).update()).hasMessageContaining("order_lines_quantity_positive");
    }

    @Test
    void anOrderKeepsHowItsDiscountAndTaxWereArrivedAtAndAnUnchangedOrderStaysAtItsVersion() {
        var eur = (java.util.function.LongFunction<Money>) cents -> Money.of(cents, "EUR");
        var details = new PriceDetails(
                List.of(new TaxLine("Germany", "STANDARD", new java.math.BigDecimal("0.19"), eur.apply(3_798), eur.apply(606))),
                List.of(new AppliedDiscount("welcome-10", "WELCOME10", List.of(new DiscountedLine(new Sku("TSHIRT-BLK-M"),
                        eur.apply(400))), eur.apply(0)), new AppliedDiscount("free-shipping", null, List.of(), eur.apply(495))),
                List.of("a note"));
        // prices include tax: 39.98 - 4.00 + 0.00 shipping, of which 6.06 tax
        var order = Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(new OrderLine(1, new Sku("TSHIRT-BLK-M"), "T-shirt", Quantity.of(2), eur.apply(1999))),
                new Charges(eur.apply(400), eur.apply(606), eur.apply(0), new ShippingMethod("dhl", "standard",
                        java.time.LocalDate.parse("2026-12-01"), java.time.LocalDate.parse("2026-12-03")), true, eur.apply(0), details), false,
                Actor.customer("customer-42"), PLACED);
        orders.save(order);
        flushAndClear();

        var loaded = orders.findById(order.id()).orElseThrow();
        assertThat(loaded.priceDetails()).isEqualTo(details);
        assertThat(loaded.shippingMethod()).isEqualTo(order.shippingMethod()).isNotNull();
        assertThat(loaded.totals()).isEqualTo(order.totals());
        assertThat(loaded.totals().grandTotal()).isEqualTo(eur.apply(3_598));

        orders.save(loaded);
        flushAndClear();
        assertThat(orders.findById(order.id()).orElseThrow().version()).as("nothing changed, nothing written").isZero();
        assertThat(jdbc.sql("SELECT price_details -> 'taxes' -> 0 ->> 'jurisdiction' FROM orders WHERE id = ?")
                .param(order.id().value()).query(String.class).single()).isEqualTo("Germany");
    }

    @Test
    void theDatabaseChecksTheGrandTotalOfPricesWithAndWithoutTax() {
        var order = paidOrder();
        orders.save(order);
        flushAndClear();

        assertThat(jdbc.sql("UPDATE orders SET tax_included = true, tax_minor = 100 WHERE id = ?").param(order.id().value())
                .update()).as("included tax is part of the amounts, not added to them").isOne();
        assertThatThrownBy(() -> jdbc.sql("UPDATE orders SET tax_relief_minor = 100 WHERE id = ?").param(order.id().value())
                .update()).as("relief taken off without the grand total following")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    private static Order placedOrder() {
        var eur = (java.util.function.LongFunction<Money>) cents -> Money.of(cents, "EUR");
        return Order.place(OrderId.newId(), new CustomerId("customer-42"), ADDRESS,
                List.of(new OrderLine(1, new Sku("TSHIRT-BLK-M"), "T-shirt", Quantity.of(2), eur.apply(1999)),
                        new OrderLine(2, new Sku("MUG-CLASSIC"), "Mug", Quantity.of(1), eur.apply(1250))),
                eur.apply(0), eur.apply(0), eur.apply(495), Actor.customer("customer-42"), PLACED);
    }

    private static Order paidOrder() {
        var order = placedOrder();
        order.authorisePayment("auth-1", Actor.system(), PLACED.plusMillis(5).truncatedTo(ChronoUnit.MICROS));
        return order;
    }
}
