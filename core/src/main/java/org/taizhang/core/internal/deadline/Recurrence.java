package org.taizhang.core.internal.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The subset of RFC 5545 recurrence rules the deadline parser writes, and their expansion to the
 * dates of one year: {@code FREQ=YEARLY;BYMONTH=m,…;BYMONTHDAY=d}, {@code FREQ=MONTHLY;BYMONTHDAY=d},
 * {@code FREQ=WEEKLY;BYDAY=XX} and {@code FREQ=DAILY}. A negative month day counts from the end
 * ({@code -1} is the last day); a day a month does not have is skipped, as RFC 5545 says.
 */
public final class Recurrence {
    static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private Recurrence() {}

    /** Builds a yearly rule. */
    static String yearly(int[] months, int monthDay) {
        StringBuilder sb = new StringBuilder("FREQ=YEARLY;BYMONTH=");
        for (int i = 0; i < months.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(months[i]);
        }
        return sb.append(";BYMONTHDAY=").append(monthDay).toString();
    }

    /**
     * The dates a rule gives in one year, ascending; empty for a rule outside the subset.
     *
     * @param rrule the rule
     * @param year the year
     * @return the dates
     */
    public static List<LocalDate> expand(String rrule, int year) {
        String freq = null;
        int[] months = null;
        int monthDay = Integer.MIN_VALUE;
        DayOfWeek weekday = null;
        for (String part : rrule.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return List.of();
            }
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            try {
                switch (key) {
                    case "FREQ":
                        freq = value;
                        break;
                    case "BYMONTH":
                        String[] ms = value.split(",");
                        months = new int[ms.length];
                        for (int i = 0; i < ms.length; i++) {
                            months[i] = Integer.parseInt(ms[i]);
                        }
                        break;
                    case "BYMONTHDAY":
                        monthDay = Integer.parseInt(value);
                        break;
                    case "BYDAY":
                        for (int i = 0; i < DAY_CODES.length; i++) {
                            if (DAY_CODES[i].equals(value)) {
                                weekday = DayOfWeek.of(i + 1);
                            }
                        }
                        break;
                    default:
                        return List.of();
                }
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        List<LocalDate> out = new ArrayList<>();
        if ("YEARLY".equals(freq) && months != null && monthDay != Integer.MIN_VALUE) {
            for (int m : months) {
                add(out, year, m, monthDay);
            }
        } else if ("MONTHLY".equals(freq) && monthDay != Integer.MIN_VALUE) {
            for (int m = 1; m <= 12; m++) {
                add(out, year, m, monthDay);
            }
        } else if ("WEEKLY".equals(freq) && weekday != null) {
            LocalDate d = LocalDate.of(year, 1, 1);
            while (d.getDayOfWeek() != weekday) {
                d = d.plusDays(1);
            }
            for (; d.getYear() == year; d = d.plusWeeks(1)) {
                out.add(d);
            }
        } else if ("DAILY".equals(freq)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                out.add(d);
            }
        }
        out.sort(null);
        return out;
    }

    private static void add(List<LocalDate> out, int year, int month, int monthDay) {
        if (month < 1 || month > 12 || monthDay == 0) {
            return;
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        int day = monthDay > 0 ? monthDay : length + 1 + monthDay;
        if (day >= 1 && day <= length) {
            out.add(LocalDate.of(year, month, day));
        }
    }
}
