package org.taizhang.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working days under the State Council's holiday arrangements (放假安排): statutory days
 * off and the make-up working days (调休) that fall on weekends; every other Saturday and Sunday is
 * a day off and every other weekday a working day.
 *
 * <p>{@link #official()} holds every arrangement published so far (2007 on), shipped in core. When
 * a new notice comes out before a new release, add its year at run time:
 *
 * <pre>{@code
 * WorkdayCalendar cal = WorkdayCalendar.official()
 *         .withYear(2027, offDays, makeUpWorkdays);
 * }</pre>
 *
 * <p>Arrangements are keyed by the notice's year: the 2023 notice gives 2022-12-31 off for 元旦.
 * For a year with no arrangement ({@link #hasDataFor(int)} false) the weekend rule alone applies,
 * and results computed in that year should be taken as provisional.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkdayCalendar {
    private static final class Official {
        static final WorkdayCalendar INSTANCE = load();
    }

    private static final WorkdayCalendar EMPTY =
            new WorkdayCalendar(Set.of(), Set.of(), Map.of());

    private final Set<LocalDate> offDays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Map<Integer, Map<Festival, HolidayPeriod>> periods;

    private WorkdayCalendar(
            Set<LocalDate> offDays,
            Set<LocalDate> makeUpWorkdays,
            Map<Integer, Map<Festival, HolidayPeriod>> periods) {
        this.offDays = offDays;
        this.makeUpWorkdays = makeUpWorkdays;
        this.periods = periods;
    }

    /** @return the official arrangements shipped in core, for every year published so far */
    public static WorkdayCalendar official() {
        return Official.INSTANCE;
    }

    /** @return a calendar with no arrangement at all: weekends are the only days off */
    public static WorkdayCalendar weekendsOnly() {
        return EMPTY;
    }

    /** @return a builder starting empty; call {@link Builder#official()} to start from the shipped data */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this calendar's arrangements */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.addAll(this);
        return b;
    }

    /**
     * A calendar with one more year's arrangement (or a replacement for it).
     *
     * @param noticeYear the year of the notice
     * @param offDays the statutory days off it gives
     * @param makeUpWorkdays the weekend days it makes working days
     * @return a new calendar; this one is unchanged
     */
    public WorkdayCalendar withYear(
            int noticeYear, Collection<LocalDate> offDays, Collection<LocalDate> makeUpWorkdays) {
        return toBuilder().year(noticeYear, offDays, makeUpWorkdays).build();
    }

    /**
     * @param year a notice year
     * @return true when this calendar holds that year's official arrangement
     */
    public boolean hasDataFor(int year) {
        return periods.containsKey(year);
    }

    /** @return the notice years this calendar holds, ascending */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(periods.keySet()));
    }

    /**
     * @param day a day
     * @return true when people work that day: a weekday that is no statutory day off, or a make-up
     *     working day
     */
    public boolean isWorkday(LocalDate day) {
        if (offDays.contains(day)) {
            return false;
        }
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * @param day a day
     * @return true when the day is not a working day (weekend or statutory day off)
     */
    public boolean isOffDay(LocalDate day) {
        return !isWorkday(day);
    }

    /**
     * @param day a day
     * @return true when the arrangements make the day a statutory day off (not just a weekend)
     */
    public boolean isStatutoryOffDay(LocalDate day) {
        return offDays.contains(day);
    }

    /**
     * The working day a period ending on {@code day} really ends on: the day itself when it is a
     * working day, else the next working day (Civil Code art. 203).
     *
     * @param day a day
     * @return that day or the first working day after it
     */
    public LocalDate onOrNextWorkday(LocalDate day) {
        LocalDate d = day;
        while (isOffDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The Nth working day after a day, the day itself not counted ({@code N个工作日内}).
     *
     * @param day the day counted from
     * @param workdays how many working days; 0 gives the day itself, a negative number counts back
     * @return the day on which the count ends; always a working day unless {@code workdays} is 0
     */
    public LocalDate plusWorkdays(LocalDate day, int workdays) {
        int step = workdays >= 0 ? 1 : -1;
        int left = Math.abs(workdays);
        LocalDate d = day;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkday(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The official holiday period of a festival in a year: {@code holidayPeriod(SPRING_FESTIVAL,
     * 2023)} is 2023-01-21…2023-01-27. When 中秋节 and 国庆节 share one period, both give it.
     *
     * @param festival the festival
     * @param year the notice year (元旦 2023 starts 2022-12-31)
     * @return the period, or empty when the year's arrangement is unknown or gives the festival no
     *     days off
     */
    public Optional<HolidayPeriod> holidayPeriod(Festival festival, int year) {
        Map<Festival, HolidayPeriod> byFestival = periods.get(year);
        return byFestival == null ? Optional.empty() : Optional.ofNullable(byFestival.get(festival));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkdayCalendar
                && offDays.equals(((WorkdayCalendar) o).offDays)
                && makeUpWorkdays.equals(((WorkdayCalendar) o).makeUpWorkdays)
                && periods.equals(((WorkdayCalendar) o).periods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offDays, makeUpWorkdays, periods);
    }

    @Override
    public String toString() {
        return periods.isEmpty()
                ? "WorkdayCalendar[weekends only]"
                : "WorkdayCalendar[" + years().first() + ".." + years().last() + ", " + periods.size() + " years]";
    }

    private static WorkdayCalendar load() {
        Builder b = new Builder();
        for (String[] f : DataLines.read("official-holidays.txt")) {
            int year = Integer.parseInt(f[0]);
            Set<LocalDate> off = days(f[2]);
            Set<LocalDate> work = days(f[3]);
            b.year(year, off, work);
            if (!off.isEmpty()) {
                LocalDate first = Collections.min(off);
                LocalDate last = Collections.max(off);
                for (String code : f[1].split("\\+")) {
                    if (!code.equals("OTHER")) {
                        b.period(year, Festival.valueOf(code), first, last);
                    }
                }
            }
        }
        return b.build();
    }

    private static Set<LocalDate> days(String field) {
        Set<LocalDate> days = new HashSet<>();
        if (field.equals("-")) {
            return days;
        }
        for (String part : field.split(",")) {
            int dots = part.indexOf("..");
            LocalDate first = ymd(dots < 0 ? part : part.substring(0, dots));
            LocalDate last = dots < 0 ? first : ymd(part.substring(dots + 2));
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    private static LocalDate ymd(String s) {
        int v = Integer.parseInt(s);
        return LocalDate.of(v / 10000, v / 100 % 100, v % 100);
    }

    /** Builds a {@link WorkdayCalendar}; not thread-safe. */
    public static final class Builder {
        private final Set<LocalDate> offDays = new HashSet<>();
        private final Set<LocalDate> makeUpWorkdays = new HashSet<>();
        private final Map<Integer, Map<Festival, HolidayPeriod>> periods = new HashMap<>();

        private Builder() {}

        /** @return this builder, holding the shipped official arrangements too */
        public Builder official() {
            return addAll(WorkdayCalendar.official());
        }

        private Builder addAll(WorkdayCalendar c) {
            offDays.addAll(c.offDays);
            makeUpWorkdays.addAll(c.makeUpWorkdays);
            c.periods.forEach((y, m) -> periods.computeIfAbsent(y, k -> new EnumMap<>(Festival.class)).putAll(m));
            return this;
        }

        /**
         * Adds a year's arrangement; {@link WorkdayCalendar#hasDataFor(int)} becomes true for it.
         *
         * @param noticeYear the year of the notice
         * @param offDays the statutory days off
         * @param makeUpWorkdays the weekend days made working days
         * @return this builder
         */
        public Builder year(int noticeYear, Collection<LocalDate> offDays, Collection<LocalDate> makeUpWorkdays) {
            for (LocalDate d : offDays) {
                this.makeUpWorkdays.remove(d);
                this.offDays.add(d);
            }
            for (LocalDate d : makeUpWorkdays) {
                this.offDays.remove(d);
                this.makeUpWorkdays.add(d);
            }
            periods.computeIfAbsent(noticeYear, k -> new EnumMap<>(Festival.class));
            return this;
        }

        /**
         * Adds a festival's holiday period: its days become statutory days off.
         *
         * @param noticeYear the year of the notice
         * @param festival the festival
         * @param first the first day off
         * @param last the last day off
         * @return this builder
         */
        public Builder period(int noticeYear, Festival festival, LocalDate first, LocalDate last) {
            HolidayPeriod p = new HolidayPeriod(festival, first, last);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                makeUpWorkdays.remove(d);
                offDays.add(d);
            }
            periods.computeIfAbsent(noticeYear, k -> new EnumMap<>(Festival.class)).put(festival, p);
            return this;
        }

        /** @return the calendar */
        public WorkdayCalendar build() {
            Map<Integer, Map<Festival, HolidayPeriod>> frozen = new HashMap<>();
            periods.forEach((y, m) -> frozen.put(y, Collections.unmodifiableMap(new EnumMap<>(m))));
            return new WorkdayCalendar(Set.copyOf(offDays), Set.copyOf(makeUpWorkdays), Map.copyOf(frozen));
        }
    }
}
