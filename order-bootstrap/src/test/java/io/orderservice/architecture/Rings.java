package io.orderservice.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The hexagonal rings are Maven modules, so a class's ring is the module its class file came from
 * ({@code order-domain/target/classes}, {@code order-domain-0.1.0.jar}, ...), not a package naming convention.
 */
final class Rings {

    static final String DOMAIN = "order-domain";
    static final String APPLICATION = "order-application";
    static final String WEB = "order-adapters-web";
    static final String PERSISTENCE = "order-adapters-persistence";
    static final String MESSAGING = "order-adapters-messaging";
    static final String GATEWAYS = "order-adapters-gateways";
    static final String BOOTSTRAP = "order-bootstrap";
    static final String[] ADAPTERS = {WEB, PERSISTENCE, MESSAGING, GATEWAYS};

    private Rings() {
    }

    static DescribedPredicate<JavaClass> ring(String module) {
        // Arrays have no class file of their own: they belong to the ring of their component type.
        return DescribedPredicate.describe("in ring " + module, javaClass -> javaClass.getBaseComponentType().getSource()
                .map(source -> source.getUri().toString())
                .map(uri -> uri.contains("/" + module + "/") || uri.contains("/" + module + "-"))
                .orElse(false));
    }

    static DescribedPredicate<JavaClass> anyRing(String... modules) {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (var module : modules) {
            any = any.or(ring(module));
        }
        return any.as("in ring " + String.join(" or ", modules));
    }
}
