package io.orderservice.returns.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.application.port.in.returns.OrderToReturn;
import io.orderservice.ordering.application.port.in.returns.OrderToReturnQuery;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase;
import io.orderservice.ordering.application.port.in.returns.RecordReturnUseCase.ReturnNews;
import io.orderservice.returns.application.port.in.RequestReturnUseCase.RequestReturn;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.ReturnRequests;
import io.orderservice.returns.domain.ReturnApprovalPolicy;
import io.orderservice.returns.domain.ReturnLine;
import io.orderservice.returns.domain.ReturnPolicy;
import io.orderservice.returns.domain.ReturnReason;
import io.orderservice.returns.domain.ReturnRequest;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Money;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Role;
import io.orderservice.shared.Sku;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The request use case with its neighbours in memory: which requests a rule approves at once, what ordering and the
 * customer are told, and that a request's value counts the units the order's other requests took before it.
 */
class RequestReturnServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId("customer-42");
    private static final Caller CALLER = new Caller(CUSTOMER.value(), Set.of(Role.CUSTOMER), CUSTOMER, Set.of());
    private static final UUID SHIPMENT = UUID.randomUUID();
    /** Three mugs paid 10.00 in all: their shares are 3.33, 3.33 and 3.34, however they come back. */
    private static final OrderToReturn ORDER = new OrderToReturn(OrderId.newId(), CUSTOMER,
            List.of(new OrderToReturn.Line(1, new Sku("MUG"), 3, Money.of(400, "EUR"), Money.of(1_000, "EUR"))),
            List.of(new OrderToReturn.Delivery(SHIPMENT, NOW.minus(Duration.ofDays(2)), Map.of(1, 3))), Money.of(495, "EUR"), false,
            Money.of(1_495, "EUR"), 1, new OrderToReturn.Priced(Money.of(1_200, "EUR"), Money.of(200, "EUR"), Money.of(1_000, "EUR"),
            Set.of(), new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB"),
            NOW.minus(Duration.ofDays(5))));
    private static final ReturnPolicy POLICY = new ReturnPolicy(Duration.ofDays(14),
            Map.of("damaged", new ReturnReason("damaged", true), "changed-mind", new ReturnReason("changed-mind", false)),
            Map.of());
    private static final ReturnApprovalPolicy RULES = new ReturnApprovalPolicy(List.of(
            new ReturnApprovalPolicy.Rule("damaged-up-to-3-33", Set.of("damaged"), Money.of(333, "EUR"), null, null, null)));

    private final InMemoryReturnRequests requests = new InMemoryReturnRequests();
    private final List<ReturnNews> news = new ArrayList<>();
    private final List<CustomerNotices.ReturnNotice> notices = new ArrayList<>();
    private final RequestReturnService service = new RequestReturnService((OrderToReturnQuery) (id, caller) -> ORDER, requests,
            POLICY, RULES, (RecordReturnUseCase) news::add, notices::add, Clock.fixed(NOW, ZoneOffset.UTC));

    private static RequestReturn oneMug(String reason, RequestKey key) {
        return new RequestReturn(ORDER.id(), SHIPMENT, List.of(new ReturnLine(1, Quantity.of(1))), reason, null, List.of(), CALLER,
                key);
    }

    @Test
    void aRequestARuleApprovesIsDecidedAtOnceAndOrderingAndTheCustomerAreTold() {
        var made = service.request(oneMug("damaged", null));

        assertThat(made.status()).isEqualTo(ReturnRequest.Status.APPROVED);
        assertThat(made.decision().decider()).isEqualTo("damaged-up-to-3-33");
        assertThat(news).extracting(ReturnNews::step).containsExactly(RecordReturnUseCase.Step.REQUESTED,
                RecordReturnUseCase.Step.APPROVED);
        assertThat(news.get(0).by()).as("the customer asked").isEqualTo(CALLER);
        assertThat(news.get(1).by()).as("a rule approved").isNull();
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(CustomerNotices.Kind.APPROVED);
            assertThat(notice.rma()).as("the number to write on the parcel").isEqualTo(made.rma()).startsWith("RMA-");
        });
    }

    @Test
    void aRequestNoRuleApprovesWaitsAndTheCustomerIsToldNothingYet() {
        var made = service.request(oneMug("changed-mind", null));

        assertThat(made.status()).isEqualTo(ReturnRequest.Status.REQUESTED);
        assertThat(news).extracting(ReturnNews::step).containsExactly(RecordReturnUseCase.Step.REQUESTED);
        assertThat(notices).isEmpty();
    }

    @Test
    void aRequestsValueCountsWhatTheOrdersOtherRequestsTookSoTheLastMugIsWorthTheOddCent() {
        assertThat(service.request(oneMug("damaged", null)).status()).isEqualTo(ReturnRequest.Status.APPROVED);
        assertThat(service.request(oneMug("damaged", null)).status()).isEqualTo(ReturnRequest.Status.APPROVED);

        assertThat(service.request(oneMug("damaged", null)).status()).as("3.34 is beyond the rule's 3.33")
                .isEqualTo(ReturnRequest.Status.REQUESTED);
    }

    @Test
    void aRequestSentAgainWithItsKeyAnswersTheFirstAndTellsNobodyAgain() {
        var key = new RequestKey("customer-42|customer-42", "k-1", "/api/v1/orders/" + ORDER.id() + "/returns");
        var first = service.request(oneMug("damaged", key));
        var again = service.request(oneMug("damaged", key));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(requests.stored).hasSize(1);
        assertThat(news).hasSize(2);
        assertThat(notices).hasSize(1);
    }

    /** Return requests in a list, each saved at the next version. */
    static final class InMemoryReturnRequests implements ReturnRequests {

        final List<ReturnRequest> stored = new ArrayList<>();

        @Override
        public void hold(OrderId orderId) {
        }

        @Override
        public List<ReturnRequest> ofOrder(OrderId orderId) {
            return stored.stream().filter(request -> request.orderId().equals(orderId)).toList();
        }

        @Override
        public Optional<ReturnRequest> byId(UUID id) {
            return stored.stream().filter(request -> request.id().equals(id)).findFirst();
        }

        @Override
        public Optional<ReturnRequest> byParcel(String carrier, String trackingNumber) {
            return stored.stream().filter(request -> request.parcel().filter(parcel -> parcel.carrier().equals(carrier)
                    && parcel.trackingNumber().equals(trackingNumber)).isPresent()).findFirst();
        }

        @Override
        public long save(ReturnRequest request) {
            long version = request.version() == null ? 0 : request.version() + 1;
            stored.removeIf(each -> each.id().equals(request.id()));
            stored.add(ReturnRequest.reconstitute(request.id(), request.orderId(), request.customerId(), request.shipmentId(),
                    request.lines(), request.reason(), request.comment(), request.photos(), request.requestedAt(),
                    request.decision().orElse(null), request.receipt().orElse(null), request.parcel().orElse(null), version));
            request.pullEvents();
            return version;
        }

        @Override
        public List<ReturnRequest> awaitingDecision(int limit) {
            return stored.stream().filter(request -> request.status() == ReturnRequest.Status.REQUESTED).limit(limit).toList();
        }

        @Override
        public int countRequestedBy(CustomerId customerId, Instant since) {
            return (int) stored.stream().filter(request -> request.customerId().equals(customerId)).count();
        }
    }
}
