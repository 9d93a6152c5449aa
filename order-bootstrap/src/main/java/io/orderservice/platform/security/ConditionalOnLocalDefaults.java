package io.orderservice.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;

/**
 * The one condition behind every local default that must never reach production by accident: the embedded
 * authorization server with its demo clients, and the sandbox payment gateway. It holds when the embedded
 * PostgreSQL is in use (no {@code spring.datasource.url}) or the {@code local} profile is active.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnLocalDefaults.LocalDefaultsCondition.class)
public @interface ConditionalOnLocalDefaults {

    final class LocalDefaultsCondition extends AnyNestedCondition {

        LocalDefaultsCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
        static final class EmbeddedDatabase {
        }

        @Profile("local")
        static final class LocalProfile {
        }
    }
}
