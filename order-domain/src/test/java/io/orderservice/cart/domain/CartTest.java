package io.orderservice.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cart's rules: lines per SKU, limits, saved for later, closing at checkout, and the merge rule at login. */
class CartTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final CartLimits LIMITS = new CartLimits(3, 10, 2, 2);
    static final Sku MUG = new Sku("MUG");
    static final Sku TEE = new Sku("TEE");
    static final Sku PRINT = new Sku("PRINT");
    static final Address LONDON = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");

    @Test
    void unitsOfASkuJoinItsLineAndANoteOrGiftFlagGivenReplacesTheLines() {
        var cart = open(null);
        var first = cart.addLine(MUG, Quantity.of(2), "for Ada", true, LIMITS, NOW);
        var second = cart.addLine(MUG, Quantity.of(3), null, null, LIMITS, NOW);

        assertThat(cart.activeLines()).hasSize(1);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.quantity().value()).isEqualTo(5);
        assertThat(second.note()).isEqualTo("for Ada");
        assertThat(second.gift()).isTrue();
    }

    @Test
    void aCartHoldsNoMoreLinesOrUnitsOrCodesThanTheShopAllows() {
        var cart = open(null);
        cart.addLine(MUG, Quantity.of(10), null, null, LIMITS, NOW);
        assertThatThrownBy(() -> cart.addLine(MUG, Quantity.of(1), null, null, LIMITS, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("10 units");
        cart.addLine(TEE, Quantity.of(1), null, null, LIMITS, NOW);
        cart.addLine(PRINT, Quantity.of(1), null, null, LIMITS, NOW);
        assertThatThrownBy(() -> cart.addLine(new Sku("CAP"), Quantity.of(1), null, null, LIMITS, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("3 lines");
        cart.addPromoCode("welcome10", LIMITS, NOW);
        cart.addPromoCode("WELCOME10", LIMITS, NOW);
        cart.addPromoCode("SUMMER", LIMITS, NOW);
        assertThat(cart.promoCodes()).containsExactly("WELCOME10", "SUMMER");
        assertThatThrownBy(() -> cart.addPromoCode("MORE", LIMITS, NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> cart.addPromoCode("no spaces", LIMITS, NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aLineSavedForLaterLeavesTheLinesToBuyAndJoinsTheSavedLineOfItsSku() {
        var cart = open(null);
        var mug = cart.addLine(MUG, Quantity.of(2), null, null, LIMITS, NOW);
        cart.changeLine(mug.id(), null, null, null, true, LIMITS, NOW);
        var again = cart.addLine(MUG, Quantity.of(1), null, null, LIMITS, NOW);
        cart.changeLine(again.id(), null, null, null, true, LIMITS, NOW);

        assertThat(cart.activeLines()).isEmpty();
        assertThat(cart.savedLines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo(MUG);
            assertThat(line.quantity().value()).isEqualTo(3);
        });
    }

    @Test
    void onlyAnOpenCartChangesAndACheckoutClosesItOnlyWhenItsOrderIsAccepted() {
        var cart = open(new CustomerId("customer-42"));
        var line = cart.addLine(MUG, Quantity.of(1), null, null, LIMITS, NOW);
        assertThatThrownBy(() -> cart.beginCheckout(NOW)).isInstanceOf(CartNotReadyException.class)
                .hasMessageContaining("no shipping address");
        cart.shipTo(LONDON, NOW);
        cart.priced(CartPricing.empty(cart.currency(), Set.of(), false, NOW));
        var key = cart.checkoutKey();

        assertThat(cart.beginCheckout(NOW)).isTrue();
        assertThat(cart.beginCheckout(NOW)).as("a retry joins the attempt").isFalse();
        assertThatThrownBy(() -> cart.removeLine(line.id(), NOW)).isInstanceOf(CartClosedException.class);
        cart.checkoutRefused(NOW);
        assertThat(cart.status()).isEqualTo(CartStatus.OPEN);
        assertThat(cart.checkoutKey()).as("a new attempt has a key of its own").isNotEqualTo(key);

        cart.beginCheckout(NOW);
        var order = OrderId.newId();
        cart.checkedOut(order, NOW);
        assertThat(cart.status()).isEqualTo(CartStatus.CHECKED_OUT);
        assertThat(cart.orderId()).contains(order);
        assertThatThrownBy(() -> cart.addLine(TEE, Quantity.of(1), null, null, LIMITS, NOW)).isInstanceOf(CartClosedException.class);
    }

    @Test
    void aCheckoutWithNoOrderKnownHasStalledOnlyOnceItBeganBeforeTheGivenInstant() {
        var cart = open(new CustomerId("customer-42"));
        cart.addLine(MUG, Quantity.of(1), null, null, LIMITS, NOW);
        cart.shipTo(LONDON, NOW);
        cart.priced(CartPricing.empty(cart.currency(), Set.of(), false, NOW));
        assertThat(cart.checkoutStalled(NOW.plusSeconds(60))).as("an open cart has no checkout").isFalse();

        var begun = NOW.plusSeconds(1);
        cart.beginCheckout(begun);
        assertThat(cart.checkoutStalled(begun)).as("begun at that instant, not before").isFalse();
        assertThat(cart.checkoutStalled(begun.plusMillis(1))).isTrue();

        cart.checkoutUnderWay(OrderId.newId(), begun);
        assertThat(cart.checkoutStalled(begun.plusSeconds(3600))).as("its order is known: it waits for that order").isFalse();
    }

    @Test
    void aMergeAddsQuantitiesCappedByStockAndTheLineLimitAndSavesWhatCannotBeHad() {
        var customer = open(new CustomerId("customer-7"));
        customer.addLine(PRINT, Quantity.of(2), "mine", false, LIMITS, NOW);
        customer.addLine(TEE, Quantity.of(8), null, null, LIMITS, NOW);
        var anonymous = open(null);
        anonymous.addLine(PRINT, Quantity.of(2), "theirs", true, LIMITS, NOW);
        anonymous.addLine(TEE, Quantity.of(5), null, null, LIMITS, NOW);
        anonymous.addLine(MUG, Quantity.of(1), null, null, LIMITS, NOW);
        anonymous.shipTo(LONDON, NOW);
        anonymous.addPromoCode("WELCOME10", LIMITS, NOW);

        var adjustments = customer.absorb(anonymous, Map.of(PRINT, 3, MUG, 0), LIMITS, NOW);

        assertThat(quantity(customer.activeLines(), PRINT)).as("2 + 2, 3 to sell").isEqualTo(3);
        assertThat(quantity(customer.activeLines(), TEE)).as("8 + 5, 10 a line at most").isEqualTo(10);
        assertThat(quantity(customer.savedLines(), MUG)).as("none to sell: saved for later").isEqualTo(1);
        assertThat(customer.activeLines()).filteredOn(line -> line.sku().equals(PRINT)).singleElement()
                .satisfies(line -> {
                    assertThat(line.note()).as("the customer's note stays").isEqualTo("mine");
                    assertThat(line.gift()).isTrue();
                });
        assertThat(adjustments).containsExactlyInAnyOrder(
                new MergeAdjustment(PRINT, 4, 3, MergeAdjustment.Reason.STOCK),
                new MergeAdjustment(TEE, 13, 10, MergeAdjustment.Reason.LINE_LIMIT),
                new MergeAdjustment(MUG, 1, 1, MergeAdjustment.Reason.SAVED_FOR_LATER));
        assertThat(customer.shippingAddress()).as("the address chosen last").contains(LONDON);
        assertThat(customer.promoCodes()).containsExactly("WELCOME10");
        assertThat(anonymous.status()).isEqualTo(CartStatus.MERGED);
        assertThat(anonymous.mergedInto()).contains(customer.id());
    }

    @Test
    void aMergeNeverTakesAwayUnitsTheCustomersCartHeld() {
        var customer = open(new CustomerId("customer-7"));
        customer.addLine(PRINT, Quantity.of(5), null, null, LIMITS, NOW);
        var anonymous = open(null);
        anonymous.addLine(PRINT, Quantity.of(1), null, null, LIMITS, NOW);

        customer.absorb(anonymous, Map.of(PRINT, 2), LIMITS, NOW);

        assertThat(quantity(customer.activeLines(), PRINT)).isEqualTo(5);
    }

    @Test
    void onlyAnAnonymousCartOfTheSameCurrencyIsMerged() {
        var customer = open(new CustomerId("customer-7"));
        var another = open(new CustomerId("customer-8"));
        assertThatThrownBy(() -> customer.absorb(another, Map.of(), LIMITS, NOW)).isInstanceOf(InvalidValueException.class);
        var dollars = Cart.open(CartId.newId(), null, Money.currencyOf("USD"), "US", NOW);
        assertThatThrownBy(() -> customer.absorb(dollars, Map.of(), LIMITS, NOW)).isInstanceOf(InvalidValueException.class);
    }

    private static Cart open(CustomerId customer) {
        return Cart.open(CartId.newId(), customer, Money.currencyOf("EUR"), "GB", NOW);
    }

    private static int quantity(List<CartLine> lines, Sku sku) {
        return lines.stream().filter(line -> line.sku().equals(sku)).mapToInt(line -> line.quantity().value()).sum();
    }
}
