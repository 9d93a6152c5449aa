package io.orderservice.payment.application;

import io.orderservice.ordering.application.port.in.payment.FollowPaymentUseCase;
import io.orderservice.payment.application.port.in.ApplyPaymentNewsUseCase;
import io.orderservice.payment.application.port.in.PaymentNews;
import io.orderservice.payment.application.port.in.PaymentNotFoundException;
import io.orderservice.payment.application.port.out.PaymentRepository;
import io.orderservice.payment.domain.Payment;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.inbox.ProcessedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a gateway's news in one transaction with its inbox record and, when the news settles a
 * payment the order is still waiting for, with the order's move to paid or payment failed. The
 * payment row is locked first, so news racing the synchronous answer (or other news) applies in turn.
 */
@Service
class ApplyPaymentNewsService implements ApplyPaymentNewsUseCase {

    private static final Logger log = LoggerFactory.getLogger(ApplyPaymentNewsService.class);

    private final ProcessedMessages inbox;
    private final PaymentRepository payments;
    private final FollowPaymentUseCase orders;

    ApplyPaymentNewsService(ProcessedMessages inbox, PaymentRepository payments, FollowPaymentUseCase orders) {
        this.inbox = inbox;
        this.payments = payments;
        this.orders = orders;
    }

    @Override
    @Transactional
    public Outcome apply(String source, PaymentNews news) {
        if (!inbox.firstTime(source, news.messageId())) {
            log.debug("Payment news {} from {} was processed before", news.messageId(), source);
            return Outcome.DUPLICATE_MESSAGE;
        }
        // A gateway speaks only for its own payments: news about another gateway's payment is as unknown as a made-up id.
        var payment = (news.paymentId() != null ? payments.lockById(news.paymentId())
                : payments.lockByAuthorisationReference(news.gateway(), news.authorisationReference()))
                .filter(found -> found.gateway().equals(news.gateway()))
                .orElseThrow(() -> news.paymentId() != null ? new PaymentNotFoundException(news.paymentId())
                        : new PaymentNotFoundException(news.gateway(), news.authorisationReference()));
        if (!applyTo(payment, news)) {
            log.info("Payment news {} ({}) changes nothing: the payment is {}", news.messageId(), news.kind(), payment.status());
            return Outcome.ALREADY_KNOWN;
        }
        payments.update(payment);
        if (payment.status() == PaymentStatus.AUTHORISED && news.kind() == PaymentNews.Kind.AUTHORISED
                && !orders.follow(payment.orderId(), new FollowPaymentUseCase.Authorised(news.gatewayReference()))) {
            // Money is held for an order that stopped waiting for it: it goes back (VoidUnwantedPayment).
            log.warn("Payment {} was authorised late for order {}, which no longer awaits payment: voiding it",
                    payment.id(), payment.orderId());
            // As stored a moment ago (its version moved on), so that storing it again publishes the release.
            var stored = payments.lockById(payment.id()).orElseThrow();
            stored.unwanted("authorised after its order stopped waiting for payment", news.occurredAt());
            payments.update(stored);
        } else if (payment.status() == PaymentStatus.DECLINED || payment.status() == PaymentStatus.FAILED) {
            orders.follow(payment.orderId(), new FollowPaymentUseCase.Failed("payment " + payment.status().name().toLowerCase()
                    + (news.detail() == null ? "" : ": " + news.detail())));
        }
        log.info("Applied payment news {} ({}): the payment is {}", news.messageId(), news.kind(), payment.status());
        return Outcome.APPLIED;
    }

    private static boolean applyTo(Payment payment, PaymentNews news) {
        var at = news.occurredAt();
        return switch (news.kind()) {
            case AUTHORISED -> payment.authorised(news.gatewayReference(), at);
            case DECLINED -> payment.declined(news.detail() == null ? "declined" : news.detail(), "declined by the gateway", at);
            case FAILED -> payment.failed(news.detail() == null ? "failed at the gateway" : news.detail(), at);
            case CAPTURED -> payment.captured(news.amount(), news.gatewayReference(), at);
            case VOIDED -> payment.voided(news.gatewayReference(), at);
            case REFUNDED -> payment.refunded(news.amount(), news.gatewayReference(), "gateway:" + news.gatewayReference(), at);
            case REFUND_FAILED -> payment.refundFailed(news.gatewayReference(), news.detail(), at);
            case DISPUTED -> payment.disputed(news.amount(), news.gatewayReference(),
                    news.detail() == null ? "disputed" : news.detail(), at);
        };
    }
}
