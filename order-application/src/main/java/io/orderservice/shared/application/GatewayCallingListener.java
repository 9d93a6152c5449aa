package io.orderservice.shared.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Like Spring Modulith's {@code @ApplicationModuleListener} (asynchronous, after the publishing transaction committed,
 * delivered at least once through the event publication registry), but run with no transaction of its own: the
 * listener calls another system (a payment gateway, a carrier), and no transaction or row lock may be held across that
 * call. What it writes, it writes in short transactions of its own (issue 17, item 9).
 */
@Async
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface GatewayCallingListener {
}
