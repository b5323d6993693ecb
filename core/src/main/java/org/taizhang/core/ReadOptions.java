package org.taizhang.core;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.taizhang.core.calendar.WorkdayCalendar;
import org.taizhang.core.units.UnitDirectory;

/**
 * How to read a ledger: limits, and facts the caller knows better than the file.
 *
 * <p>{@code ReadOptions.defaults()} suits most callers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadOptions {

    /** @return the limits on untrusted input */
    @Value.Default
    public ReadLimits limits() {
        return ReadLimits.defaults();
    }

    /** @return the only sheet to read from a workbook; by default every sheet that holds a ledger */
    public abstract Optional<String> sheet();

    /** @return the character set of a text file; by default detected (BOM, UTF-8, then GB18030) */
    public abstract Optional<Charset> charset();

    /**
     * The plan year for a file that does not state one. A plan's year comes from the file first (its
     * title, its issue date, the most common explicit year among its deadlines), then from here;
     * with neither, it stays unknown, year-less deadlines get no due dates and validation reports
     * {@code plan.no-year}. It never comes from today's date.
     *
     * @return the plan year to fall back on
     */
    public abstract Optional<Integer> year();

    /** @return the issue date for a file that does not state one ({@code 印发后30日内} counts from it) */
    public abstract Optional<LocalDate> issuedOn();

    /**
     * @return the working-day calendar deadlines are read with ({@code 10个工作日内}, {@code 春节前});
     *     by default {@link WorkdayCalendar#official()}
     */
    public abstract Optional<WorkdayCalendar> calendar();

    /**
     * @return the known units, whose canonical names the units read from 责任单位 cells take; by
     *     default none
     */
    public abstract Optional<UnitDirectory> units();

    /**
     * @return the words to read with: the shipped words plus a caller's ({@code 抓落实单位} as a
     *     责任单位 header, {@code 主抓} as a lead role, {@code 视情推进} as a vague deadline); by default
     *     {@link Vocabulary#builtIn()}
     */
    @Value.Default
    public Vocabulary vocabulary() {
        return Vocabulary.builtIn();
    }

    /** @return the default options */
    public static ReadOptions defaults() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReadOptions}; not thread-safe. */
    public static class Builder extends ImmutableReadOptions.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }
}
