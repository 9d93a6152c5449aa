package io.orderservice.shipping.domain;

import io.orderservice.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** How many business days (Monday to Friday) a service takes, at least and at most, from the day it leaves. */
public record TransitTime(int minDays, int maxDays) {

    public TransitTime {
        if (minDays < 0 || maxDays < minDays) {
            throw new InvalidValueException("a transit time is 0 or more days, at least as many at most: " + minDays + "-" + maxDays);
        }
    }

    /** The days it arrives between, leaving on {@code shipDay} (a weekend day leaves on the Monday). */
    public DeliveryEstimate from(LocalDate shipDay) {
        return new DeliveryEstimate(addBusinessDays(shipDay, minDays), addBusinessDays(shipDay, maxDays));
    }

    private static LocalDate addBusinessDays(LocalDate day, int businessDays) {
        var date = nextBusinessDay(day);
        for (int left = businessDays; left > 0; left--) {
            date = nextBusinessDay(date.plusDays(1));
        }
        return date;
    }

    private static LocalDate nextBusinessDay(LocalDate day) {
        var date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }
}
