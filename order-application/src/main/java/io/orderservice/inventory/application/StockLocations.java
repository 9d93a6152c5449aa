package io.orderservice.inventory.application;

import io.orderservice.shared.AccessRefusedException;
import io.orderservice.shared.Caller;

/** A warehouse whose token names stock locations changes stock only there. */
final class StockLocations {

    private StockLocations() {
    }

    static void requireActsAt(Caller caller, String location) {
        if (!caller.actsAt(location)) {
            throw new AccessRefusedException("this caller acts for stock locations " + caller.locations() + ", not " + location);
        }
    }
}
