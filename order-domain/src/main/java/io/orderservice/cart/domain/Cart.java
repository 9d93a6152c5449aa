package io.orderservice.cart.domain;

import io.orderservice.cart.domain.event.CartAbandoned;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shopper's cart: lines to buy (one per SKU) and lines saved for later (one per SKU), promo codes, where and how it
 * ships, and what it cost when last priced. Anonymous until a customer claims it; a customer has at most one cart that
 * is not closed. Only an open cart changes; a cart being checked out waits for its order's outcome, and is closed when
 * the order is accepted or opened again (for a new attempt) when it is refused.
 */
public final class Cart {

    private static final Pattern PROMO_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,63}");

    private final CartId id;
    private CustomerId customer;
    private final Currency currency;
    private String country;
    private Address shippingAddress;
    private ShippingChoice shipping;
    private final LinkedHashSet<String> promoCodes;
    private final List<CartLine> lines;
    private int lastLineId;
    private CartStatus status;
    private int checkoutAttempt;
    private OrderId orderId;
    private CartId mergedInto;
    private CartPricing pricing;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant abandonedAt;
    private final Long version;
    private final List<CartAbandoned> events = new ArrayList<>();

    private Cart(CartId id, CustomerId customer, Currency currency, String country, Address shippingAddress,
                 ShippingChoice shipping, Set<String> promoCodes, List<CartLine> lines, int lastLineId, CartStatus status,
                 int checkoutAttempt, OrderId orderId, CartId mergedInto, CartPricing pricing, Instant createdAt,
                 Instant updatedAt, Instant abandonedAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customer = customer;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.country = country(country);
        this.shippingAddress = shippingAddress;
        this.shipping = shipping == null ? ShippingChoice.CHEAPEST : shipping;
        this.promoCodes = new LinkedHashSet<>(promoCodes);
        this.lines = new ArrayList<>(lines);
        this.lastLineId = lastLineId;
        this.status = Objects.requireNonNull(status, "status");
        this.checkoutAttempt = checkoutAttempt;
        this.orderId = orderId;
        this.mergedInto = mergedInto;
        this.pricing = pricing;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.abandonedAt = abandonedAt;
        this.version = version;
    }

    /** A new, empty cart: a customer's, or an anonymous one when {@code customer} is null. */
    public static Cart open(CartId id, CustomerId customer, Currency currency, String country, Instant at) {
        return new Cart(id, customer, currency, country, null, ShippingChoice.CHEAPEST, Set.of(), List.of(), 0,
                CartStatus.OPEN, 1, null, null, null, at, at, null, null);
    }

    /**
     * A cart as it was stored, at {@code version}.
     *
     * @param abandonedAt when it was last found abandoned (null: not since its last change)
     */
    public static Cart restore(CartId id, CustomerId customer, Currency currency, String country, Address shippingAddress,
                               ShippingChoice shipping, Set<String> promoCodes, List<CartLine> lines, int lastLineId,
                               CartStatus status, int checkoutAttempt, OrderId orderId, CartId mergedInto,
                               CartPricing pricing, Instant createdAt, Instant updatedAt, Instant abandonedAt, long version) {
        return new Cart(id, customer, currency, country, shippingAddress, shipping, promoCodes, lines, lastLineId, status,
                checkoutAttempt, orderId, mergedInto, pricing, createdAt, updatedAt, abandonedAt, version);
    }

    /** This cart as it was stored, at {@code version} (what it recorded has been published with it). */
    public Cart storedAt(long version) {
        return new Cart(id, customer, currency, country, shippingAddress, shipping, promoCodes, lines, lastLineId, status,
                checkoutAttempt, orderId, mergedInto, pricing, createdAt, updatedAt, abandonedAt, version);
    }

    // --- idle ---

    /**
     * The cart was left alone since {@link #updatedAt()}: an open cart with something to buy records
     * {@link CartAbandoned} (once per idle spell: a change starts a new one). Either way it is marked, so that it is
     * not looked at again until it changes.
     *
     * @return whether it was abandoned now
     */
    public boolean markAbandoned(Instant at) {
        if (status != CartStatus.OPEN || abandonedAt != null) {
            return false;
        }
        abandonedAt = at;
        var toBuy = activeLines();
        if (toBuy.isEmpty()) {
            return false;
        }
        events.add(new CartAbandoned(id, customer, pricing == null ? Money.zero(currency)
                : pricing.grandTotal(), toBuy.stream().map(line -> new CartAbandoned.Line(line.sku(),
                line.quantity().value())).toList(), updatedAt, at));
        return true;
    }

    /** When it was last found abandoned; empty if it changed since. */
    public Optional<Instant> abandonedAt() {
        return Optional.ofNullable(abandonedAt);
    }

    /** What it recorded since it was read, handed to whoever publishes it (the store); recorded once, pulled once. */
    public List<CartAbandoned> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    // --- lines ---

    /**
     * Adds units of a SKU: to the line that already has it (quantities add; a note or gift flag given replaces the
     * line's), or as a new line.
     *
     * @return the line as it is now
     */
    public CartLine addLine(Sku sku, Quantity quantity, String note, Boolean gift, CartLimits limits, Instant at) {
        requireOpen();
        var existing = find(sku, false);
        CartLine line;
        if (existing.isPresent()) {
            var before = existing.get();
            line = before.with(units(before.quantity().value() + quantity.value(), limits), note == null ? before.note() : note,
                    gift == null ? before.gift() : gift, false);
            replace(before, line);
        } else {
            if (activeLines().size() >= limits.maxLines()) {
                throw new InvalidValueException("a cart holds at most " + limits.maxLines() + " lines to buy");
            }
            line = new CartLine(++lastLineId, sku, units(quantity.value(), limits), note, Boolean.TRUE.equals(gift), false);
            lines.add(line);
        }
        touched(at);
        return line;
    }

    /**
     * Changes a line: its quantity, note, gift flag, or whether it is saved for later (fields left null stay). A line
     * moved between the lines to buy and those saved for later joins the line of its SKU there, if there is one.
     *
     * @return the line as it is now
     */
    public CartLine changeLine(int lineId, Quantity quantity, String note, Boolean gift, Boolean savedForLater,
                               CartLimits limits, Instant at) {
        requireOpen();
        var before = line(lineId);
        boolean saved = savedForLater == null ? before.savedForLater() : savedForLater;
        int units = quantity == null ? before.quantity().value() : quantity.value();
        var changed = before.with(units(units, limits), note == null ? before.note() : note,
                gift == null ? before.gift() : gift, saved);
        if (saved != before.savedForLater()) {
            var joined = find(before.sku(), saved);
            if (joined.isPresent()) {
                lines.remove(before);
                var into = joined.get();
                changed = into.with(units(into.quantity().value() + units, limits), changed.note(), changed.gift(), saved);
                replace(into, changed);
                touched(at);
                return changed;
            }
            if (saved && savedLines().size() >= limits.maxSavedLines()) {
                throw new InvalidValueException("a cart saves at most " + limits.maxSavedLines() + " lines for later");
            }
            if (!saved && activeLines().size() >= limits.maxLines()) {
                throw new InvalidValueException("a cart holds at most " + limits.maxLines() + " lines to buy");
            }
        }
        replace(before, changed);
        touched(at);
        return changed;
    }

    public void removeLine(int lineId, Instant at) {
        requireOpen();
        lines.remove(line(lineId));
        touched(at);
    }

    // --- promo codes, address, shipping ---

    /** Enters a promo code (case does not matter); entering it again changes nothing. */
    public void addPromoCode(String code, CartLimits limits, Instant at) {
        requireOpen();
        var normalised = promoCode(code);
        if (!promoCodes.contains(normalised) && promoCodes.size() >= limits.maxPromoCodes()) {
            throw new InvalidValueException("a cart holds at most " + limits.maxPromoCodes() + " promo codes");
        }
        promoCodes.add(normalised);
        touched(at);
    }

    /** Takes a promo code out; one the cart does not hold changes nothing. */
    public void removePromoCode(String code, Instant at) {
        requireOpen();
        promoCodes.remove(promoCode(code));
        touched(at);
    }

    /** Where it ships; the cart's country becomes the address's. */
    public void shipTo(Address address, Instant at) {
        requireOpen();
        this.shippingAddress = Objects.requireNonNull(address, "address");
        this.country = address.countryCode();
        touched(at);
    }

    public void shipBy(ShippingChoice choice, Instant at) {
        requireOpen();
        this.shipping = Objects.requireNonNull(choice, "choice");
        touched(at);
    }

    /** What the cart costs now, as it will be shown. */
    public void priced(CartPricing pricing) {
        if (!pricing.grandTotal().currency().equals(currency)) {
            throw new InvalidValueException("a cart in " + currency + " is priced in " + currency);
        }
        this.pricing = pricing;
    }

    /**
     * Where the cart is priced for: its shipping address, or (none set yet) its country, for an estimate of taxes and
     * shipping.
     */
    public Address pricedFor() {
        if (shippingAddress != null) {
            return shippingAddress;
        }
        return new Address("(estimate)", "(estimate)", null, "(estimate)", null, "(estimate)", country);
    }

    // --- login ---

    /** An anonymous cart becomes the customer's, who had no open cart. */
    public void claimBy(CustomerId customer, Instant at) {
        requireOpen();
        if (this.customer != null) {
            throw new InvalidValueException("cart " + id + " is a customer's already");
        }
        this.customer = Objects.requireNonNull(customer, "customer");
        touched(at);
    }

    /**
     * Takes in an anonymous cart at its shopper's login, by the documented rule (docs/carts.md): quantities of a SKU
     * add up, capped at the units there are to sell of a SKU sold from stock only ({@code sellable}; a SKU missing from
     * it is not capped) and at the most a line may hold, never below what this cart held; a SKU with nothing to sell is
     * saved for later; lines saved for later join those saved; promo codes join; the anonymous cart's address and
     * shipping choice, if it has an address, are the ones the shopper chose last. The anonymous cart is closed as
     * merged into this one.
     *
     * @return what did not go in as it was
     */
    public List<MergeAdjustment> absorb(Cart anonymous, Map<Sku, Integer> sellable, CartLimits limits, Instant at) {
        requireOpen();
        anonymous.requireOpen();
        if (anonymous.customer != null || anonymous.id.equals(id)) {
            throw new InvalidValueException("only an anonymous cart is merged into a customer's");
        }
        if (!anonymous.currency.equals(currency)) {
            throw new InvalidValueException("cart " + anonymous.id + " is in " + anonymous.currency + ", this one in " + currency);
        }
        var adjustments = new ArrayList<MergeAdjustment>();
        for (var incoming : anonymous.activeLines()) {
            absorbLine(incoming, sellable, limits, adjustments);
        }
        for (var incoming : anonymous.savedLines()) {
            if (find(incoming.sku(), true).isEmpty() && savedLines().size() < limits.maxSavedLines()) {
                lines.add(new CartLine(++lastLineId, incoming.sku(), incoming.quantity(), incoming.note(), incoming.gift(), true));
            }
        }
        for (var code : anonymous.promoCodes) {
            if (promoCodes.size() < limits.maxPromoCodes()) {
                promoCodes.add(code);
            }
        }
        if (anonymous.shippingAddress != null) {
            shippingAddress = anonymous.shippingAddress;
            country = anonymous.country;
            shipping = anonymous.shipping;
        }
        anonymous.status = CartStatus.MERGED;
        anonymous.mergedInto = id;
        anonymous.touched(at);
        touched(at);
        return List.copyOf(adjustments);
    }

    private void absorbLine(CartLine incoming, Map<Sku, Integer> sellable, CartLimits limits, List<MergeAdjustment> adjustments) {
        var existing = find(incoming.sku(), false);
        int held = existing.map(line -> line.quantity().value()).orElse(0);
        int wanted = held + incoming.quantity().value();
        int stockCap = sellable.getOrDefault(incoming.sku(), Integer.MAX_VALUE);
        int cap = Math.min(limits.maxUnitsPerLine(), stockCap);
        int merged = Math.max(held, Math.min(wanted, cap));
        if (merged < wanted) {
            var reason = merged == 0 ? MergeAdjustment.Reason.SAVED_FOR_LATER
                    : stockCap < limits.maxUnitsPerLine() ? MergeAdjustment.Reason.STOCK : MergeAdjustment.Reason.LINE_LIMIT;
            adjustments.add(new MergeAdjustment(incoming.sku(), wanted, merged == 0 ? incoming.quantity().value() : merged, reason));
        }
        if (existing.isPresent()) {
            var before = existing.get();
            replace(before, before.with(Quantity.of(merged), before.note() == null ? incoming.note() : before.note(),
                    before.gift() || incoming.gift(), false));
        } else if (merged == 0) {
            if (find(incoming.sku(), true).isEmpty() && savedLines().size() < limits.maxSavedLines()) {
                lines.add(new CartLine(++lastLineId, incoming.sku(), incoming.quantity(), incoming.note(), incoming.gift(), true));
            }
        } else if (activeLines().size() >= limits.maxLines()) {
            adjustments.add(new MergeAdjustment(incoming.sku(), wanted, 0, MergeAdjustment.Reason.CART_FULL));
        } else {
            lines.add(new CartLine(++lastLineId, incoming.sku(), Quantity.of(merged), incoming.note(), incoming.gift(), false));
        }
    }

    // --- checkout ---

    /**
     * Starts a checkout of an open cart; a cart being checked out already is checked out again (a retry), with the same
     * attempt, so that it finds the order the first try placed.
     *
     * @return whether this starts a new attempt (false: a retry of the one under way)
     * @throws CartNotReadyException when there is nothing to buy, no address, or a line cannot be had
     */
    public boolean beginCheckout(Instant at) {
        if (status == CartStatus.CHECKING_OUT) {
            return false;
        }
        requireOpen();
        var notReady = whyNotReady();
        if (notReady.isPresent()) {
            throw new CartNotReadyException("cart " + id + " " + notReady.get());
        }
        status = CartStatus.CHECKING_OUT;
        touched(at);
        return true;
    }

    /** Whether an open cart may be checked out as it is: something to buy, an address, every line to be had. */
    public boolean readyForCheckout() {
        return status == CartStatus.OPEN && whyNotReady().isEmpty();
    }

    private Optional<String> whyNotReady() {
        if (activeLines().isEmpty()) {
            return Optional.of("has nothing to buy");
        }
        if (shippingAddress == null) {
            return Optional.of("has no shipping address");
        }
        if (pricing == null || !pricing.allAvailable()) {
            return Optional.of("has lines that cannot be had now; change or save them for later");
        }
        return Optional.empty();
    }

    /** The checkout's order was accepted: the cart is closed for good. */
    public void checkedOut(OrderId order, Instant at) {
        if (status == CartStatus.CHECKED_OUT && order.equals(orderId)) {
            return;
        }
        requireCheckingOut();
        orderId = Objects.requireNonNull(order, "order");
        status = CartStatus.CHECKED_OUT;
        touched(at);
    }

    /** The checkout's order is stored and its placement goes on without the request: its outcome closes or reopens the cart. */
    public void checkoutUnderWay(OrderId order, Instant at) {
        requireCheckingOut();
        if (!order.equals(orderId)) {
            orderId = order;
            touched(at);
        }
    }

    /** The checkout was refused (nothing placed, or the order rejected): the cart is open again, for a new attempt. */
    public void checkoutRefused(Instant at) {
        requireCheckingOut();
        status = CartStatus.OPEN;
        orderId = null;
        checkoutAttempt++;
        touched(at);
    }

    /**
     * Whether the cart has been checked out since before {@code begunBefore} with no order known to it: its checkout
     * stalled (the process died before the placement stored the order), unless the placement stored one under the
     * attempt's key after all, which only the placement can say.
     */
    public boolean checkoutStalled(Instant begunBefore) {
        return status == CartStatus.CHECKING_OUT && orderId == null && updatedAt.isBefore(begunBefore);
    }

    /** The key that makes one attempt's placement happen once, however often it is tried (the placement's Idempotency-Key). */
    public String checkoutKey() {
        return "cart:" + id + ":" + checkoutAttempt;
    }

    // --- reading ---

    public CartId id() {
        return id;
    }

    /** The customer whose cart it is; empty for an anonymous cart. */
    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customer);
    }

    public Currency currency() {
        return currency;
    }

    public String country() {
        return country;
    }

    public Optional<Address> shippingAddress() {
        return Optional.ofNullable(shippingAddress);
    }

    public ShippingChoice shipping() {
        return shipping;
    }

    public List<String> promoCodes() {
        return List.copyOf(promoCodes);
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public List<CartLine> activeLines() {
        return lines.stream().filter(CartLine::active).toList();
    }

    public List<CartLine> savedLines() {
        return lines.stream().filter(CartLine::savedForLater).toList();
    }

    public int lastLineId() {
        return lastLineId;
    }

    public CartStatus status() {
        return status;
    }

    public int checkoutAttempt() {
        return checkoutAttempt;
    }

    public Optional<OrderId> orderId() {
        return Optional.ofNullable(orderId);
    }

    public Optional<CartId> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Optional<CartPricing> pricing() {
        return Optional.ofNullable(pricing);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The last time its shopper changed it. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version it was read at; null for a cart never stored. */
    public Long version() {
        return version;
    }

    private void requireOpen() {
        if (status != CartStatus.OPEN) {
            throw new CartClosedException(id, status);
        }
    }

    private void requireCheckingOut() {
        if (status != CartStatus.CHECKING_OUT) {
            throw new CartClosedException(id, status);
        }
    }

    private CartLine line(int lineId) {
        return lines.stream().filter(line -> line.id() == lineId).findFirst()
                .orElseThrow(() -> new CartLineNotFoundException(id, lineId));
    }

    private Optional<CartLine> find(Sku sku, boolean savedForLater) {
        return lines.stream().filter(line -> line.sku().equals(sku) && line.savedForLater() == savedForLater).findFirst();
    }

    private void replace(CartLine before, CartLine after) {
        lines.set(lines.indexOf(before), after);
    }

    private static Quantity units(int units, CartLimits limits) {
        if (units > limits.maxUnitsPerLine()) {
            throw new InvalidValueException("a cart line holds at most " + limits.maxUnitsPerLine() + " units");
        }
        return Quantity.of(units);
    }

    private static String promoCode(String code) {
        var normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!PROMO_CODE.matcher(normalised).matches()) {
            throw new InvalidValueException("a promo code is 1 to 64 letters, digits, '-' or '_'");
        }
        return normalised;
    }

    private static String country(String code) {
        var upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(upper)) {
            throw new InvalidValueException("country '" + code + "' is not an ISO 3166-1 alpha-2 code");
        }
        return upper;
    }

    private void touched(Instant at) {
        updatedAt = at;
        abandonedAt = null;
    }
}
