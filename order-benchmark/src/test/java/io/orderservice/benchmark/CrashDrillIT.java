package io.orderservice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 13, in the build: the packaged service killed with SIGKILL twice under load and restarted, every lost
 * answer retried with its key. Exactly one order per key, every saga finished, every publication completed.
 */
class CrashDrillIT {

    @Test
    void aServiceKilledUnderLoadPlacesExactlyOneOrderPerKey() throws Exception {
        // C1 only: the service starts three times, and its speed is not what is tested here.
        var options = Options.parse("crash", "--kills=2", "--clients=6", "--load-between-kills=3",
                "--service-jvm-arg=-XX:TieredStopAtLevel=1", "--service-jar=" + System.getProperty("order-service.jar"));

        var result = new CrashDrill(options).run();

        System.out.println(CrashDrill.render(result));
        assertThat(result.retriedKeys()).as("requests were in flight at the kills, their answers lost").isPositive();
        assertThat(result.answered()).as("the service answered between kills").isPositive();
        assertThat(result.duplicates()).as("a key that placed two orders").isZero();
        assertThat(result.keysWithoutOrder()).as("a key that placed none").isZero();
        assertThat(result.orders()).isEqualTo(result.keys());
        assertThat(result.sagasUnfinished()).isZero();
        assertThat(result.publicationsIncomplete()).isZero();
        assertThat(result.retryAnswers()).as("every retry answered with its order").containsOnlyKeys(201, 202);
    }
}
