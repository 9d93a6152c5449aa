package io.orderservice.payment.application;

import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.InvalidWebhookException;
import io.orderservice.payment.application.port.in.ReceivePaymentWebhookUseCase;
import io.orderservice.payment.application.port.out.PaymentWebhooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class ReceivePaymentWebhookService implements ReceivePaymentWebhookUseCase {

    private final List<PaymentWebhooks> webhooks;
    private final ApplyPaymentNewsUseCase news;

    ReceivePaymentWebhookService(List<PaymentWebhooks> webhooks, ApplyPaymentNewsUseCase news) {
        this.webhooks = webhooks;
        this.news = news;
    }

    @Override
    public Optional<ApplyPaymentNewsUseCase.Outcome> receive(String gateway, Map<String, String> headers, String payload) {
        var reader = webhooks.stream().filter(candidate -> candidate.gateway().equals(gateway)).findFirst()
                .orElseThrow(() -> new InvalidWebhookException("no webhooks are configured for gateway " + gateway));
        return reader.read(headers, payload).map(read -> news.apply("webhook:" + gateway, read));
    }
}
