package org.taizhang.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days off of one festival in one year's arrangement, inclusive ({@code 2023 春节
 * 2023-01-21…2023-01-27}). Immutable and thread-safe.
 *
 * @param festival the festival
 * @param first the first day off
 * @param last the last day off
 */
public record HolidayPeriod(Festival festival, LocalDate first, LocalDate last) {

    /**
     * Checks the period.
     *
     * @param festival the festival
     * @param first the first day off
     * @param last the last day off, not before the first
     */
    public HolidayPeriod {
        Objects.requireNonNull(festival, "festival");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("holiday period ends before it starts: " + first + ".." + last);
        }
    }

    /** @return the day before the first day off: what {@code 春节前} means */
    public LocalDate dayBefore() {
        return first.minusDays(1);
    }

    /**
     * @param day a day
     * @return true when the day is in the period
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return festival.chineseName() + " " + first + ".." + last;
    }
}
