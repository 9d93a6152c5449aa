package io.orderservice.ordering.application;

import io.orderservice.ordering.application.port.out.AddressVerification;
import io.orderservice.ordering.application.port.out.FraudScreening;
import io.orderservice.ordering.application.port.out.FulfilmentPlans;
import io.orderservice.ordering.application.port.out.OrderPricing;
import io.orderservice.ordering.application.port.out.OrderRepository;
import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.ordering.application.port.out.Payments;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import io.orderservice.ordering.application.port.out.PromotionClaims;
import io.orderservice.ordering.application.port.out.RequestedLine;
import io.orderservice.ordering.application.port.out.StockReservations;
import io.orderservice.ordering.domain.Order;
import io.orderservice.ordering.domain.price.Charges;
import io.orderservice.ordering.domain.price.PriceDetails.AppliedDiscount;
import io.orderservice.ordering.domain.price.PriceDetails.DiscountedLine;
import io.orderservice.ordering.domain.price.PriceDetails;
import io.orderservice.ordering.domain.price.ShippingMethod;
import io.orderservice.ordering.domain.risk.RiskAssessment;
import io.orderservice.ordering.domain.risk.RiskDecision;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.Address;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory stand-ins for ordering's outbound ports, for use-case tests only. The real adapters are
 * proven against PostgreSQL in their own rings.
 */
/** Shared by the use-case tests of every family of ordering.application. */
public final class InMemoryNeighbours {

    private InMemoryNeighbours() {
    }

    public static final class Orders implements OrderRepository {
        public final Map<OrderId, Order> stored = new LinkedHashMap<>();
        public int saves;
        /** What saving published: the events the orders recorded, as the database-backed store publishes them. */
        public final List<Object> published = new ArrayList<>();

        @Override
        public void save(Order order) {
            var current = stored.get(order.id());
            if (order.version() != null && current != null && !current.version().equals(order.version())) {
                throw new org.springframework.dao.OptimisticLockingFailureException("order " + order.id() + " was changed: read at "
                        + order.version() + ", stored at " + current.version());
            }
            saves++;
            published.addAll(order.pullEvents());
            published.addAll(order.pullNotices());
            stored.put(order.id(), order.asStoredAt(order.version() == null ? 0 : order.version() + 1));
        }

        /**
         * A copy of the stored order, as a transaction reads its own from the database: what a run changes and does not
         * save (it rolled back) is not seen by the next.
         */
        @Override
        public Optional<Order> findById(OrderId id) {
            return lockById(id);
        }

        @Override
        public Optional<CustomerId> customerOf(OrderId id) {
            return Optional.ofNullable(stored.get(id)).map(Order::customerId);
        }

        /** As {@link #findById}. */
        @Override
        public Optional<Order> lockById(OrderId id) {
            return Optional.ofNullable(stored.get(id)).map(order -> order.asStoredAt(order.version()));
        }
    }

    /**
     * Catalog prices (or the prices an order agreed), shipping with one carrier's service at 4.95 to GB and DE only,
     * no tax, and promo codes that take a fixed amount off the first line.
     */
    public static final class Catalog implements OrderPricing {
        public final Map<String, Long> pricesInCents = new HashMap<>();
        public final Map<String, Long> codesTakingCentsOff = new HashMap<>();
        public final java.util.Set<CustomerId> businessCustomers = new java.util.HashSet<>();
        public static final ShippingMethod STANDARD = new ShippingMethod("dhl", "standard", java.time.LocalDate.parse("2026-12-01"),
                java.time.LocalDate.parse("2026-12-03"));

        @Override
        public PricingOutcome price(PricingRequest request) {
            var unknown = new LinkedHashSet<Sku>();
            var lines = new ArrayList<PricedLine>();
            for (var line : request.lines()) {
                var cents = pricesInCents.get(line.sku().value());
                if (cents == null) {
                    unknown.add(line.sku());
                } else {
                    lines.add(new PricedLine(line.sku(), "Item " + line.sku(), line.quantity(),
                            request.agreedPrices().getOrDefault(line.sku(), new Money(cents, request.currency()))));
                }
            }
            if (!unknown.isEmpty()) {
                return new UnknownSkus(unknown);
            }
            if (!List.of("GB", "DE").contains(request.shipTo().countryCode())) {
                return new NotShippable(request.shipTo().countryCode(), List.of());
            }
            var rate = Optional.of(new Money(495, request.currency()));
            var zero = Money.zero(request.currency());
            var discounts = new ArrayList<AppliedDiscount>();
            var inapplicable = new java.util.HashSet<String>();
            for (var code : request.promoCodes()) {
                var off = codesTakingCentsOff.get(code);
                if (off == null) {
                    inapplicable.add(code);
                } else {
                    discounts.add(new AppliedDiscount(code.toLowerCase(java.util.Locale.ROOT), code,
                            List.of(new DiscountedLine(lines.get(0).sku(), new Money(off, request.currency()))), zero));
                }
            }
            var details = new PriceDetails(List.of(), discounts, List.of());
            return new PricedBasket(lines, new Charges(details.lineDiscounts(request.currency()), zero, rate.get(), STANDARD, false,
                    zero, details), inapplicable, businessCustomers.contains(request.customerId()));
        }
    }

    /** Guest orders' access token hashes by order. */
    public static final class GuestAccess implements io.orderservice.ordering.application.port.out.GuestOrderAccess {
        public final Map<OrderId, byte[]> hashes = new HashMap<>();

        @Override
        public void grant(OrderId orderId, byte[] tokenSha256) {
            hashes.put(orderId, tokenSha256);
        }

        @Override
        public Optional<byte[]> tokenSha256Of(OrderId orderId) {
            return Optional.ofNullable(hashes.get(orderId));
        }
    }

    /** Request keys bound to the orders they placed; {@code lookupsToMiss} lets a run look before another run binds. */
    public static final class Requests implements io.orderservice.ordering.application.port.out.PlacementRequests {
        public final Map<io.orderservice.shared.RequestKey, OrderId> bound = new HashMap<>();
        public int lookupsToMiss;

        @Override
        public Optional<OrderId> placedBy(io.orderservice.shared.RequestKey key) {
            if (lookupsToMiss > 0) {
                lookupsToMiss--;
                return Optional.empty();
            }
            return Optional.ofNullable(bound.get(key));
        }

        @Override
        public Optional<OrderId> bind(io.orderservice.shared.RequestKey key, OrderId orderId) {
            var boundTo = bound.computeIfAbsent(key, unbound -> orderId);
            return boundTo.equals(orderId) ? Optional.empty() : Optional.of(boundTo);
        }
    }

    /** Limited promotions by id: how many uses are left; the others are unlimited. */
    public static final class Promotions implements PromotionClaims {
        public final Map<String, Integer> usesLeft = new HashMap<>();
        public final Map<OrderId, List<String>> claimed = new HashMap<>();

        @Override
        public Optional<UsedUp> claim(OrderId orderId, CustomerId customerId, PriceDetails details, Instant at) {
            for (var discount : details.discounts()) {
                var left = usesLeft.get(discount.promotionId());
                if (left != null && left == 0) {
                    return Optional.of(new UsedUp(discount.promotionId(), discount.code(), false));
                }
            }
            details.discounts().forEach(discount -> usesLeft.computeIfPresent(discount.promotionId(), (id, left) -> left - 1));
            claimed.put(orderId, details.discounts().stream().map(AppliedDiscount::promotionId).toList());
            return Optional.empty();
        }
    }

    public static final class Stock implements StockReservations {
        public final Map<String, Integer> available = new HashMap<>();
        public final Map<OrderId, List<RequestedLine>> reservations = new HashMap<>();

        @Override
        public ReservationOutcome reserve(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
            var shortages = lines.stream()
                    .filter(line -> available.getOrDefault(line.sku().value(), 0) < line.quantity().value())
                    .map(line -> new Shortage(line.sku(), line.quantity().value(), available.getOrDefault(line.sku().value(), 0)))
                    .toList();
            if (!shortages.isEmpty()) {
                return new InsufficientStock(shortages);
            }
            lines.forEach(line -> available.merge(line.sku().value(), -line.quantity().value(), Integer::sum));
            reservations.put(orderId, lines);
            return new Reserved();
        }

        public boolean confirmFails;

        @Override
        public ReservationOutcome confirm(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
            if (confirmFails) {
                throw new IllegalStateException("inventory locked");
            }
            confirmed.add(orderId);
            return new Allocated(new FulfilmentPlans.FulfilmentPlan(List.of(), List.of()));
        }

        @Override
        public ReservationOutcome adjust(OrderId orderId, List<RequestedLine> lines, Address shipTo) {
            var held = reservations.getOrDefault(orderId, List.of());
            release(orderId);
            var outcome = reserve(orderId, lines, shipTo);
            if (outcome instanceof InsufficientStock) {
                reserve(orderId, held, shipTo);
            }
            return outcome;
        }

        @Override
        public int release(OrderId orderId) {
            var released = reservations.remove(orderId);
            if (released == null) {
                return 0;
            }
            released.forEach(line -> available.merge(line.sku().value(), line.quantity().value(), Integer::sum));
            return released.size();
        }

        public final java.util.Set<OrderId> confirmed = new java.util.HashSet<>();
    }

    public static final class Gateway implements Payments {
        public final List<PaymentRequest> requests = new ArrayList<>();
        public final List<OrderId> released = new ArrayList<>();
        public boolean down;
        public Runnable whileAuthorising = () -> { };
        /** The providers every payment's route offers. */
        public List<PaymentProvider> offered = List.of(new PaymentProvider("sandbox"), new PaymentProvider("acme"));

        @Override
        public List<PaymentProvider> offeredProviders(PaymentMethodType methodType, Money amount) {
            return offered;
        }

        @Override
        public void release(OrderId orderId) {
            if (down) {
                throw new IllegalStateException("gateway down");
            }
            released.add(orderId);
        }

        /** What each order's payment holds, and under which reference; an order not named holds nothing. */
        public final Map<OrderId, Money> held = new HashMap<>();
        public final Map<OrderId, String> heldAs = new HashMap<>();
        /** The new totals re-authorisations were proposed for, and those withdrawn again. */
        public final Map<OrderId, Money> covered = new HashMap<>();
        public final List<Money> withdrawn = new ArrayList<>();
        private final Map<String, String> proposals = new HashMap<>();
        /** What proposing a cover answers; by default an authorisation named after the order's version. */
        public PaymentOutcome coverAnswer;
        /** Runs after a proposal is authorised and before the change runs again (a price that moves meanwhile). */
        public Runnable afterProposal = () -> { };

        @Override
        public CoverOutcome coverNewTotal(OrderId orderId, long orderVersion, Money newTotal) {
            var holds = held.get(orderId);
            if (holds != null && !newTotal.isGreaterThan(holds)) {
                return new Covered(heldAs.get(orderId));
            }
            var proposal = proposals.remove(orderId + ":" + orderVersion + ":" + newTotal);
            if (proposal == null) {
                return new NotCovered(holds);
            }
            held.put(orderId, newTotal);
            heldAs.put(orderId, proposal);
            return new Covered(proposal);
        }

        @Override
        public PaymentOutcome proposeCover(OrderId orderId, long orderVersion, Money newTotal) {
            covered.put(orderId, newTotal);
            if (coverAnswer != null) {
                return coverAnswer;
            }
            var reference = "auth-amended-" + orderVersion;
            proposals.put(orderId + ":" + orderVersion + ":" + newTotal, reference);
            afterProposal.run();
            return new Authorised(reference);
        }

        @Override
        public void withdrawCover(OrderId orderId, long orderVersion, Money newTotal) {
            if (proposals.remove(orderId + ":" + orderVersion + ":" + newTotal) != null) {
                withdrawn.add(newTotal);
            }
        }

        public final List<OrderId> captured = new ArrayList<>();
        /** What a capture answers; by default the money is taken from the order's first authorisation. */
        public CaptureOutcome captureAnswer;

        @Override
        public CaptureOutcome capture(OrderId orderId, Money orderTotal) {
            captured.add(orderId);
            return captureAnswer != null ? captureAnswer : new Captured("auth-1");
        }

        @Override
        public PaymentOutcome authorise(PaymentRequest request) {
            requests.add(request);
            whileAuthorising.run();
            return switch (request.token().value()) {
                case "tok_approve" -> new Authorised("auth-" + requests.size());
                case "tok_requires_action" -> new ActionRequired("auth-" + requests.size(), "https://3ds.invalid/" + requests.size());
                case "tok_gateway_down" -> new Unavailable("connection refused");
                default -> new Declined("card_declined", "the card was declined");
            };
        }

        /** Attempts intended in a caller's transaction, and the answers recorded in one. */
        public final List<PaymentRequest> intended = new ArrayList<>();
        public final Map<PaymentRequest, PaymentOutcome> recorded = new HashMap<>();

        @Override
        public void intend(PaymentRequest request) {
            intended.add(request);
        }

        @Override
        public PaymentOutcome ask(PaymentRequest request) {
            if (!intended.contains(request)) {
                throw new IllegalStateException("asked for a payment nobody intended: " + request);
            }
            return authorise(request);
        }

        @Override
        public void record(PaymentRequest request, PaymentOutcome outcome) {
            recorded.put(request, outcome);
        }
    }

    /** Counts the unpaid holds among the sagas and orders in memory, by the rules of the database adapter. */
    public static final class UnpaidHoldsInMemory implements io.orderservice.ordering.application.port.out.UnpaidStockHolds {
        private static final java.util.Set<io.orderservice.ordering.domain.status.OrderStatus> PAID = java.util.EnumSet.of(
                io.orderservice.ordering.domain.status.OrderStatus.PAID, io.orderservice.ordering.domain.status.OrderStatus.SHIPPED,
                io.orderservice.ordering.domain.status.OrderStatus.DELIVERED, io.orderservice.ordering.domain.status.OrderStatus.COMPLETED);
        private final Sagas sagas;
        private final Orders orders;
        /** How often the holds were counted. */
        public int counted;

        public UnpaidHoldsInMemory(Sagas sagas, Orders orders) {
            this.sagas = sagas;
            this.orders = orders;
        }

        @Override
        public io.orderservice.ordering.domain.saga.UnpaidHoldPolicy.UnpaidHolds othersLike(OrderId order,
                io.orderservice.shared.CustomerId customer, io.orderservice.shared.PaymentToken token,
                io.orderservice.shared.Address shipTo) {
            counted++;
            int byCustomer = 0;
            int byToken = 0;
            int byAddress = 0;
            for (var saga : sagas.stored.values()) {
                var resting = saga.status() == PlacementSaga.Status.AWAITING_PAYMENT_RETRY
                        || saga.status() == PlacementSaga.Status.AWAITING_PAYMENT_ACTION;
                if (!resting || saga.orderId().equals(order)) {
                    continue;
                }
                var other = orders.stored.get(saga.orderId());
                byCustomer += other.customerId().equals(customer) ? 1 : 0;
                byToken += saga.checkout().paymentToken().equals(token) ? 1 : 0;
                var address = other.shippingAddress();
                byAddress += address.line1().equalsIgnoreCase(shipTo.line1()) && address.postalCode().equalsIgnoreCase(shipTo.postalCode())
                        && address.countryCode().equals(shipTo.countryCode()) ? 1 : 0;
            }
            boolean paidBefore = orders.stored.values().stream()
                    .anyMatch(each -> each.customerId().equals(customer) && PAID.contains(each.status()));
            return new io.orderservice.ordering.domain.saga.UnpaidHoldPolicy.UnpaidHolds(byCustomer, byToken, byAddress, paidBefore);
        }
    }

    /** Decides what it is told to, and remembers what it was asked. */
    public static final class Fraud implements FraudScreening {
        public RiskDecision decision = RiskDecision.ACCEPT;
        public final List<ScreeningRequest> requests = new ArrayList<>();

        @Override
        public RiskAssessment screen(ScreeningRequest request) {
            requests.add(request);
            return new RiskAssessment(decision == RiskDecision.ACCEPT ? 0 : 60, decision, List.of("told to"));
        }
    }

    /** Keeps copies, as a database would: a saga read twice is two objects, and stale updates fail. */
    public static final class Sagas implements PlacementSagas {
        public final Map<OrderId, PlacementSaga> stored = new HashMap<>();

        @Override
        public void insert(PlacementSaga saga) {
            stored.put(saga.orderId(), copy(saga, 0L));
        }

        @Override
        public void update(PlacementSaga saga) {
            if (!stored.get(saga.orderId()).version().equals(saga.version())) {
                throw new org.springframework.dao.OptimisticLockingFailureException("stale saga " + saga.orderId());
            }
            stored.put(saga.orderId(), copy(saga, saga.version() + 1));
        }

        @Override
        public Optional<PlacementSaga> find(OrderId orderId) {
            return Optional.ofNullable(stored.get(orderId)).map(saga -> copy(saga, saga.version()));
        }

        @Override
        public Optional<PlacementSaga> lock(OrderId orderId) {
            return find(orderId);
        }

        @Override
        public List<PlacementSaga> lockDue(Instant now, int limit) {
            return stored.values().stream().filter(saga -> saga.isDue(now)).limit(limit)
                    .map(saga -> copy(saga, saga.version())).toList();
        }

        @Override
        public List<StuckSaga> stuck(Instant now, Duration overdueBy) {
            return List.of();
        }

        @Override
        public int countParked() {
            return (int) stored.values().stream().filter(saga -> saga.status() == PlacementSaga.Status.PARKED).count();
        }

        private static PlacementSaga copy(PlacementSaga saga, Long version) {
            return PlacementSaga.reconstitute(saga.orderId(), version, saga.checkout(), saga.status(), saga.parkedFrom(),
                    saga.step().orElse(null), saga.pendingCompensations(), saga.attempts(), saga.isDispatched(),
                    saga.nextAttemptAt().orElse(null), saga.paymentRetryUntil().orElse(null), saga.paymentAttempt(),
                    saga.failureReason().orElse(null));
        }
    }

    /** Verifies by upper-casing and spacing GB postcodes; or refuses everything when told to. */
    public static final class Addresses implements AddressVerification {
        public boolean undeliverable;

        @Override
        public AddressCheck verify(Address address) {
            if (undeliverable) {
                return new Undeliverable(List.of(new Problem("shippingAddress.postalCode", "no such postal code")));
            }
            var code = address.postalCode().toUpperCase().replace(" ", "");
            return new Deliverable(new Address(address.recipient(), address.line1(), address.line2(), address.city(),
                    address.region(), code.substring(0, code.length() - 3) + " " + code.substring(code.length() - 3),
                    address.countryCode()));
        }
    }


    /** Shipments kept per order, as the fulfilment capability keeps them. */
    public static final class ShipmentsInMemory implements io.orderservice.ordering.application.port.out.Shipments {
        public final Map<OrderId, List<io.orderservice.ordering.application.port.in.fulfilment.ShipmentView>> stored = new HashMap<>();

        @Override
        public List<io.orderservice.ordering.application.port.in.fulfilment.ShipmentView> of(OrderId orderId) {
            return List.copyOf(stored.getOrDefault(orderId, List.of()));
        }
    }
}
