package io.orderservice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The harness itself still works: a few seconds at one level, every part of the report, against the
 * service jar this build just packaged. Not a measurement: its figures mean nothing on a busy CI machine.
 */
class BenchmarkSmokeIT {

    @Test
    void measuresEveryPartOfTheReportBriefly() throws Exception {
        var options = Options.parse("all", "--levels=2", "--storefront-levels=2", "--warmup=1", "--duration=2", "--sizes=500,1000",
                "--growth-duration=1", "--counted-orders=5", "--service-jar=" + System.getProperty("order-service.jar"));

        var report = new Benchmark(options).run();

        assertThat(report.levels()).singleElement().satisfies(level -> {
            assertThat(level.placements().ok()).isPositive();
            assertThat(level.placements().errors()).isZero();
            assertThat(level.ceilingPerSecond()).isPositive();
            assertThat(level.ratio()).isPositive();
            assertThat(level.serviceCpuMillisPerOrder()).isPositive();
        });
        assertThat(report.storefront()).singleElement().satisfies(level -> {
            assertThat(level.failures()).as("failed steps").isEmpty();
            assertThat(level.checkouts().ok()).isPositive();
            assertThat(level.checkouts().errors()).isZero();
            assertThat(level.checkoutCalls().getTotalCount()).isEqualTo(level.checkouts().ok());
            assertThat(level.callsPerCheckout()).isEqualTo(7);
            assertThat(level.serviceCpuMillisPerCheckout()).isPositive();
        });
        assertThat(report.reads().ok()).isPositive();
        assertThat(report.reads().errors()).isZero();
        assertThat(report.halfPeak().errors()).isZero();
        assertThat(report.heapAfterGc()).isPositive();
        assertThat(report.sql().statementsPerPlacement()).isGreaterThan(5);
        assertThat(report.sql().roundTripsPerPlacement()).isPositive();
        assertThat(report.sql().statementsPerRead()).isPositive();
        // A checkout through a cart is a placement and the cart's own statements, so always more.
        assertThat(report.sql().statementsPerCheckout()).isGreaterThan(report.sql().statementsPerPlacement());
        assertThat(report.growth()).hasSize(2);
        assertThat(report.growth().get(1).storedOrders()).isGreaterThanOrEqualTo(1000);
        assertThat(report.growth().get(1).firstPage().ok()).isPositive();
        assertThat(report.growth().get(1).firstPage().errors()).isZero();
        assertThat(Benchmark.render(report, options)).contains("| concurrency |", "ratio", "stored orders",
                "Storefront checkout", "Best sustained: storefront checkout");
    }
}
