package io.orderservice.pricing.domain;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * Where tax is rounded to the currency's minor unit, and how. PER_LINE rounds each line's tax (and the
 * shipping's) and adds the rounded amounts; PER_ORDER adds a rule's exact taxes and rounds once. Each rounding
 * is off by at most half a minor unit when it rounds to the nearest (HALF_EVEN, the default; HALF_UP,
 * HALF_DOWN), by less than one when it is directed (DOWN, UP, FLOOR, CEILING): so a tax line is within that
 * of the exact tax per order, and within that times (lines + 1) per line.
 */
public record Rounding(Level level, RoundingMode mode) {

    public enum Level { PER_LINE, PER_ORDER }

    public static final Rounding DEFAULT = new Rounding(Level.PER_ORDER, RoundingMode.HALF_EVEN);

    public boolean isToNearest() {
        return mode == RoundingMode.HALF_EVEN || mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN;
    }

    public Rounding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mode, "mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("tax needs a rounding mode that rounds");
        }
    }
}
