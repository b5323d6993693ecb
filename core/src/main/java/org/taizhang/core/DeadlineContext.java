package org.taizhang.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a deadline phrase is read against: the plan year (for phrases without a year) and, when
 * known, the plan's issue date (for {@code 印发后30日内}). Immutable and thread-safe.
 */
public final class DeadlineContext {
    private final int year;
    private final LocalDate issuedOn;

    private DeadlineContext(int year, LocalDate issuedOn) {
        this.year = year;
        this.issuedOn = issuedOn;
    }

    /**
     * @param year the plan year
     * @return a context with no issue date
     */
    public static DeadlineContext ofYear(int year) {
        return new DeadlineContext(year, null);
    }

    /**
     * @param issuedOn the issue date
     * @return a context for a plan issued that day, with its year
     */
    public DeadlineContext withIssuedOn(LocalDate issuedOn) {
        return new DeadlineContext(year, issuedOn);
    }

    /** @return the plan year */
    public int year() {
        return year;
    }

    /** @return the issue date, if known */
    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }
}
