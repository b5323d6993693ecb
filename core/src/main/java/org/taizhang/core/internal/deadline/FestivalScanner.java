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
        if (!Words.mayStart(lex.festivalFirsts, buf[i])) {
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
            return null;
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
