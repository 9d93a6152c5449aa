package io.orderservice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.orderservice.architecture.fixture.ordering.application.HandPublishingService;
import io.orderservice.architecture.fixture.ordering.domain.LeakyAggregate;
import io.orderservice.architecture.fixture.ordering.web.LeakyController;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules are only worth something if they fail on a violation. The fixtures break them
 * on purpose (a Spring annotation in a domain class, a web class using a persistence class).
 */
class RulesCanFailTest {

    @Test
    void springInADomainClassBreaksThePureDomainRule() {
        var result = RingRulesTest.DOMAIN_PACKAGES_ARE_PURE_JAVA.evaluate(new ClassFileImporter().importClasses(LeakyAggregate.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("LeakyAggregate", "org.springframework.stereotype.Component");
    }

    @Test
    void aWebClassUsingAPersistenceClassBreaksTheOnion() {
        var result = RingRulesTest.ONION.evaluate(new ClassFileImporter().importPackages(
                "io.orderservice.architecture.fixture.ordering.web", "io.orderservice.architecture.fixture.ordering.persistence"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(LeakyController.class.getSimpleName(), "SomeEntity");
    }

    @Test
    void aServicePublishingAnAggregatesEventsByHandBreaksTheStoreRule() {
        var result = RingRulesTest.ONLY_STORES_PUBLISH_RECORDED_EVENTS.evaluate(new ClassFileImporter().importPackages(
                "io.orderservice.architecture.fixture.ordering.application", "io.orderservice.architecture.fixture.ordering.domain"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(HandPublishingService.class.getSimpleName(), "pullEvents");
    }

    @Test
    void aServiceConstructingAnOrdersNoticeBreaksTheAggregatesRecordRule() {
        var result = RingRulesTest.ONLY_AGGREGATES_RECORD_EVENTS.evaluate(new ClassFileImporter().importPackages(
                "io.orderservice.architecture.fixture.ordering.application"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(HandPublishingService.class.getSimpleName(), "Delayed");
    }
}
