package io.orderservice.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.payment.application.port.in.PaymentNews.Kind;
import io.orderservice.shared.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class PaymentEventV1Test {

    static final String PAYMENT = UUID.randomUUID().toString();

    @Test
    void readsAsPaymentNews() {
        var event = new PaymentEventV1("evt-1", "payment.refunded", "acme", PAYMENT, "re_1", 1250L, "eur", null,
                Instant.parse("2026-11-28T10:00:00Z"));

        var news = event.toNews();

        assertThat(news.kind()).isEqualTo(Kind.REFUNDED);
        assertThat(news.amount()).isEqualTo(Money.of(1250, "EUR"));
        assertThat(news.gateway()).isEqualTo("acme");
        assertThat(news.paymentId().toString()).isEqualTo(PAYMENT);
    }

    @Test
    void aFailedRefundIsReadAsSuchAndEveryDocumentedTypeIsKnown() throws IOException {
        var failed = new PaymentEventV1("evt-2", "payment.refund_failed", "acme", PAYMENT, "re_1", 1250L, "eur",
                "expired_or_canceled_card", Instant.parse("2026-11-28T10:00:00Z")).toNews();
        assertThat(failed.kind()).isEqualTo(Kind.REFUND_FAILED);
        assertThat(failed.detail()).isEqualTo("expired_or_canceled_card");

        var asyncApi = YAMLMapper.builder().build().readTree(Files.readString(Path.of("..", "docs", "asyncapi.yaml")));
        var documented = new TreeSet<String>();
        asyncApi.at("/components/schemas/paymentEventV1/properties/type/enum").forEach(type -> documented.add(type.asString()));
        assertThat(documented).isEqualTo(new TreeSet<>(Arrays.stream(Kind.values())
                .map(kind -> "payment." + kind.name().toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    @Test
    void anEventThatIsNotPaymentNewsIsUnreadable() {
        assertThatThrownBy(() -> new PaymentEventV1("evt-1", "payment.exploded", "acme", PAYMENT, "x", null, null, null, null).toNews())
                .isInstanceOf(UnreadablePaymentEventException.class);
        assertThatThrownBy(() -> new PaymentEventV1("evt-1", "payment.captured", "acme", PAYMENT, "ch_1", null, null, null, null).toNews())
                .as("a capture without an amount").isInstanceOf(UnreadablePaymentEventException.class);
        assertThatThrownBy(() -> new PaymentEventV1("evt-1", "payment.authorised", "acme", "not-a-uuid", "pi_1", null, null, null, null).toNews())
                .isInstanceOf(UnreadablePaymentEventException.class);
        assertThatThrownBy(() -> new PaymentEventV1(null, "payment.authorised", "acme", PAYMENT, "pi_1", null, null, null, null).toNews())
                .isInstanceOf(UnreadablePaymentEventException.class);
    }

    @Test
    void hasTheFieldsDocsAsyncapiDescribes() throws IOException {
        var asyncApi = YAMLMapper.builder().build().readTree(Files.readString(Path.of("..", "docs", "asyncapi.yaml")));
        var documented = new TreeSet<>(asyncApi.at("/components/schemas/paymentEventV1/properties").propertyNames());

        assertThat(new TreeSet<>(Arrays.stream(PaymentEventV1.class.getRecordComponents()).map(c -> c.getName()).toList()))
                .isEqualTo(documented);
    }
}
