package io.orderservice.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.ordering.application.port.out.Payments.ActionRequired;
import io.orderservice.ordering.application.port.out.Payments.Authorised;
import io.orderservice.ordering.application.port.out.Payments.Declined;
import io.orderservice.ordering.application.port.out.Payments.PaymentRequest;
import io.orderservice.ordering.application.port.out.Payments.Unavailable;
import io.orderservice.payment.application.port.out.PaymentGateway;
import io.orderservice.payment.application.port.out.PaymentGatewayUnavailableException;
import io.orderservice.payment.application.port.out.PaymentInProgressException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentId;
import io.orderservice.payment.domain.PaymentRouting;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentAuthorised;
import io.orderservice.payment.domain.event.PaymentEvent.PaymentFailed;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.PaymentMethodType;
import io.orderservice.shared.PaymentProvider;
import io.orderservice.shared.PaymentToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Routing, failover and outcomes of an authorisation, with scripted gateways and payments in memory. */
class AuthorisePaymentServiceTest {

    private final Payments payments = new Payments();
    private final List<Object> published = payments.published;
    private final Scripted primary = new Scripted("primary");
    private final Scripted secondary = new Scripted("secondary");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private final AuthorisePaymentService service = new AuthorisePaymentService(new AuthorisationIntents(payments, clock),
            payments, new PaymentAnswers(payments), new PaymentGateways(List.of(primary, secondary), routing()),
            routing(), clock);

    private static PaymentRouting routing() {
        return new PaymentRouting(List.of(), List.of("primary", "secondary"));
    }

    @Test
    void thePreferredGatewayAuthorisesAndThePaymentRecordsIt() {
        primary.answer = request -> new PaymentGateway.Approved("auth_1");

        var outcome = service.authorise(request());

        assertThat(outcome).isEqualTo(new Authorised("auth_1"));
        assertThat(secondary.calls).isZero();
        var payment = payments.only();
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(payment.gateway()).isEqualTo("primary");
        assertThat(primary.keys).containsExactly(payment.id() + ":authorisation");
        assertThat(published).singleElement().isInstanceOf(PaymentAuthorised.class);
    }

    @Test
    void anIntendedAttemptIsAskedWithoutRecordingAndRecordedOnceByTheCaller() {
        primary.answer = request -> {
            throw new PaymentGatewayUnavailableException("primary", "connection refused", false, null);
        };
        secondary.answer = request -> new PaymentGateway.Approved("auth_3");
        var request = request();

        service.intend(request);
        assertThat(payments.only().status()).isEqualTo(PaymentStatus.PENDING);
        var outcome = service.ask(request);

        assertThat(outcome).isEqualTo(new Authorised("auth_3"));
        assertThat(payments.only().status()).as("the answer is the caller's to record").isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.only().gateway()).as("the failover is recorded before the next gateway is asked")
                .isEqualTo("secondary");
        assertThat(secondary.keys).isEqualTo(primary.keys).containsExactly(payments.only().id() + ":authorisation");

        service.record(request, outcome);
        service.record(request, outcome);

        assertThat(payments.only().status()).isEqualTo(PaymentStatus.AUTHORISED);
        assertThat(published).as("recorded once").singleElement().isInstanceOf(PaymentAuthorised.class);
        assertThat(service.authorise(request)).as("asked again, answered as recorded").isEqualTo(new Authorised("auth_3"));
        assertThat(secondary.calls).isEqualTo(1);
    }

    @Test
    void aDeclineIsFinalAndNeverFailsOver() {
        primary.answer = request -> new PaymentGateway.Refused("card_declined", "declined");

        assertThat(service.authorise(request())).isEqualTo(new Declined("card_declined", "declined"));
        assertThat(secondary.calls).isZero();
        assertThat(payments.only().status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void anUnreachableGatewayFailsOverWithTheSameKey() {
        primary.answer = request -> {
            throw new PaymentGatewayUnavailableException("primary", "connection refused", false, null);
        };
        secondary.answer = request -> new PaymentGateway.Approved("auth_2");

        assertThat(service.authorise(request())).isEqualTo(new Authorised("auth_2"));
        var payment = payments.only();
        assertThat(payment.gateway()).isEqualTo("secondary");
        assertThat(secondary.keys).isEqualTo(primary.keys);
    }

    @Test
    void aProviderTheCustomerChoseIsAskedAloneAndNeverFailedOverFrom() {
        primary.answer = request -> new PaymentGateway.Approved("never");
        secondary.answer = request -> {
            throw new PaymentGatewayUnavailableException("secondary", "connection refused", false, null);
        };

        assertThat(service.authorise(request(new PaymentProvider("secondary")))).isInstanceOf(Unavailable.class);
        assertThat(primary.calls).as("the token is the chosen provider's: no other gateway may take it").isZero();
        assertThat(payments.only().gateway()).isEqualTo("secondary");

        secondary.answer = request -> new PaymentGateway.Approved("auth_s");
        assertThat(service.authorise(request(new PaymentProvider("secondary")))).isEqualTo(new Authorised("auth_s"));
    }

    @Test
    void aProviderTheRouteNoLongerOffersIsDeclinedWithoutAskingAnyGateway() {
        var outcome = service.authorise(request(new PaymentProvider("elsewhere")));

        assertThat(outcome).isInstanceOfSatisfying(Declined.class,
                declined -> assertThat(declined.code()).isEqualTo(AuthorisePaymentService.PROVIDER_NOT_OFFERED));
        assertThat(primary.calls + secondary.calls).isZero();
        assertThat(payments.stored).as("nothing recorded").isEmpty();
    }

    @Test
    void aGatewayThatMayHaveChargedIsNotFailedOver() {
        primary.answer = request -> {
            throw new PaymentGatewayUnavailableException("primary", "read timed out", true, null);
        };

        assertThat(service.authorise(request())).isInstanceOf(Unavailable.class);
        assertThat(secondary.calls).isZero();
        assertThat(payments.only().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(published).singleElement().isInstanceOf(PaymentFailed.class);
    }

    @Test
    void whenNoGatewayCanBeReachedThePaymentIsUnavailable() {
        Function<PaymentGateway.AuthorisationRequest, PaymentGateway.GatewayResult> down = request -> {
            throw new PaymentGatewayUnavailableException("any", "connection refused", false, null);
        };
        primary.answer = down;
        secondary.answer = down;

        assertThat(service.authorise(request())).isInstanceOf(Unavailable.class);
        assertThat(primary.calls + secondary.calls).isEqualTo(2);
    }

    @Test
    void aPaymentAwaitingTheCustomerKeepsItsReference() {
        primary.answer = request -> new PaymentGateway.RequiresAction("auth_3", "https://3ds.invalid/auth_3");

        assertThat(service.authorise(request())).isEqualTo(new ActionRequired("auth_3", "https://3ds.invalid/auth_3"));
        assertThat(payments.only().status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
    }

    @Test
    void aSecondAttemptWhileOneIsLiveNeverReachesAGateway() {
        primary.answer = request -> new PaymentGateway.Approved("auth_1");
        var first = request();
        service.authorise(first);
        var second = new PaymentRequest(first.orderId(), 2, first.customerId(), first.amount(), first.methodType(), first.token(),
                null);

        assertThatThrownBy(() -> service.authorise(second)).isInstanceOf(PaymentInProgressException.class);
        assertThat(primary.calls).isEqualTo(1);
    }

    @Test
    void theSameAttemptAskedAgainAnswersWhatIsRecordedWithoutAskingTheGateway() {
        primary.answer = request -> new PaymentGateway.Refused("card_declined", "Your card was declined.");
        var request = request();
        service.authorise(request);

        assertThat(service.authorise(request)).isEqualTo(new Declined("card_declined", "Your card was declined."));
        assertThat(primary.calls).isEqualTo(1);
        assertThat(payments.only().id()).isEqualTo(PaymentId.forAttempt(request.orderId(), 1));
    }

    @Test
    void anAttemptThatMayHaveChargedIsAskedAgainWithTheSameKeyAtTheSameGateway() {
        primary.answer = request -> {
            throw new PaymentGatewayUnavailableException("primary", "read timed out", true, null);
        };
        var request = request();
        assertThat(service.authorise(request)).isInstanceOf(Unavailable.class);

        primary.answer = answered -> new PaymentGateway.Approved("auth_late");
        assertThat(service.authorise(request)).isEqualTo(new Authorised("auth_late"));
        assertThat(primary.keys).hasSize(2).containsOnly(payments.only().authorisationKey());
        assertThat(secondary.calls).isZero();
        assertThat(payments.only().status()).isEqualTo(PaymentStatus.AUTHORISED);
    }

    @Test
    void routingThatNamesAnUnknownGatewayFailsAtStartUp() {
        assertThatThrownBy(() -> new PaymentGateways(List.of(primary), new PaymentRouting(List.of(), List.of("acme"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[acme]");
    }

    private static PaymentRequest request() {
        return request(null);
    }

    private static PaymentRequest request(PaymentProvider chosen) {
        return new PaymentRequest(OrderId.newId(), 1, new CustomerId("c-1"), Money.of(5_000, "EUR"), PaymentMethodType.CARD,
                new PaymentToken("tok_any"), chosen);
    }

    /** A gateway whose authorisation answer the test scripts. */
    static final class Scripted implements PaymentGateway {
        final String name;
        Function<AuthorisationRequest, GatewayResult> answer = request -> new Refused("unscripted", "unscripted");
        Function<CaptureRequest, GatewayResult> captureAnswer = request -> {
            throw new UnsupportedOperationException();
        };
        Function<VoidRequest, GatewayResult> voidAnswer = request -> {
            throw new UnsupportedOperationException();
        };
        int calls;
        int captures;
        final List<String> keys = new ArrayList<>();
        final List<String> capturedFrom = new ArrayList<>();
        final List<String> voided = new ArrayList<>();
        final List<Money> refunded = new ArrayList<>();

        Scripted(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public GatewayResult authorise(AuthorisationRequest request) {
            calls++;
            keys.add(request.idempotencyKey());
            return answer.apply(request);
        }

        @Override
        public GatewayResult capture(CaptureRequest request) {
            captures++;
            capturedFrom.add(request.authorisationReference());
            return captureAnswer.apply(request);
        }

        @Override
        public GatewayResult voidAuthorisation(VoidRequest request) {
            voided.add(request.authorisationReference());
            return voidAnswer.apply(request);
        }

        @Override
        public GatewayResult refund(RefundRequest request) {
            refunded.add(request.amount());
            return new Approved("ref_" + refunded.size());
        }
    }

    /** Payments in memory, with the one-live-payment-per-order rule of the real table. */
    static final class Payments implements PaymentRepository {
        final Map<PaymentId, Payment> stored = new java.util.LinkedHashMap<>();
        /** What storing published: the events the payments recorded, as the database-backed store publishes them. */
        final List<Object> published = new ArrayList<>();

        @Override
        public void insert(Payment payment) {
            if (!payment.isProposed() && stored.values().stream().anyMatch(p -> p.orderId().equals(payment.orderId())
                    && p.status().isLive() && !p.isReplaced() && !p.isProposed())) {
                throw new PaymentInProgressException(payment.orderId());
            }
            stored.put(payment.id(), payment);
            published.addAll(payment.pullEvents());
        }

        @Override
        public void update(Payment payment) {
            stored.put(payment.id(), payment);
            published.addAll(payment.pullEvents());
        }

        @Override
        public void replace(Payment replaced, Payment adopted) {
            update(replaced);
            update(adopted);
        }

        @Override
        public Optional<Payment> lockById(PaymentId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Optional<Payment> lockByAuthorisationReference(String gateway, String authorisationReference) {
            return stored.values().stream().filter(p -> p.gateway().equals(gateway)
                    && authorisationReference.equals(p.authorisationReference())).findFirst();
        }

        @Override
        public Optional<Payment> lockLatestForOrder(OrderId orderId) {
            // the newest; of two made at the same instant (a fixed clock), the one stored last
            return stored.values().stream().filter(p -> p.orderId().equals(orderId) && !p.isProposed())
                    .reduce((earlier, later) -> later.createdAt().isBefore(earlier.createdAt()) ? earlier : later);
        }

        @Override
        public Optional<Payment> findLatestForOrder(OrderId orderId) {
            return lockLatestForOrder(orderId);
        }

        @Override
        public Optional<Payment> findById(PaymentId id) {
            return lockById(id);
        }

        @Override
        public List<PaymentId> authorisedOnlyBefore(String gateway, java.time.Instant before, int limit) {
            return stored.values().stream().filter(p -> p.gateway().equals(gateway) && p.status() == PaymentStatus.AUTHORISED
                            && !p.isReplaced() && p.authorisedAt().filter(at -> at.isBefore(before)).isPresent())
                    .map(Payment::id).limit(limit).toList();
        }

        @Override
        public List<PaymentId> proposalsAuthorisedBefore(java.time.Instant before, int limit) {
            return stored.values().stream().filter(p -> p.isAdoptable() && p.createdAt().isBefore(before))
                    .map(Payment::id).limit(limit).toList();
        }

        Payment only() {
            assertThat(stored).hasSize(1);
            return stored.values().iterator().next();
        }
    }
}
