package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.LAST;
import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.DeadlineContext;

/**
 * Scans one clause once, left to right, handing each position to the scanners of rules, offsets,
 * festivals and points, and to the ongoing and vague words, and collects what they return into a
 * {@link ClauseReading}. Between time expressions it notes the marks that join them: {@code 、}
 * and {@code 和} (a list), {@code 至} and {@code ~} (a range).
 */
final class ClauseScanner {
    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;
    private final DeadlineContext ctx;
    private final PointScanner points;
    private final RecurrenceScanner rules;
    private final RelativeScanner offsets;
    /** Made when a festival may start: most phrases name none. */
    private FestivalScanner festivals;

    /** The last year written, carried from clause to clause ({@code 2022年6月底、9月底}). */
    private int carriedYear = NONE;

    ClauseScanner(NormalisedText t, Lexicon lex, DeadlineContext ctx) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
        this.ctx = ctx;
        this.points = new PointScanner(t, lex, ctx);
        this.rules = new RecurrenceScanner(t, lex, points);
        this.offsets = new RelativeScanner(t, lex);
    }

    private FestivalScanner festivals() {
        if (festivals == null) {
            festivals = new FestivalScanner(t, lex, ctx);
        }
        return festivals;
    }

    /** Scans the clause from start to end (exclusive). */
    ClauseReading scan(int start, int end) {
        ClauseReading r = new ClauseReading(start, end);
        int i = start;
        while (i < end) {
            char c = buf[i];
            if (!lex.starts[c] || i > start && NumberScanner.inNumber(buf[i - 1], c) || rarelyStarts(c, i, end)) {
                joiner(r, i, c, false);
                i++;
                continue;
            }
            RuleMatch rule;
            int k;
            if (r.rrule == null && !r.yearlyFestival && (k = t.match(i, end, lex.yearly)) > 0) {
                // 每年中秋节前: the festival's day in each year
                FestivalMatch f = k < end && lex.festivalStarts[buf[k]] ? festivals().festival(k, end, ctx.year()) : null;
                if (f != null && f.date() != null) {
                    r.yearlyFestival = true;
                    r.dates.add(f.date());
                    r.provisional |= f.provisional();
                    i = r.item(f.end());
                    continue;
                }
            }
            if (r.rrule != null && (k = t.match(i, end, lex.alternative)) > 0 && (rule = rules.rule(k, end)) != null) {
                // 每周五或每月最后一个工作日前: either rule
                List<String> more = new ArrayList<>(r.moreRules);
                more.add(rule.rrule());
                more.addAll(rule.moreRules());
                r.moreRules = more;
                i = r.item(rule.end());
                continue;
            }
            if (r.rrule == null && (rule = rules.rule(i, end)) != null) {
                r.rrule = rule.rrule();
                r.moreRules = rule.moreRules();
                i = r.item(rule.end());
                continue;
            }
            RelativeMatch rel;
            if (r.offset == null && (rel = offsets.offset(i, start, end, r.lastItemEnd)) != null) {
                i = r.item(r.relative(rel));
                continue;
            }
            int e = festival(r, i, end);
            if (e > 0) {
                i = r.item(e);
                continue;
            }
            if (mayStartPoint(c)) {
                Point p = points.point(i, end, r.rrule != null);
                if (p != null) {
                    i = addPoint(r, i, p);
                    continue;
                }
            }
            if ((k = t.match(i, end, lex.ongoing)) > 0 && !t.at(k, end, "机制")) {
                r.ongoing = true;
                i = r.word(k);
                continue;
            }
            if (r.offset == null && (rel = offsets.sameTime(i, end)) != null) {
                i = r.item(r.relative(rel));
                continue;
            }
            if ((k = t.match(i, end, lex.vague)) > 0) {
                r.vague = true;
                i = r.word(k);
                continue;
            }
            joiner(r, i, c, true);
            i++;
        }
        if (r.rrule == null && r.offset == null && r.dates.isEmpty() && r.bareDays != 0) {
            // 10日、20日、30日前 with no month: days of every month
            int[] days = new int[Integer.bitCount(r.bareDays)];
            int n = 0;
            for (int d = 1; d <= 31; d++) {
                if ((r.bareDays & 1 << d) != 0) {
                    days[n++] = d;
                }
            }
            r.rrule = Recurrence.monthly(days);
        } else if (r.rrule != null && r.allStarts && !r.dates.isEmpty()) {
            // 自2023年5月起每月10日前
            r.ruleStart = r.startFrom;
        }
        return r;
    }

    /** The year of the last clause's last explicit year, for the next clause. */
    int carriedYear() {
        return carriedYear;
    }

    /**
     * 前 and 后 end most dates (9月底前); they start something only before a number (前八个月,
     * 后两个月) or as 后天, and 大 only as 大后天: checking the next character keeps the scanners
     * away from the common case.
     */
    private boolean rarelyStarts(char c, int i, int end) {
        if (c != '前' && c != '后' && c != '大') {
            return false;
        }
        if (i + 1 >= end) {
            return true;
        }
        char next = buf[i + 1];
        if (c == '大') {
            return next != '后';
        }
        return !NumberScanner.isDigit(next) && !NumberScanner.isChineseNumeral(next) && !(c == '后' && next == '天');
    }

    private static boolean mayStartPoint(char c) {
        return NumberScanner.isDigit(c) || NumberScanner.chineseDigit(c) >= 0 || c == '十' || c == '年' || c == '上'
                || c == '下' || c == '第' || c == 'Q' || c == '今' || c == '本' || c == '当' || c == '次' || c == '明'
                || c == '来' || c == '翌' || c == '去' || c == '元' || c == '前' || c == '后' || c == '大' || c == '这' || c == '周' || c == '星';
    }

    /** Notes a list or range mark between time expressions. */
    private void joiner(ClauseReading r, int i, char c, boolean words) {
        if (c == '、' || words && (c == '和' || c == '及' || c == '与')) {
            r.sepSinceLastPoint = true;
        } else if (NormalisedText.isRangeSep(c) && rightAfterPoint(r, i)) {
            r.rangePending = true;
        }
    }

    /** True when only 起 / 开始 stand between the last point and i: 自1月起至6月止. */
    private boolean rightAfterPoint(ClauseReading r, int i) {
        if (r.lastPointEnd < 0 || r.lastPointEnd > i) {
            return false;
        }
        for (int k = r.lastPointEnd; k < i; k++) {
            if (buf[k] != '起' && buf[k] != '开' && buf[k] != '始') {
                return false;
            }
        }
        return true;
    }

    /** A festival at i; a year written just before it is its year (2023年春节前). */
    private int festival(ClauseReading r, int i, int end) {
        if (!lex.festivalStarts[buf[i]]) {
            return -1;
        }
        boolean yearBefore = r.lastPointEnd >= 0 && r.lastPointYearOnly && !r.sepSinceLastPoint && !r.dates.isEmpty();
        int year = yearBefore ? r.dates.get(r.dates.size() - 1).getYear() : NONE;
        FestivalMatch f = festivals().festival(i, end, year);
        if (f == null) {
            return -1;
        }
        if (yearBefore) {
            r.dates.remove(r.dates.size() - 1);
        }
        if (f.date() == null) {
            // a lunar date the tables cannot place
            r.impossible = true;
            return f.end();
        }
        r.dates.add(f.date());
        r.provisional |= f.provisional();
        r.allStarts = false;
        r.allSpans = false;
        r.lastPointEnd = f.end();
        r.lastPointYearOnly = false;
        r.sepSinceLastPoint = false;
        return f.end();
    }

    /** Adds a point's date to the clause, filling in the year and month it leaves out. */
    private int addPoint(ClauseReading r, int from, Point p) {
        int k = p.end();
        if (p.impossible()) {
            r.impossibleAt(from, quotedEnd(k, r.end));
            return r.item(k);
        }
        boolean yearOnly = p.yearOnly();
        int month = p.month();
        if (p.dayOnly()) {
            if (r.lastMonth == 0) {
                if (r.rangePending) {
                    // 5日起至8日止: a range of days is due at its end
                    r.bareDays = 0;
                }
                if (p.day() <= 31) {
                    r.bareDays |= 1 << p.day();
                }
                r.lastPointEnd = k;
                r.lastPointYearOnly = false;
                r.sepSinceLastPoint = false;
                r.rangePending = false;
                return r.item(t.match(k, r.end, lex.start) > 0 && !t.at(k, r.end, "起至") ? t.match(k, r.end, lex.start) : k);
            }
            month = r.lastMonth;
        }
        if (p.yearExplicit() || p.year() != NONE) {
            carriedYear = p.year();
        }
        int year = p.year() != NONE ? p.year() : (carriedYear != NONE ? carriedYear : ctx.year());
        if (p.wholeYear()) {
            r.wholeYear = year;
            r.ongoing = true;
            r.lastPointEnd = k;
            return r.item(k);
        }
        boolean replacePrevious = r.lastPointEnd >= 0
                && (r.rangePending || (r.lastPointYearOnly && !r.sepSinceLastPoint));
        LocalDate replaced = null;
        if (replacePrevious && !r.dates.isEmpty()) {
            replaced = r.dates.remove(r.dates.size() - 1);
        }
        if (yearOnly) {
            month = 12;
        }
        if (p.day() != LAST && p.day() > YearMonth.of(year, month).lengthOfMonth()) {
            // 2月29日 in a year that has none
            r.impossibleAt(from, k);
            return r.item(k);
        }
        LocalDate date = dayIn(year, month, yearOnly ? LAST : p.day());
        if (replaced != null && r.rangePending && p.year() == NONE && date.isBefore(replaced)) {
            // 12月至次年1月 written 十二月至一月: a range does not run backwards
            year = replaced.getYear() + 1;
            carriedYear = year;
            date = dayIn(year, month, yearOnly ? LAST : p.day());
        }
        r.dates.add(date);
        r.lastMonth = month;
        // start points: 2022年起, 9月以后
        boolean start = t.match(k, r.end, lex.start) > 0 && !t.at(k, r.end, "起至");
        r.allStarts &= start;
        // spans: a year, a half, a quarter or a range, not closed by 底 / 末 / 前
        char last = buf[k - 1];
        boolean closed = last == '底' || last == '末' || last == '尾' || t.match(k, r.end, lex.before) > 0;
        boolean untilMark = from > r.start && (buf[from - 1] == '至' || buf[from - 1] == '到');
        boolean span = start || untilMark
                || !closed && (yearOnly || p.quarterOrHalf() || replaced != null && r.rangePending);
        r.allSpans &= span;
        if (start) {
            r.startYear = Math.max(r.startYear, year);
            if (r.startFrom == null) {
                // the first day of what starts: 2023年5月起 starts on 05-01
                r.startFrom = yearOnly ? LocalDate.of(year, 1, 1)
                        : p.day() == 0 || p.day() == LAST ? date.withDayOfMonth(1) : date;
            }
        } else if (r.spanEnd == null || date.isAfter(r.spanEnd)) {
            r.spanEnd = date;
        }
        r.lastPointEnd = k;
        r.lastPointYearOnly = yearOnly;
        r.sepSinceLastPoint = false;
        r.rangePending = false;
        return r.item(start ? t.match(k, r.end, lex.start) : k);
    }

    /**
     * The end of an impossible point as quoted. A point whose month does not exist ends at 月; the
     * 份 and the day written after it are quoted with it ({@code 2022年13月份}, {@code 13月5日}).
     */
    private int quotedEnd(int k, int end) {
        if (buf[k - 1] != '月') {
            return k;
        }
        int e = t.at(k, end, "份") ? k + 1 : k;
        int d = NumberScanner.end(NumberScanner.scan(buf, e, end));
        return d > 0 && (t.at(d, end, "日") || t.at(d, end, "号")) ? d + 1 : e;
    }

    /** The date of a day in a month; the last day for 0 and {@code LAST}, and for a day past it. */
    private static LocalDate dayIn(int year, int month, int day) {
        int maxDay = YearMonth.of(year, month).lengthOfMonth();
        return LocalDate.of(year, month, day == 0 || day == LAST ? maxDay : Math.min(day, maxDay));
    }
}
