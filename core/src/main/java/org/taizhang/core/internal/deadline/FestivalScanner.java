package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;

import java.time.LocalDate;
import java.util.Optional;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.calendar.Festival;
import org.taizhang.core.calendar.HolidayPeriod;
import org.taizhang.core.calendar.WorkdayCalendar;

/**
 * Reads festivals: {@code 春节前} (the day before the holiday starts), {@code 中秋节} (the day),
 * {@code 国庆节期间} (the last day off), through the calendar's holiday periods and festival days.
 * Each call returns a {@link FestivalMatch} or null.
 */
final class FestivalScanner {
    /** What a festival phrase means: the day itself, the day before, or its holiday period. */
    private enum Mode { DAY, BEFORE, PERIOD }

    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;
    private final DeadlineContext ctx;

    FestivalScanner(NormalisedText t, Lexicon lex, DeadlineContext ctx) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
        this.ctx = ctx;
    }

    /**
     * The festival at i, or null.
     *
     * @param explicitYear the year written just before it ({@code 2023年春节前}), or {@code NONE}
     */
    FestivalMatch festival(int i, int end, int explicitYear) {
        if (i >= end || !lex.festivalStarts[buf[i]]) {
            return null;
        }
        Festival f = null;
        int k = -1;
        for (int n = 0; n < lex.festivalNames.length && f == null; n++) {
            if ((k = t.match(i, end, lex.festivalNames[n])) > 0) {
                f = lex.festivals[n];
            }
        }
        for (int n = 0; n < lex.shortFestivalNames.length && f == null; n++) {
            if ((k = t.match(i, end, lex.shortFestivalNames[n])) > 0 && t.match(k, end, lex.afterShortFestival) > 0) {
                f = lex.shortFestivals[n];
                if (t.at(k, end, "节")) {
                    k++;
                }
            }
        }
        if (f == null) {
            return observanceOrLunar(i, end, explicitYear);
        }
        if (t.at(k, end, "节")) {
            k++;
        }
        int e;
        Mode mode;
        if ((e = t.match(k, end, lex.before)) > 0) {
            mode = Mode.BEFORE;
        } else if ((e = t.match(k, end, lex.holidayPeriod)) > 0) {
            mode = Mode.PERIOD;
        } else {
            e = k;
            mode = Mode.DAY;
        }
        return date(e, f, explicitYear, mode);
    }

    /** An observance day (护士节, 七一) or a lunar date (农历八月十五, 正月初八) at i, or null. */
    private FestivalMatch observanceOrLunar(int i, int end, int explicitYear) {
        int k = -1;
        int monthDay = 0;
        for (int n = 0; n < lex.observanceNames.length && monthDay == 0; n++) {
            if ((k = t.match(i, end, lex.observanceNames[n])) > 0) {
                monthDay = lex.observanceDays[n];
            }
        }
        for (int n = 0; n < lex.shortObservanceNames.length && monthDay == 0; n++) {
            if ((k = t.match(i, end, lex.shortObservanceNames[n])) > 0 && t.match(k, end, lex.afterShortFestival) > 0) {
                monthDay = lex.shortObservanceDays[n];
            }
        }
        if (monthDay == 0) {
            return lunar(i, end, explicitYear);
        }
        if (t.at(k, end, "节")) {
            k++;
        }
        int e = t.match(k, end, lex.before);
        LocalDate ref = ctx.issuedOn().orElse(LocalDate.of(ctx.year(), 1, 1));
        int y = explicitYear != NONE ? explicitYear : ctx.year();
        LocalDate day = LocalDate.of(y, monthDay / 100, monthDay % 100);
        if (explicitYear == NONE && !day.isAfter(ref)) {
            day = day.plusYears(1);
        }
        return e > 0 ? new FestivalMatch(e, day.minusDays(1), false) : new FestivalMatch(k, day, false);
    }

    /**
     * 农历八月十五, 正月初八, 腊月二十三: a lunar date, counted from the lunar festival of its month
     * in the shipped table (正月 from 春节, 五月 from 端午, 七月 from 七夕, 八月 from 中秋, 九月 from
     * 重阳). A lunar date in another month, or a 30th, cannot be placed: the
     * match then has no date, and the phrase is left unread rather than guessed.
     */
    private FestivalMatch lunar(int i, int end, int explicitYear) {
        int k = t.match(i, end, lex.lunarMarks);
        boolean marked = k > 0;
        int j = marked ? k : i;
        int month = 0;
        for (int n = 0; n < lex.lunarMonthNames.length && month == 0; n++) {
            int e = t.match(j, end, lex.lunarMonthNames[n]);
            if (e > 0) {
                month = lex.lunarMonths[n];
                j = e;
            }
        }
        if (month == 0) {
            // 农历八月十五: a numbered month needs 农历
            if (!marked) {
                return null;
            }
            long n = NumberScanner.scan(buf, j, end);
            int m = NumberScanner.end(n);
            if (n < 0 || !t.at(m, end, "月") || NumberScanner.value(n) < 1 || NumberScanner.value(n) > 12) {
                return null;
            }
            month = NumberScanner.value(n);
            j = m + 1;
        }
        int day;
        if (t.at(j, end, "初")) {
            long n = NumberScanner.scan(buf, j + 1, end);
            if (n < 0 || NumberScanner.value(n) < 1 || NumberScanner.value(n) > 10) {
                return null;
            }
            day = NumberScanner.value(n);
            j = NumberScanner.end(n);
        } else if (t.at(j, end, "廿")) {
            long n = NumberScanner.scan(buf, j + 1, end);
            day = 20 + (n < 0 ? 0 : NumberScanner.value(n));
            j = n < 0 ? j + 1 : NumberScanner.end(n);
        } else {
            long n = NumberScanner.scan(buf, j, end);
            if (n < 0 || NumberScanner.value(n) < 1 || NumberScanner.value(n) > 30) {
                return marked ? new FestivalMatch(j, null, false) : null;
            }
            day = NumberScanner.value(n);
            j = NumberScanner.end(n);
        }
        if (t.at(j, end, "日")) {
            j++;
        }
        int e = t.match(j, end, lex.before);
        boolean before = e > 0;
        if (!before) {
            e = j;
        }
        LocalDate ref = ctx.issuedOn().orElse(LocalDate.of(ctx.year(), 1, 1));
        int y = explicitYear != NONE ? explicitYear : ctx.year();
        LocalDate date = lunarDate(y, month, day);
        if (explicitYear == NONE && date != null && !date.isAfter(ref)) {
            date = lunarDate(y + 1, month, day);
        }
        if (date == null) {
            return new FestivalMatch(e, null, false);
        }
        return new FestivalMatch(e, before ? date.minusDays(1) : date, false);
    }

    /** A lunar date in the lunar year that starts in Gregorian year y, or null when it cannot be placed. */
    private static LocalDate lunarDate(int y, int month, int day) {
        if (day > 29) {
            return null;
        }
        Festival anchor;
        int anchorDay;
        switch (month) {
            case 1:
                anchor = Festival.SPRING_FESTIVAL;
                anchorDay = 1;
                break;
            case 5:
                anchor = Festival.DRAGON_BOAT;
                anchorDay = 5;
                break;
            case 7:
                anchor = Festival.QIXI;
                anchorDay = 7;
                break;
            case 8:
                anchor = Festival.MID_AUTUMN;
                anchorDay = 15;
                break;
            case 9:
                anchor = Festival.DOUBLE_NINTH;
                anchorDay = 9;
                break;
            default:
                // no festival in the table fixes where this lunar month starts
                return null;
        }
        return anchor.dayIn(y).map(d -> d.plusDays(day - anchorDay)).orElse(null);
    }

    private FestivalMatch date(int e, Festival f, int explicitYear, Mode mode) {
        WorkdayCalendar cal = ctx.calendar();
        LocalDate ref = ctx.issuedOn().orElse(LocalDate.of(ctx.year(), 1, 1));
        if (mode == Mode.DAY || !f.isPublicHoliday()) {
            int y = explicitYear != NONE ? explicitYear : ctx.year();
            LocalDate day = f.dayIn(y).orElse(null);
            if (explicitYear == NONE && day != null && !day.isAfter(ref)) {
                y++;
                day = f.dayIn(y).orElse(null);
            }
            boolean provisional = day == null;
            if (day == null) {
                day = LocalDate.of(y, 12, 31);
            }
            return new FestivalMatch(e, mode == Mode.BEFORE ? day.minusDays(1) : day, provisional);
        }
        int y = explicitYear;
        if (y == NONE) {
            y = ctx.year();
            if (!firstDayOff(cal, f, y).isAfter(ref)) {
                y++;
            }
        }
        Optional<HolidayPeriod> p = cal.holidayPeriod(f, y);
        boolean provisional = p.isEmpty();
        if (mode == Mode.BEFORE) {
            return new FestivalMatch(e, firstDayOff(cal, f, y).minusDays(1), provisional);
        }
        int year = y;
        LocalDate last = p.map(HolidayPeriod::last).orElseGet(() -> f.dayIn(year).orElse(LocalDate.of(year, 12, 31)));
        return new FestivalMatch(e, last, provisional);
    }

    /** First day off of a festival's period, or its best guess when the year has no data. */
    private static LocalDate firstDayOff(WorkdayCalendar cal, Festival f, int y) {
        Optional<HolidayPeriod> p = cal.holidayPeriod(f, y);
        if (p.isPresent()) {
            return p.get().first();
        }
        Festival guess = f == Festival.SPRING_FESTIVAL ? Festival.NEW_YEARS_EVE : f;
        return guess.dayIn(y).orElse(LocalDate.of(y, 1, 1));
    }
}
