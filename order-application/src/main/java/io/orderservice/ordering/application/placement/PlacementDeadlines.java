package io.orderservice.ordering.application.placement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.ordering.application.port.out.PlacementSagas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The placement saga's clock: steps that missed their deadline count as failed attempts (and are parked
 * after the last), steps that waited out their backoff are dispatched again, lapsed payment retry windows
 * release the stock and cancel the order. Instances running it at once take different sagas. Also
 * publishes {@code placement.sagas.parked}, the number of sagas waiting for an operator.
 */
@Service
public class PlacementDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PlacementDeadlines.class);
    private static final int BATCH = 100;

    private final PlacementSteps steps;

    PlacementDeadlines(PlacementSteps steps, PlacementSagas sagas, MeterRegistry meters) {
        this.steps = steps;
        Gauge.builder("placement.sagas.parked", sagas, PlacementSagas::countParked)
                .description("Placement sagas parked for an operator").register(meters);
    }

    /** Acts on every deadline that has passed; returns how many sagas moved. */
    @Scheduled(initialDelayString = "${order-service.placement.deadline-check-every:PT5S}",
            fixedDelayString = "${order-service.placement.deadline-check-every:PT5S}")
    public int act() {
        int total = 0;
        int moved;
        do {
            moved = steps.deadlinesPassed(BATCH);
            total += moved;
        } while (moved == BATCH);
        if (total > 0) {
            log.info("Acted on {} placement deadlines", total);
        }
        return total;
    }
}
