package io.orderservice.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Holds when the local defaults are on ({@link LocalDefaults}: the embedded PostgreSQL is in use, or the {@code local}
 * profile is active). Beans behind it must never reach production by accident.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(LocalDefaults.ACTIVE)
public @interface ConditionalOnLocalDefaults {
}
