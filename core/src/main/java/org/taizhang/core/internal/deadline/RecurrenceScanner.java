package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.LAST;
import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;
import static org.taizhang.core.internal.deadline.NumberScanner.digits;
import static org.taizhang.core.internal.deadline.NumberScanner.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads recurring deadlines: {@code 每年3月底前}, {@code 每半年}, {@code 每季度首月15日前},
 * {@code 单月10日前}, {@code 每月10日前}, {@code 次月5日前}, {@code 每周五前}, {@code 每天}. Each
 * call returns a {@link RuleMatch} or null.
 */
final class RecurrenceScanner {
    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;
    private final PointScanner points;

    RecurrenceScanner(NormalisedText t, Lexicon lex, PointScanner points) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
        this.points = points;
    }

    private long num(int i, int end) {
        return NumberScanner.scan(buf, i, end);
    }

    /** The rule at i (before end), or null. */
    RuleMatch rule(int i, int end) {
        if (i >= end || !Words.mayStart(lex.ruleFirsts, buf[i])) {
            return null;
        }
        int k;
        if ((k = t.match(i, end, lex.fourTimesAYear)) > 0) {
            return new RuleMatch(k, Recurrence.yearly(new int[] {3, 6, 9, 12}, -1));
        }
        if ((k = t.match(i, end, lex.halfYearly)) > 0) {
            return new RuleMatch(k, Recurrence.yearly(new int[] {6, 12}, -1));
        }
        if ((k = t.match(i, end, lex.yearly)) > 0) {
            return yearly(k, end);
        }
        k = t.match(i, end, lex.quarterly);
        if (k < 0 && t.match(i, end, lex.quarterEnded) > 0) {
            // 季度结束后10日内: the quarter's end, read as 每季度结束后
            k = t.at(i, end, "季度") ? i + 2 : i + 1;
        }
        if (k > 0) {
            return quarterly(k, end);
        }
        if ((k = t.match(i, end, lex.bimonthly)) > 0) {
            return new RuleMatch(k, Recurrence.yearly(new int[] {2, 4, 6, 8, 10, 12}, -1));
        }
        boolean odd = (k = t.match(i, end, lex.oddMonths)) > 0;
        if (odd || (k = t.match(i, end, lex.evenMonths)) > 0) {
            int[] months = odd ? new int[] {1, 3, 5, 7, 9, 11} : new int[] {2, 4, 6, 8, 10, 12};
            long day = monthDay(k, end);
            return new RuleMatch(dayEnd(day), Recurrence.yearly(months, dayValue(day)));
        }
        k = t.match(i, end, lex.monthly);
        if (k < 0 && nextMonthAlone(i, end)) {
            k = i;
        }
        if (k >= 0) {
            if (t.at(k, end, "的")) {
                k++;
            }
            RuleMatch workday = workdayPosition(k, end);
            if (workday != null) {
                return workday;
            }
            int e = t.match(k, end, lex.nextMonthRule);
            return monthDays(e > 0 ? e : k, end);
        }
        if ((k = t.match(i, end, lex.weekly)) > 0) {
            int weekday = 7;
            int e = t.match(k, end, lex.week);
            long d = num(e > 0 ? e : k, end);
            if (d >= 0 && digits(d) == 1 && value(d) >= 1 && value(d) <= 7) {
                weekday = value(d);
                k = NumberScanner.end(d);
            } else if ((e = t.match(e > 0 ? e : k, end, lex.dayWord)) > 0) {
                k = e;
            }
            return new RuleMatch(k, Recurrence.weekly(weekday));
        }
        if ((k = t.match(i, end, lex.daily)) > 0) {
            return new RuleMatch(k, "FREQ=DAILY");
        }
        return cycle(i, end);
    }

    /**
     * 以半年为周期, 以季度为一个周期, 一季度一次: a period named as the cycle of the work, the rule
     * of that period with its default day.
     */
    private RuleMatch cycle(int i, int end) {
        if (buf[i] != '以' && buf[i] != '一' && buf[i] != '半') {
            return null;
        }
        boolean by = t.at(i, end, "以");
        int j = by ? i + 1 : i;
        String rule = null;
        int k;
        if ((k = t.match(j, end, lex.cycleHalfYear)) > 0) {
            rule = Recurrence.yearly(new int[] {6, 12}, -1);
        } else if ((k = t.match(j, end, lex.cycleQuarter)) > 0) {
            rule = Recurrence.yearly(new int[] {3, 6, 9, 12}, -1);
        } else if ((k = t.match(j, end, lex.cycleMonth)) > 0) {
            rule = Recurrence.monthly(-1);
        } else if ((k = t.match(j, end, lex.cycleYear)) > 0) {
            rule = Recurrence.yearly(new int[] {12}, -1);
        } else if ((k = t.match(j, end, lex.cycleWeek)) > 0) {
            rule = Recurrence.weekly(7);
        }
        if (rule == null) {
            return null;
        }
        int e = t.match(k, end, by ? lex.cycleMark : lex.onceMark);
        return e > 0 ? new RuleMatch(e, rule) : null;
    }

    /**
     * 每月最后一个工作日, 每月第一个工作日, 每月前5个工作日: a working day counted in the month.
     */
    private RuleMatch workdayPosition(int k, int end) {
        int e;
        int position;
        if ((e = t.match(k, end, lex.lastOne)) > 0) {
            position = -1;
        } else if (t.at(k, end, "第") || t.at(k, end, "前")) {
            long n = num(k + 1, end);
            if (n < 0 || value(n) < 1 || value(n) > 23) {
                return null;
            }
            position = value(n);
            e = NumberScanner.end(n);
            if (t.at(e, end, "个")) {
                e++;
            }
        } else {
            return null;
        }
        int w = t.match(e, end, lex.workdays);
        return w > 0 ? new RuleMatch(w, Recurrence.monthlyWorkday(position)) : null;
    }

    /** Days of the month after a monthly marker: one (10日, 底, 上旬) or a list (10日、20日). */
    private RuleMatch monthDays(int k, int end) {
        long day = monthDay(k, end);
        int e = dayEnd(day);
        if (dayValue(day) < 1 || e + 1 >= end || buf[e] != '、' && buf[e] != '和' && buf[e] != '及') {
            return new RuleMatch(e, Recurrence.monthly(dayValue(day)));
        }
        int mask = 1 << dayValue(day);
        while (e + 1 < end && (buf[e] == '、' || buf[e] == '和' || buf[e] == '及')) {
            long d = num(e + 1, end);
            if (d < 0 || value(d) < 1 || value(d) > 31 || t.match(NumberScanner.end(d), end, lex.dayUnit) < 0) {
                break;
            }
            mask |= 1 << value(d);
            e = NumberScanner.end(d) + 1;
        }
        int[] days = new int[Integer.bitCount(mask)];
        int n = 0;
        for (int d = 1; d <= 31; d++) {
            if ((mask & 1 << d) != 0) {
                days[n++] = d;
            }
        }
        return new RuleMatch(e, Recurrence.monthly(days));
    }

    /** After 每年: months with their days (每年1月、7月), 初, 底, or the year's end. */
    private RuleMatch yearly(int k, int end) {
        if (t.at(k, end, "的")) {
            k++;
        }
        Point p = points.point(k, end, true);
        if (p != null && p.impossible()) {
            return null; // 每年13月底前, 每年2月30日前: no rule; the date is read, and refused, as a date
        }
        if (p != null && p.month() > 0 && p.year() == NONE) {
            int[] listMonths = new int[12];
            int[] listDays = new int[12];
            int count = 0;
            boolean sameDay = true;
            int e = p.end();
            while (true) {
                listMonths[count] = p.month();
                listDays[count] = p.day() == 0 || p.day() == LAST ? -1 : p.day();
                sameDay &= listDays[count] == listDays[0];
                count++;
                boolean range = e + 1 < end && NormalisedText.isRangeSep(buf[e]);
                if (count == 12 || e + 1 >= end || !range && buf[e] != '、' && buf[e] != '和' && buf[e] != '及'
                        && buf[e] != '与') {
                    break;
                }
                Point next = points.point(e + 1, end, true);
                if (next != null && next.impossible()) {
                    return null; // 每年6月30日、2月30日前
                }
                if (next == null || next.month() == 0 || next.year() != NONE) {
                    break;
                }
                if (range) {
                    // 每年5月至7月: a yearly range is due at its end
                    count--;
                    sameDay = count == 0 || sameDay;
                }
                p = next;
                e = p.end();
            }
            return yearlyRules(e, listMonths, listDays, count, sameDay);
        }
        if (t.at(k, end, "初")) {
            return new RuleMatch(k + 1, Recurrence.yearly(new int[] {1}, -1));
        }
        return new RuleMatch(t.match(k, end, lex.endAfterYear) > 0 ? k + 1 : k, Recurrence.yearly(new int[] {12}, -1));
    }

    /**
     * The rules of a yearly list: one when the days agree (month ends agree: 6月30日、12月31日),
     * else one per day.
     */
    private static RuleMatch yearlyRules(int end, int[] listMonths, int[] listDays, int count, boolean sameDay) {
        if (!sameDay) {
            for (int i = 0; i < count; i++) {
                if (monthEnd(listMonths[i], listDays[i])) {
                    listDays[i] = -1;
                }
            }
        }
        List<String> rules = new ArrayList<>(2);
        for (int i = 0; i < count; i++) {
            if (listDays[i] == NONE) {
                continue;
            }
            int months = 1 << listMonths[i];
            for (int j = i + 1; j < count; j++) {
                if (listDays[j] == listDays[i]) {
                    months |= 1 << listMonths[j];
                    listDays[j] = NONE;
                }
            }
            rules.add(Recurrence.yearly(Recurrence.months(months), listDays[i]));
        }
        return new RuleMatch(end, rules.get(0), rules.size() == 1 ? List.of() : List.copyOf(rules.subList(1, rules.size())));
    }

    /** True when a day is the month's last in every year: -1, or 30 June, 31 December. */
    private static boolean monthEnd(int month, int day) {
        return day == -1 || month != 2 && day == YearMonth.of(2001, month).lengthOfMonth();
    }

    /** After 每季度: 末, 首月 10日, 末月 15日, 结束后次月…; quarters' ends by default. */
    private RuleMatch quarterly(int k, int end) {
        int[] months = {3, 6, 9, 12};
        int day = -1;
        int e;
        if ((e = t.match(k, end, lex.quarterlyEnd)) > 0) {
            k = e;
        }
        if ((e = t.match(k, end, lex.quarterFirstMonth)) > 0) {
            months = new int[] {1, 4, 7, 10};
            k = e;
            day = 10;
            long d = num(k, end);
            if (d >= 0 && value(d) >= 1 && value(d) <= 31) {
                int u = t.match(NumberScanner.end(d), end, lex.ruleDayUnit);
                if (u > 0) {
                    day = value(d);
                    k = u;
                }
            }
        } else if ((e = t.match(k, end, lex.quarterLastMonth)) > 0) {
            k = e;
            long d = num(k, end);
            if (d >= 0 && value(d) >= 1 && value(d) <= 31 && t.match(NumberScanner.end(d), end, lex.dayUnit) > 0) {
                day = value(d);
                k = NumberScanner.end(d) + 1;
            }
        }
        return new RuleMatch(k, Recurrence.yearly(months, day));
    }

    /** 次月10日前 alone is monthly. */
    private boolean nextMonthAlone(int i, int end) {
        int k = t.match(i, end, lex.nextMonthRule);
        if (k < 0) {
            return false;
        }
        long d = num(k, end);
        return d >= 0 && t.match(NumberScanner.end(d), end, lex.dayUnit) > 0;
    }

    /**
     * The day of the month after a monthly marker: 10日, 底, 上旬…; the last day (-1) by default.
     * Returned as the day in the high half and the end in the low half of one value.
     */
    private long monthDay(int k, int end) {
        int e;
        if ((e = t.match(k, end, lex.ruleMonthEnd)) > 0) {
            return day(-1, e);
        }
        if ((e = t.match(k, end, lex.monthEarly)) > 0) {
            return day(10, e);
        }
        if ((e = t.match(k, end, lex.monthMiddle)) > 0) {
            return day(20, e);
        }
        if ((e = t.match(k, end, lex.firstDays)) > 0) {
            long d = num(e, end);
            if (d >= 0 && value(d) >= 1 && value(d) <= 31 && t.match(NumberScanner.end(d), end, lex.dayWord) > 0) {
                return day(value(d), NumberScanner.end(d) + 1);
            }
        }
        long d = num(k, end);
        if (d >= 0 && value(d) >= 1 && value(d) <= 31 && t.match(NumberScanner.end(d), end, lex.dayUnit) > 0) {
            return day(value(d), NumberScanner.end(d) + 1);
        }
        return day(-1, k);
    }

    private static long day(int day, int end) {
        return (long) day << 32 | end;
    }

    private static int dayValue(long day) {
        return (int) (day >> 32);
    }

    private static int dayEnd(long day) {
        return (int) day;
    }
}
