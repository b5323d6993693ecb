package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.LAST;
import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;
import static org.taizhang.core.internal.deadline.NumberScanner.chinese;
import static org.taizhang.core.internal.deadline.NumberScanner.digits;
import static org.taizhang.core.internal.deadline.NumberScanner.value;
import static org.taizhang.core.internal.deadline.NumberScanner.yearOf;

import java.time.LocalDate;
import java.time.YearMonth;
import org.taizhang.core.DeadlineContext;

/**
 * Reads points in time: {@code [year] [month [day | 底 | 旬]]}, halves and quarters, numeric dates
 * ({@code 2022.9.30}, {@code 9.30}, {@code 20221231}), year words ({@code 今年}, {@code 次年},
 * {@code 十四五}), months counted from the issue date ({@code 下个月}) and lists sharing a unit
 * ({@code 11、12月}). Each call returns a {@link Point} or null; the draft below is this scanner's
 * own scratch, reset by every call.
 */
final class PointScanner {
    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;
    private final DeadlineContext ctx;
    /** Made when a day or week from the issue date may start: most phrases have none. */
    private IssueDayScanner issueDays;

    // the point being read
    private int year;
    private boolean yearExplicit;
    private int month;
    private int day;
    private boolean wholeYear;
    private boolean quarterOrHalf;
    private boolean impossible;

    PointScanner(NormalisedText t, Lexicon lex, DeadlineContext ctx) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
        this.ctx = ctx;
    }

    /**
     * The point at i, or null.
     *
     * @param inRule true inside a clause with a recurring rule, where {@code 下月}, {@code 上一年}
     *     name what is reported, not when
     */
    Point point(int i, int end, boolean inRule) {
        year = NONE;
        yearExplicit = false;
        month = 0;
        day = 0;
        wholeYear = false;
        quarterOrHalf = false;
        impossible = false;
        int k = read(i, end, inRule);
        return k > 0 ? new Point(k, year, yearExplicit, month, day, wholeYear, quarterOrHalf, impossible) : null;
    }

    private long num(int i, int end) {
        return NumberScanner.scan(buf, i, end);
    }

    private int read(int i, int end, boolean inRule) {
        int j = i;
        boolean hasYear = false;
        int k;
        if ((k = issueRelative(j, end, inRule)) != 0) {
            return k;
        }
        if ((k = t.match(j, end, lex.fiveYearPlans)) > 0) {
            year = lex.fiveYearPlanEnds[lex.fiveYearPlans.index(buf, j, end)];
            yearExplicit = true;
            hasYear = true;
            j = k;
        } else if ((k = t.match(j, end, lex.thisYear)) > 0) {
            year = ctx.year();
            hasYear = true;
            j = k;
        } else if ((k = t.match(j, end, lex.nextYear)) > 0) {
            year = ctx.year() + 1;
            hasYear = true;
            j = k;
        } else if ((k = t.match(j, end, lex.lastYear)) > 0) {
            if (inRule) {
                // 每年1月底前公开上一年度报告: in a rule, a past year names what is reported
                return -1;
            }
            year = ctx.year() - 1;
            hasYear = true;
            j = k;
        } else {
            long n = num(j, end);
            if (n >= 0) {
                int e = numericDate(n, end);
                if (e != 0) {
                    return e;
                }
                k = NumberScanner.end(n);
                // 2021-2025年, 2021至2025年
                if (k + 1 < end && NormalisedText.isRangeSep(buf[k]) && yearOf(n) != NONE) {
                    long n2 = num(k + 1, end);
                    int e2 = NumberScanner.end(n2);
                    if (e2 > 0 && t.at(e2, end, "年") && yearOf(n2) != NONE) {
                        year = yearOf(n2);
                        yearExplicit = true;
                        hasYear = true;
                        j = e2 + 1;
                    }
                }
                if (!hasYear && t.at(k, end, "年")) {
                    int y = yearOf(n);
                    boolean period = t.at(k + 1, end, "内") || t.at(k + 1, end, "以内") || t.at(k + 1, end, "时间");
                    if (y != NONE && (!period || digits(n) == 4)) {
                        year = y;
                        yearExplicit = true;
                        hasYear = true;
                        j = k + 1;
                    }
                }
            }
        }
        if (hasYear) {
            if (t.at(j, end, "度")) {
                j++;
            }
            if (t.at(j, end, "全年")) {
                wholeYear = true;
                return j + 2;
            }
        }
        k = yearPart(j, end, hasYear);
        if (k > 0) {
            return k;
        }
        k = month(j, end);
        if (k > 0) {
            return k;
        }
        if (hasYear) {
            return j;
        }
        return undated(j, end);
    }

    /**
     * 2022.9.30, 2022-09-30, 2022/9/30, 2022.9 and 2022.7—12 after the year n; the end, or 0 when
     * n starts no such date.
     */
    private int numericDate(long n, int end) {
        int k = NumberScanner.end(n);
        int v = value(n);
        if (chinese(n) || digits(n) != 4 || k + 1 >= end || buf[k] != '.' && buf[k] != '-' && buf[k] != '/') {
            return 0;
        }
        char sep = buf[k];
        long mn = num(k + 1, end);
        int m2 = NumberScanner.end(mn);
        if (!NumberScanner.smallArabic(mn)) {
            return 0;
        }
        int mon = value(mn);
        if (m2 + 1 < end && buf[m2] == sep) {
            long dn = num(m2 + 1, end);
            int d2 = NumberScanner.end(dn);
            if (!NumberScanner.smallArabic(dn)) {
                return 0;
            }
            year = v;
            yearExplicit = true;
            month = mon;
            day = value(dn);
            // 2023.2.30, 2023/13/1: a full date no calendar has
            impossible = mon < 1 || mon > 12 || day < 1 || day > YearMonth.of(v, mon).lengthOfMonth();
            return t.at(d2, end, "日") || t.at(d2, end, "号") ? d2 + 1 : d2;
        }
        if (mon < 1 || mon > 12) {
            return 0;
        }
        if ((sep != '-' || !t.at(m2, end, "年")) && (m2 >= end || buf[m2] != '.' && buf[m2] != sep)) {
            year = v;
            yearExplicit = true;
            month = mon;
            int e2 = t.at(m2, end, "月") ? m2 + 1 : m2;
            // 2022.7—12: a range to a later month of the same year
            if (e2 + 1 < end && NormalisedText.isRangeSep(buf[e2])) {
                long n3 = num(e2 + 1, end);
                int m3 = NumberScanner.end(n3);
                if (NumberScanner.smallArabic(n3) && value(n3) > mon && value(n3) <= 12
                        && (m3 >= end || buf[m3] != '.' && buf[m3] != '/')) {
                    month = value(n3);
                    return t.at(m3, end, "月") ? m3 + 1 : m3;
                }
            }
            return e2;
        }
        return 0;
    }

    /** Points with neither year nor 月: 9.30, 11、12月, 20221231, 15日. */
    private int undated(int j, int end) {
        long n = num(j, end);
        int k = NumberScanner.end(n);
        // M.D, M/D, M-D and M·D: 9.30前, 7-1, 6·18
        if (NumberScanner.smallArabic(n) && value(n) >= 1 && value(n) <= 12
                && k + 1 < end && (buf[k] == '.' || buf[k] == '/' || buf[k] == '-')) {
            int mon = value(n);
            long dn = num(k + 1, end);
            int d2 = NumberScanner.end(dn);
            if (NumberScanner.smallArabic(dn) && value(dn) >= 1
                    && value(dn) <= YearMonth.of(2024, mon).lengthOfMonth()
                    && (d2 >= end || t.match(d2, end, lex.afterNumericDate) > 0)) {
                month = mon;
                day = value(dn);
                return t.at(d2, end, "日") || t.at(d2, end, "号") ? d2 + 1 : d2;
            }
        }
        // 11、12月, 三、四季度, 第一、三季度: a bare number in a list takes the unit written last
        int e = listed(j, end);
        if (e > 0) {
            return e;
        }
        // 20221231
        if (n >= 0 && !chinese(n) && digits(n) == 8) {
            int v = value(n);
            int y = v / 10000;
            int m = v / 100 % 100;
            int d = v % 100;
            if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth()) {
                year = y;
                yearExplicit = true;
                month = m;
                day = d;
                return k;
            }
        }
        // a day alone: 15日 (not 15日内, which is a period)
        if (n >= 0 && value(n) >= 1 && value(n) <= 31
                && (t.at(k, end, "日") || t.at(k, end, "号")) && !t.at(k + 1, end, "内") && !t.at(k + 1, end, "以内")) {
            day = value(n);
            return k + 1;
        }
        return -1;
    }

    /** 年中 is mid-year only when not the start of another word (年中央, 年中小学). */
    private boolean middleOk(int j, int end) {
        return j >= end || t.match(j, end, lex.afterMiddle) > 0 || !t.isCjk(j, end);
    }

    /** Year-level words after a year (or alone): 底, 内, 上半年, 一季度…; returns end or -1. */
    private int yearPart(int j, int end, boolean afterYear) {
        int k;
        if (afterYear) {
            if ((k = t.match(j, end, lex.endAfterYear)) > 0 || (k = t.match(j, end, lex.withinAfterYear)) > 0) {
                return endOf(12, k);
            }
            if (t.at(j, end, "中") && !t.at(j, end, "中旬") && middleOk(j + 1, end)) {
                month = 6;
                day = 30;
                return j + 1;
            }
            if ((t.at(j, end, "初") || t.at(j, end, "头")) && !t.isCjk(j + 1, end) || t.at(j, end, "初前")) {
                return endOf(1, j + 1);
            }
        } else {
            if ((k = t.match(j, end, lex.yearEnd)) > 0) {
                return endOf(12, k);
            }
            if (t.at(j, end, "年中") && middleOk(j + 2, end)) {
                month = 6;
                day = 30;
                return j + 2;
            }
            if (t.at(j, end, "年初") || t.at(j, end, "年头")) {
                return endOf(1, j + 2);
            }
        }
        if ((k = leadingSpan(j, end, afterYear)) > 0) {
            return k;
        }
        if ((k = t.match(j, end, lex.firstHalf)) > 0) {
            quarterOrHalf = true;
            return endOf(6, k);
        }
        if ((k = t.match(j, end, lex.secondHalf)) > 0) {
            quarterOrHalf = true;
            return endOf(12, k);
        }
        return quarter(j, end);
    }

    /**
     * The first or last months or quarters of a year: 前八个月 (to 08-31), 前三季度 (to 09-30),
     * 后两个月 (to 12-31); a span, due at its end. Read right after a year, or where the clause or a
     * list item starts (前3个月内 in the middle of a sentence is an offset).
     */
    private int leadingSpan(int j, int end, boolean afterYear) {
        boolean first = t.at(j, end, "前");
        if (!first && !t.at(j, end, "后")) {
            return -1;
        }
        if (!afterYear && j > 0 && t.isCjk(j - 1, end) && buf[j - 1] != '、') {
            return -1;
        }
        long n = num(j + 1, end);
        if (n < 0) {
            return -1;
        }
        int k = NumberScanner.end(n);
        int v = value(n);
        boolean ge = t.at(k, end, "个");
        int m;
        if (t.at(ge ? k + 1 : k, end, "月") && v >= 1 && v <= 12) {
            m = first ? v : 12;
            k = (ge ? k + 1 : k) + 1;
        } else if (!ge && t.match(k, end, lex.quarter) > 0 && v >= 1 && v <= 4) {
            m = first ? v * 3 : 12;
            k = t.match(k, end, lex.quarter);
        } else {
            return -1;
        }
        if (t.match(k, end, lex.within) > 0) {
            return -1;
        }
        quarterOrHalf = true;
        return endOf(m, k);
    }

    private int endOf(int m, int k) {
        month = m;
        day = LAST;
        return k;
    }

    /** 一季度, 第一季度, 三季度末, Q1; returns end or -1. */
    private int quarter(int j, int end) {
        int k = j;
        if (t.at(k, end, "第")) {
            k++;
        }
        int q;
        if (k + 1 < end && (buf[k] == 'Q' || buf[k] == 'q') && buf[k + 1] >= '1' && buf[k + 1] <= '4') {
            q = buf[k + 1] - '0';
            k += 2;
        } else {
            long n = num(k, end);
            if (n < 0 || value(n) < 1 || value(n) > 4 || digits(n) != 1) {
                return -1;
            }
            q = value(n);
            int e2 = t.match(NumberScanner.end(n), end, lex.quarter);
            if (e2 < 0) {
                return -1;
            }
            k = e2;
        }
        int e3 = t.match(k, end, lex.quarterEnd);
        if (e3 > 0) {
            k = e3;
        }
        quarterOrHalf = true;
        return endOf(q * 3, k);
    }

    /** A number before 、 whose list ends in 月 or 季度 (上、下半年 too); returns its end or -1. */
    private int listed(int j, int end) {
        if (t.at(j, end, "上、下半年")) {
            quarterOrHalf = true;
            return endOf(6, j + 1);
        }
        int s = t.at(j, end, "第") ? j + 1 : j;
        long n = num(s, end);
        int k = NumberScanner.end(n);
        if (k < 0 || k >= end || buf[k] != '、') {
            return -1;
        }
        int v = value(n);
        int e = k;
        while (e < end && buf[e] == '、') {
            int f = NumberScanner.end(num(e + 1, end));
            if (f < 0) {
                return -1;
            }
            e = f;
        }
        if (t.at(e, end, "月") && v >= 1 && v <= 12) {
            return endOf(v, k);
        }
        if ((t.at(e, end, "季") || t.at(e, end, "季度")) && v >= 1 && v <= 4) {
            quarterOrHalf = true;
            return endOf(v * 3, k);
        }
        return -1;
    }

    /**
     * 本月, 当月, 下个月, 本季度, 下季度: months and quarters counted from the issue date. Returns the
     * end, -1 when such a word has no issue date to count from, 0 when there is no such word.
     */
    private int issueRelative(int j, int end, boolean inRule) {
        if (inRule || j >= end) {
            return 0;
        }
        if (!Words.mayStart(lex.issueDayFirsts, buf[j])) {
            return buf[j] != '本' && buf[j] != '当' && buf[j] != '下' ? 0 : issueMonth(j, end);
        }
        if (issueDays == null) {
            issueDays = new IssueDayScanner(t, lex, ctx);
        }
        long day = issueDays.scan(j, end);
        if (day == IssueDayScanner.NO_ISSUE_DATE) {
            return -1;
        }
        if (day != IssueDayScanner.NONE) {
            LocalDate date = IssueDayScanner.date(day);
            year = date.getYear();
            month = date.getMonthValue();
            this.day = date.getDayOfMonth();
            return IssueDayScanner.end(day);
        }
        if (buf[j] != '本' && buf[j] != '当' && buf[j] != '下') {
            return 0;
        }
        return issueMonth(j, end);
    }

    /** 本月, 下个月, 本季度, 下季度 (see issueRelative). */
    private int issueMonth(int j, int end) {
        int k;
        int months;
        boolean isQuarter;
        if ((k = t.match(j, end, lex.thisMonth)) > 0) {
            months = 0;
            isQuarter = false;
        } else if ((k = t.match(j, end, lex.nextMonth)) > 0) {
            months = 1;
            isQuarter = false;
        } else if ((k = t.match(j, end, lex.thisQuarter)) > 0) {
            months = 0;
            isQuarter = true;
        } else if ((k = t.match(j, end, lex.nextQuarter)) > 0) {
            months = 3;
            isQuarter = true;
        } else {
            return 0;
        }
        if (ctx.issuedOn().isEmpty()) {
            return -1;
        }
        LocalDate ref = ctx.issuedOn().get().plusMonths(months);
        year = ref.getYear();
        if (isQuarter) {
            quarterOrHalf = true;
            int e = t.match(k, end, lex.quarterEnd);
            return endOf((ref.getMonthValue() + 2) / 3 * 3, e > 0 ? e : k);
        }
        int e = monthTail(k, ref.getMonthValue(), end);
        return e > 0 ? e : k;
    }

    /** [month] 月 [份] [底|末|旬|day 日]; also 1-6月. Returns end or -1. */
    private int month(int j, int end) {
        if (t.at(j, end, "元月")) {
            return monthTail(j + 2, 1, end);
        }
        long n = num(j, end);
        if (n < 0) {
            return -1;
        }
        int k = NumberScanner.end(n);
        int m = value(n);
        // 1-6月, 3至6月
        if (k + 1 < end && NormalisedText.isRangeSep(buf[k]) && !t.at(k, end, "月")) {
            long n2 = num(k + 1, end);
            int e2 = NumberScanner.end(n2);
            if (e2 > 0 && t.at(e2, end, "月") && value(n2) >= m) {
                k = e2;
                m = value(n2);
            }
        }
        if (!t.at(k, end, "月")) {
            return -1;
        }
        if (m < 1 || m > 12) {
            // 13月, 0月: no such month
            impossible = true;
            month = 12;
            return k + 1;
        }
        return monthTail(k + 1, m, end);
    }

    /** After 月: [份] [底|末|旬|中|day 日]; sets the month and day, returns the end or -1. */
    private int monthTail(int e, int m, int end) {
        if (t.at(e, end, "份")) {
            e++;
        }
        month = m;
        int e2;
        if ((e2 = t.match(e, end, lex.monthEnd)) > 0) {
            day = LAST;
            return e2;
        }
        if ((e2 = t.match(e, end, lex.monthEarly)) > 0) {
            day = 10;
            return e2;
        }
        if ((e2 = t.match(e, end, lex.monthMiddle)) > 0) {
            day = 20;
            return e2;
        }
        if (t.at(e, end, "中") && middleOk(e + 1, end)) {
            day = 15;
            return e + 1;
        }
        long dn = num(e, end);
        int d = NumberScanner.end(dn);
        boolean unit = d > 0 && (t.at(d, end, "日") || t.at(d, end, "号"));
        // 二月十五, 9月15前: a day with no 日 where the phrase or a 前 follows
        if (d > 0 && (unit || d >= end || t.match(d, end, lex.afterBareDay) > 0) && value(dn) <= 99) {
            int y = year != NONE ? year : 2024;
            day = value(dn);
            // 2月30日, 4月31日前, 6月0日: no such day (29 February is checked against the year later)
            impossible = day < 1 || day > YearMonth.of(y, m).lengthOfMonth();
            return unit ? d + 1 : d;
        }
        return e;
    }
}
