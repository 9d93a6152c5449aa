package io.orderservice.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Decides, once and for the whole service, whether the local defaults are on — the defaults that make the two-command
 * set-up work and must never reach production by accident: the embedded authorization server with its demo clients,
 * and the sandbox payment gateway, which moves no money. They are on when the embedded PostgreSQL is in use (no
 * {@code spring.datasource.url}) or the {@code local} profile is active.
 *
 * <p>The decision is published as {@value #ACTIVE} (what {@code @ConditionalOnLocalDefaults} reads; set here, it
 * cannot be set from outside) and, when on, as the default of {@value #SANDBOX} (which configuration may still turn
 * off). Elsewhere the sandbox is off unless {@value #SANDBOX} is set, and payment routing that names it refuses to
 * start. The property source is named {@value #SOURCE} in {@code /actuator/env}.
 */
public class LocalDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String ACTIVE = "order-service.local-defaults.active";
    public static final String SANDBOX = "order-service.payment.sandbox.enabled";
    static final String SOURCE = "local-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean active = environment.getProperty("spring.datasource.url", "").isBlank()
                || environment.acceptsProfiles(Profiles.of("local"));
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(ACTIVE, active)));
        if (active) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE + "-defaults", Map.of(SANDBOX, true)));
        }
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
