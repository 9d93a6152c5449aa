package io.orderservice.returns.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelNotBookedException;
import io.orderservice.returns.application.port.out.ReturnLabels.LabelRequest;
import io.orderservice.shared.Address;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The return label adapter against a local HTTP server standing in for a carrier's label API. */
class HttpReturnLabelsTest {

    private static final Address CUSTOMER = new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");
    private static final Address RETURNS = new Address("Returns, Order Service", "1 Dock Road", "Unit 4", "Leeds", null, "LS1 1AA",
            "GB");

    private HttpServer carrier;
    private final AtomicInteger status = new AtomicInteger(201);
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Duration> stall = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    /** The stand-in books one label per idempotency key, as a carrier does. */
    private final Map<String, String> labelsByKey = new ConcurrentHashMap<>();

    @BeforeEach
    void startCarrier() throws IOException {
        carrier = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        carrier.createContext("/v1/return-labels", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            try {
                Thread.sleep(stall.get().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var text = answer.get() != null ? answer.get() : labelsByKey.computeIfAbsent(String.valueOf(key), ignored -> {
                var number = "JVGL" + (100_000 + labelsByKey.size());
                return "{\"trackingNumber\": \"" + number + "\", \"labelUrl\": \"https://labels.example.com/" + number + ".pdf\"}";
            });
            var body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        carrier.setExecutor(Executors.newCachedThreadPool());
        carrier.start();
    }

    @AfterEach
    void stopCarrier() {
        carrier.stop(0);
    }

    @Test
    void aLabelIsBookedFromTheCustomerToTheShopsReturnsAddressOncePerReturn() {
        var returnId = UUID.randomUUID();
        var labels = adapter(Duration.ofSeconds(2));

        var label = labels.book(new LabelRequest(returnId, "RMA-04HM-ASW9-NF6Y", CUSTOMER));
        var again = labels.book(new LabelRequest(returnId, "RMA-04HM-ASW9-NF6Y", CUSTOMER));

        assertThat(label).hasValue(new BookedLabel("dhl", "JVGL100000", URI.create("https://labels.example.com/JVGL100000.pdf")));
        assertThat(again).as("asked again for the same return: the same label").isEqualTo(label);
        assertThat(lastAuthorization.get()).isEqualTo("Bearer lk_test");
        assertThat(lastBody.get()).contains("\"reference\":\"RMA-04HM-ASW9-NF6Y\"")
                .contains("\"from\":{\"recipient\":\"Ada Lovelace\",\"line1\":\"12 Analytical Way\",\"city\":\"London\","
                        + "\"postalCode\":\"N1 9GU\",\"countryCode\":\"GB\"}")
                .contains("\"to\":{\"recipient\":\"Returns, Order Service\",\"line1\":\"1 Dock Road\",\"line2\":\"Unit 4\"");
        assertThat(labels.book(new LabelRequest(UUID.randomUUID(), "RMA-2", CUSTOMER)).orElseThrow().trackingNumber())
                .isEqualTo("JVGL100001");
    }

    @Test
    void anErrorATimeoutOrAnAnswerThatIsNoLabelBooksNone() {
        var request = new LabelRequest(UUID.randomUUID(), "RMA-1", CUSTOMER);
        status.set(503);
        answer.set("{\"error\": \"maintenance\"}");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).book(request)).isInstanceOf(LabelNotBookedException.class)
                .hasMessageContaining("dhl booked no return label for RMA-1");

        status.set(201);
        answer.set("{\"trackingNumber\": \"JVGL1\"}");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).book(request)).isInstanceOf(LabelNotBookedException.class)
                .hasMessageContaining("no usable label");
        answer.set("{\"trackingNumber\": \"JVGL1\", \"labelUrl\": \"javascript:alert(1)\"}");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).book(request)).isInstanceOf(LabelNotBookedException.class);
        answer.set("not json");
        assertThatThrownBy(() -> adapter(Duration.ofSeconds(2)).book(request)).isInstanceOf(LabelNotBookedException.class);

        answer.set(null);
        stall.set(Duration.ofMillis(1_500));
        assertThatThrownBy(() -> adapter(Duration.ofMillis(300)).book(request)).isInstanceOf(LabelNotBookedException.class);
    }

    @Test
    void aShopWithoutALabelCarrierBooksNoLabels() {
        var none = new HttpReturnLabels(new ReturnLabelProperties(null, null, null, null, null, null));

        assertThat(none.booksLabels()).isFalse();
        assertThat(none.book(new LabelRequest(UUID.randomUUID(), "RMA-1", CUSTOMER))).isEmpty();
        assertThat(lastBody.get()).isNull();
    }

    private HttpReturnLabels adapter(Duration readTimeout) {
        return new HttpReturnLabels(new ReturnLabelProperties("dhl",
                URI.create("http://127.0.0.1:" + carrier.getAddress().getPort()), "lk_test", Duration.ofSeconds(1), readTimeout,
                RETURNS));
    }
}
