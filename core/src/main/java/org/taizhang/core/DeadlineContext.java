package org.taizhang.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.taizhang.core.calendar.WorkdayCalendar;

/**
 * What a deadline phrase is read against: the plan year (for phrases without a year), when known
 * the plan's issue date (for {@code 印发后30日内}), and the working-day calendar (for
 * {@code 10个工作日内}, {@code 春节前}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Deadline d = Deadline.parse("印发后30日内", DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30)));
 * }</pre>
 */
public final class DeadlineContext {
    private final int year;
    private final LocalDate issuedOn;
    private final WorkdayCalendar calendar;
    /** Null: the words in force for the read under way (the shipped ones outside a read). */
    private final Vocabulary vocabulary;

    private DeadlineContext(int year, LocalDate issuedOn, WorkdayCalendar calendar, Vocabulary vocabulary) {
        this.year = year;
        this.issuedOn = issuedOn;
        this.calendar = calendar;
        this.vocabulary = vocabulary;
    }

    /**
     * @param year the plan year
     * @return a context with no issue date and the {@link WorkdayCalendar#official() official}
     *     calendar
     */
    public static DeadlineContext ofYear(int year) {
        return new DeadlineContext(year, null, WorkdayCalendar.official(), null);
    }

    /**
     * @param issuedOn the issue date
     * @return a context for a plan issued that day, with its year
     */
    public DeadlineContext withIssuedOn(LocalDate issuedOn) {
        return new DeadlineContext(year, issuedOn, calendar, vocabulary);
    }

    /**
     * @param calendar the working-day calendar to count with (one extended with a newly published
     *     year, say)
     * @return a context using that calendar
     */
    public DeadlineContext withCalendar(WorkdayCalendar calendar) {
        return new DeadlineContext(year, issuedOn, Objects.requireNonNull(calendar, "calendar"), vocabulary);
    }

    /**
     * @param vocabulary the words to read with, a caller's {@code vague} and {@code ongoing} words
     *     among them ({@code 视情推进})
     * @return a context reading with those words
     */
    public DeadlineContext withVocabulary(Vocabulary vocabulary) {
        return new DeadlineContext(year, issuedOn, calendar, Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /**
     * @return the words set by {@link #withVocabulary}; when none were set, deadlines read within a
     *     ledger read use that read's {@link ReadOptions#vocabulary()}, and others the shipped words
     */
    public Optional<Vocabulary> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }

    /** @return the plan year */
    public int year() {
        return year;
    }

    /** @return the issue date, if known */
    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    /** @return the working-day calendar */
    public WorkdayCalendar calendar() {
        return calendar;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineContext
                && year == ((DeadlineContext) o).year
                && Objects.equals(issuedOn, ((DeadlineContext) o).issuedOn)
                && calendar.equals(((DeadlineContext) o).calendar)
                && Objects.equals(vocabulary, ((DeadlineContext) o).vocabulary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, issuedOn);
    }

    @Override
    public String toString() {
        return "DeadlineContext[year " + year + (issuedOn == null ? "" : ", issued " + issuedOn) + "]";
    }
}
