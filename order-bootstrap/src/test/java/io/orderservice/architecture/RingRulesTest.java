package io.orderservice.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static io.orderservice.architecture.Rings.*;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.orderservice.inventory.domain.event.StockEvent;
import io.orderservice.ordering.domain.event.OrderEvent;
import io.orderservice.ordering.domain.event.OrderNotice;
import io.orderservice.payment.domain.event.PaymentEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN.md's rings, checked on the compiled service (tests excluded). */
class RingRulesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The contract kits are tests an adapter's test extends (on the test classpath only, like a test-jar).
            .withImportOption(location -> !location.contains("order-adapter-kits"))
            .importPackages("io.orderservice");

    /** Ring 1: the JDK and the domain itself, nothing else. */
    static final ArchRule DOMAIN_IS_PURE_JAVA = classes().that(ring(DOMAIN))
            .should().onlyDependOnClassesThat(resideInAPackage("java..").or(ring(DOMAIN)))
            .as("the domain ring depends only on the JDK and itself (no Spring, Jakarta, Jackson, Hibernate)");

    /** Ring 2: domain, plus annotation-level Spring, Modulith's API, Micrometer and SLF4J facades. */
    static final ArchRule APPLICATION_SEES_ONLY_DOMAIN_AND_ANNOTATIONS = classes().that(ring(APPLICATION))
            .should().onlyDependOnClassesThat(resideInAPackage("java..")
                    .or(anyRing(DOMAIN, APPLICATION))
                    // transaction.event: after-commit listeners (the saga's steps); dao: the store-neutral
                    // exceptions a use case may react to (a concurrent change), never a driver's own.
                    .or(resideInAnyPackage("org.springframework.stereotype..", "org.springframework.transaction.annotation..",
                            "org.springframework.transaction.event..", "org.springframework.dao..",
                            "org.springframework.scheduling.annotation..",
                            "org.springframework.modulith..", "io.micrometer.core.instrument..", "org.slf4j.."))
                    .or(JavaClass.Predicates.equivalentTo(org.springframework.context.ApplicationEventPublisher.class)))
            .as("the application ring sees the domain and annotation-level Spring only (no adapter, JPA, web or Boot)");

    static final ArchRule ADAPTER_RINGS_DO_NOT_SEE_EACH_OTHER = adaptersIsolated();

    /** ADR 0026: a use case saves an aggregate, and the store publishes what it recorded; nothing else pulls them. */
    static final ArchRule ONLY_STORES_PUBLISH_RECORDED_EVENTS = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..domain..")
            .should().callMethodWhere(target(nameMatching("pull(Events|Notices)")))
            .as("only a store (persistence ring) publishes the events an aggregate recorded: services save, never pull");

    /**
     * ADR 0026: every domain event is recorded by the aggregate or domain policy it is about (an order, a payment, a
     * SKU's backorder queue), never constructed by a service.
     */
    static final ArchRule ONLY_AGGREGATES_RECORD_EVENTS = noClasses().that().resideInAPackage("..application..")
            .should().callConstructorWhere(target(owner(assignableTo(OrderEvent.class).or(assignableTo(OrderNotice.class))
                    .or(assignableTo(PaymentEvent.class)).or(assignableTo(StockEvent.class)))))
            .as("services do not construct domain events: the aggregates and domain policies record them");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that(ring(BOOTSTRAP).negate())
            .should().dependOnClassesThat(ring(BOOTSTRAP))
            .as("only the bootstrap ring chooses implementations: no other ring depends on it");

    static final ArchRule WEB_CALLS_USE_CASES_ONLY = noClasses().that(ring(WEB))
            .should().dependOnClassesThat(resideInAPackage("..application.port.out.."))
            .orShould().dependOnClassesThat(resideInAPackage("io.orderservice.*.application..")
                    .and(resideInAPackage("..application.port..").negate()))
            .as("the web ring talks to inbound ports (use cases and queries) only, not to the services of any use-case family");

    /** The same rule by package name: catches a framework in any {@code domain} package, whatever its jar. */
    // package-info of domain.event lives in the application jar: it declares the named interface for Modulith.
    static final ArchRule DOMAIN_PACKAGES_ARE_PURE_JAVA = classes().that().resideInAPackage("..domain..")
            .and().doNotHaveSimpleName("package-info")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..", "io.orderservice.shared")
            .as("domain packages depend only on the JDK, domain packages and the shared kernel");

    /** The same rings by package name, as ArchUnit's onion architecture: the shape STYLE.md describes. */
    static final ArchRule ONION = onionArchitecture()
            .domainModels("..domain..", "io.orderservice.shared")
            .applicationServices("..application..")
            .adapter("web", "..web..")
            .adapter("persistence", "..persistence..")
            .adapter("messaging", "..messaging..")
            .adapter("gateways", "..gateway..")
            .withOptionalLayers(true)
            // The bootstrap ring wires every ring; its platform filters reuse the web adapter's HTTP building blocks,
            // and its security configuration the shared kernel's roles.
            .ignoreDependency(resideInAPackage("io.orderservice.platform.."), resideInAPackage("..web.."))
            .ignoreDependency(resideInAPackage("io.orderservice.platform.."), resideInAPackage("io.orderservice.shared"))
            // ADR 0027: each capability's config package (bootstrap ring) builds its domain policies from properties.
            .ignoreDependency(resideInAPackage("io.orderservice.*.config.."),
                    resideInAnyPackage("io.orderservice.*.domain..", "io.orderservice.shared"))
            .as("packages form an onion: domain ← application ← adapters, adapters apart");

    @Test
    void domainIsPureJava() {
        DOMAIN_IS_PURE_JAVA.check(SERVICE);
    }

    @Test
    void domainPackagesArePureJava() {
        DOMAIN_PACKAGES_ARE_PURE_JAVA.check(SERVICE);
    }

    @Test
    void applicationSeesOnlyDomainAndAnnotationLevelSpring() {
        APPLICATION_SEES_ONLY_DOMAIN_AND_ANNOTATIONS.check(SERVICE);
    }

    @Test
    void adapterRingsDoNotSeeEachOther() {
        ADAPTER_RINGS_DO_NOT_SEE_EACH_OTHER.check(SERVICE);
    }

    @Test
    void nothingDependsOnBootstrap() {
        NOTHING_DEPENDS_ON_BOOTSTRAP.check(SERVICE);
    }

    @Test
    void webCallsUseCasesOnly() {
        WEB_CALLS_USE_CASES_ONLY.check(SERVICE);
    }

    @Test
    void onlyStoresPublishRecordedEvents() {
        ONLY_STORES_PUBLISH_RECORDED_EVENTS.check(SERVICE);
    }

    @Test
    void onlyAggregatesRecordEvents() {
        ONLY_AGGREGATES_RECORD_EVENTS.check(SERVICE);
    }

    @Test
    void packagesFormAnOnion() {
        ONION.check(SERVICE);
    }

    @Test
    void everyRingHasClasses() {
        // Guards the rules above against passing vacuously, e.g. if ring detection by class location broke.
        for (var module : new String[] {DOMAIN, APPLICATION, WEB, PERSISTENCE, MESSAGING, GATEWAYS, BOOTSTRAP}) {
            org.assertj.core.api.Assertions.assertThat(SERVICE.that(ring(module))).as(module).isNotEmpty();
        }
    }

    private static ArchRule adaptersIsolated() {
        ArchRule rule = null;
        for (var adapter : ADAPTERS) {
            var others = Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter)).toArray(String[]::new);
            var adapterRule = noClasses().that(ring(adapter)).should().dependOnClassesThat(anyRing(others));
            rule = rule == null ? adapterRule : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(adapterRule);
        }
        return rule.as("adapter rings never see each other (web, persistence, messaging, gateways)");
    }
}
