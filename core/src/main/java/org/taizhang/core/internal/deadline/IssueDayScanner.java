package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.NumberScanner.digits;
import static org.taizhang.core.internal.deadline.NumberScanner.value;

import java.time.LocalDate;
import org.taizhang.core.DeadlineContext;

/**
 * Reads days and weeks counted from the plan's issue date: {@code 明天}, {@code 后天},
 * {@code 本周五}, {@code 下下周三}, {@code 本周末}, {@code 周三}. A day found is returned with its
 * end as one {@code long} (the epoch day above, the end in the low 16 bits).
 */
final class IssueDayScanner {
    /** No such word at the position asked. */
    static final long NONE = 0;
    /** Such a word, but the plan has no issue date to count from. */
    static final long NO_ISSUE_DATE = -1;

    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;
    private final DeadlineContext ctx;

    IssueDayScanner(NormalisedText t, Lexicon lex, DeadlineContext ctx) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
        this.ctx = ctx;
    }

    static LocalDate date(long found) {
        return LocalDate.ofEpochDay(found >> 16);
    }

    static int end(long found) {
        return (int) (found & 0xFFFF);
    }

    private long num(int i, int end) {
        return NumberScanner.scan(buf, i, end);
    }

    /**
     * 明天, 后天, 本周五, 下周一, 下下周, 本周末, 周三: days and weeks counted from the issue date (a
     * week runs Monday to Sunday; a week without a day is due on its Sunday; a weekday alone is the
     * first such day after the issue). Returns the date and end packed, {@link #NO_ISSUE_DATE}
     * without an issue date, {@link #NONE} when there is no such word.
     */
    long scan(int j, int end) {
        if (!Words.mayStart(lex.issueDayFirsts, buf[j])) {
            return NONE;
        }
        int k = -1;
        int days = -1;
        for (int n = 0; n < lex.daysFromIssue.length && days < 0; n++) {
            if ((k = t.match(j, end, lex.daysFromIssue[n])) > 0) {
                days = lex.dayCounts[n];
            }
        }
        int weeks = -1;
        for (int n = 0; n < lex.weeksFromIssue.length && days < 0 && weeks < 0; n++) {
            if ((k = t.match(j, end, lex.weeksFromIssue[n])) > 0) {
                weeks = lex.weekCounts[n];
            }
        }
        int weekday = 0;
        int e = weeks >= 0 ? k : j;
        if (days < 0) {
            int w = t.match(e, end, lex.week);
            if (weeks >= 0 && w < 0) {
                w = e;
            }
            if (w > 0) {
                long n = num(w, end);
                if (n >= 0 && digits(n) == 1 && value(n) >= 1 && value(n) <= 7) {
                    weekday = value(n);
                    e = NumberScanner.end(n);
                } else if (t.match(w, end, lex.dayWord) > 0) {
                    weekday = 7;
                    e = w + 1;
                } else if (weeks >= 0 && t.match(w, end, lex.weekend) > 0) {
                    weekday = 7;
                    e = w + 1;
                }
            }
            if (weeks < 0 && weekday == 0) {
                return NONE;
            }
            if (weeks >= 0 && weekday == 0) {
                weekday = 7;
            }
        }
        if (ctx.issuedOn().isEmpty()) {
            return NO_ISSUE_DATE;
        }
        LocalDate issued = ctx.issuedOn().get();
        LocalDate date;
        if (days >= 0) {
            date = issued.plusDays(days);
            e = k;
        } else if (weeks >= 0) {
            date = issued.plusWeeks(weeks).plusDays(weekday - issued.getDayOfWeek().getValue());
        } else {
            date = issued.plusDays((weekday - issued.getDayOfWeek().getValue() + 6) % 7 + 1);
        }
        return date.toEpochDay() << 16 | e;
    }

}
