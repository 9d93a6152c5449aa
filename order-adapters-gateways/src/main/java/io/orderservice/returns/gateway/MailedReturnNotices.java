package io.orderservice.returns.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.returns.application.port.out.CustomerNotices.ReturnNotice;
import io.orderservice.shared.application.GatewayCallingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails the customer what the notification port tells them about a return: a channel beside the notification topic. It
 * listens to the notices the port publishes into the outbox, so a mail goes only for a change that committed, and a
 * mail server or directory that cannot take it now fails the delivery, which the outbox hands over again later
 * (docs/operations.md) — never the customer's return. A customer the directory has no address for (a guest) is not
 * mailed; counted in {@code notifications.mail.unaddressed}. On with {@code order-service.notifications.mail.from}.
 */
@Component
@ConditionalOnProperty("order-service.notifications.mail.from")
class MailedReturnNotices {

    private static final Logger log = LoggerFactory.getLogger(MailedReturnNotices.class);

    private final JavaMailSender mail;
    private final ScimCustomerDirectory directory;
    private final MailNoticeProperties properties;
    private final MeterRegistry meters;

    MailedReturnNotices(JavaMailSender mail, MailNoticeProperties properties, MeterRegistry meters) {
        this.mail = mail;
        this.directory = new ScimCustomerDirectory(properties);
        this.properties = properties;
        this.meters = meters;
    }

    @GatewayCallingListener
    void on(ReturnNotice notice) {
        var address = directory.emailOf(notice.customerId());
        if (address.isEmpty()) {
            meters.counter("notifications.mail.unaddressed", "kind", notice.kind().name()).increment();
            log.info("No e-mail address for customer {}: the {} notice of return {} is not mailed", notice.customerId().value(),
                    notice.kind(), notice.returnId());
            return;
        }
        var written = ReturnNoticeMail.of(notice);
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(address.get());
        message.setSubject(written.subject());
        message.setText(written.text());
        mail.send(message);
    }
}
