package io.orderservice.shared.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a contract kit against a deliberately broken adapter through the JUnit engine and checks which of its tests
 * failed: how this repository proves each kit catches the mistakes its guide names, and how a team can prove its own
 * stand-in is strict enough (docs/adapters/README.md).
 */
public final class BrokenAdapters {

    private BrokenAdapters() {
    }

    /** The kit, extended by {@code broken}, fails exactly {@code count} tests, among them those named. */
    public static void assertKitFails(Class<?> broken, int count, String... testNamesStartingWith) {
        var failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(broken)).execute().testEvents().failed()
                .stream().map(event -> event.getTestDescriptor().getLegacyReportingName()).toList();
        assertThat(failed).hasSize(count);
        for (var name : testNamesStartingWith) {
            assertThat(failed).anySatisfy(test -> assertThat(test).startsWith(name));
        }
    }
}
