package org.taizhang.core.internal.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subset of RFC 5545 recurrence rules the deadline parser writes, and their expansion to the
 * dates of one year: {@code FREQ=YEARLY;BYMONTH=m,…;BYMONTHDAY=d}, {@code FREQ=MONTHLY;BYMONTHDAY=d},
 * {@code FREQ=WEEKLY;BYDAY=XX}, {@code FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=n} and
 * {@code FREQ=DAILY}; month days may be lists. A negative month day counts from the end
 * ({@code -1} is the last day); a day a month does not have is skipped, as RFC 5545 says.
 *
 * <p>Rules are few and ledgers repeat them, so both the rule texts the parser writes and their
 * expansions are kept in bounded caches: parsing {@code 每周五前} does not re-read the rule or
 * recompute its 52 dates each time.
 */
public final class Recurrence {
    static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    /** Cache sizes: far more than the rules real ledgers use, small enough to bound memory. */
    private static final int MAX_CACHED = 512;

    private static final ConcurrentHashMap<Integer, String> TEXTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Expansion> EXPANSIONS = new ConcurrentHashMap<>();

    private Recurrence() {}

    /** The dates of one rule in the last year asked for. */
    private static final class Expansion {
        final int year;
        final List<LocalDate> dates;

        Expansion(int year, List<LocalDate> dates) {
            this.year = year;
            this.dates = dates;
        }
    }

    /** Builds a yearly rule; months ascending, each 1–12, a month day from -1 to 31. */
    static String yearly(int[] months, int monthDay) {
        int mask = 0;
        for (int m : months) {
            mask |= 1 << m;
        }
        Integer key = (mask << 6 | (monthDay + 1)) << 2;
        String cached = TEXTS.get(key);
        if (cached != null) {
            return cached;
        }
        StringBuilder sb = new StringBuilder("FREQ=YEARLY;BYMONTH=");
        for (int i = 0; i < months.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(months[i]);
        }
        return remember(key, sb.append(";BYMONTHDAY=").append(monthDay).toString());
    }

    /** The months of a mask with bit m set for month m, ascending. */
    static int[] months(int mask) {
        int[] out = new int[Integer.bitCount(mask)];
        int i = 0;
        for (int m = 1; m <= 12; m++) {
            if ((mask & 1 << m) != 0) {
                out[i++] = m;
            }
        }
        return out;
    }

    /** Builds a monthly rule for a month day from -1 to 31. */
    static String monthly(int monthDay) {
        Integer key = (monthDay + 1) << 2 | 1;
        String cached = TEXTS.get(key);
        return cached != null ? cached : remember(key, "FREQ=MONTHLY;BYMONTHDAY=" + monthDay);
    }

    /** Builds a monthly rule for several month days, ascending, each from -1 to 31. */
    static String monthly(int[] monthDays) {
        if (monthDays.length == 1) {
            return monthly(monthDays[0]);
        }
        StringBuilder sb = new StringBuilder("FREQ=MONTHLY;BYMONTHDAY=");
        for (int i = 0; i < monthDays.length; i++) {
            sb.append(i > 0 ? "," : "").append(monthDays[i]);
        }
        return sb.toString();
    }

    /**
     * Builds a monthly rule for the Nth working day (Monday to Friday) of each month, counted from
     * the end when negative: {@code 每月最后一个工作日} is {@code BYSETPOS=-1}. Statutory holidays are
     * not in the rule (an RRULE has no calendar); the due dates of the plan year are.
     */
    static String monthlyWorkday(int position) {
        return "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=" + position;
    }

    /** Builds a weekly rule for a day of the week, 1 (Monday) to 7. */
    static String weekly(int dayOfWeek) {
        Integer key = dayOfWeek << 2 | 2;
        String cached = TEXTS.get(key);
        return cached != null ? cached : remember(key, "FREQ=WEEKLY;BYDAY=" + DAY_CODES[dayOfWeek - 1]);
    }

    private static String remember(Integer key, String text) {
        if (TEXTS.size() < MAX_CACHED) {
            String before = TEXTS.putIfAbsent(key, text);
            return before != null ? before : text;
        }
        return text;
    }

    /**
     * The dates a rule gives in one year, ascending; empty for a rule outside the subset.
     *
     * @param rrule the rule
     * @param year the year
     * @return the dates
     */
    public static List<LocalDate> expand(String rrule, int year) {
        Expansion e = EXPANSIONS.get(rrule);
        if (e != null && e.year == year) {
            return e.dates;
        }
        List<LocalDate> dates = Collections.unmodifiableList(compute(rrule, year));
        // only short rule texts are kept: a rule read from a hostile file must not pin memory
        if (rrule.length() <= 80 && (e != null || EXPANSIONS.size() < MAX_CACHED)) {
            EXPANSIONS.put(rrule, new Expansion(year, dates));
        }
        return dates;
    }

    private static List<LocalDate> compute(String rrule, int year) {
        String freq = null;
        int[] months = null;
        int[] monthDays = null;
        boolean[] weekdays = null;
        int setPos = 0;
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
                        months = ints(value);
                        break;
                    case "BYMONTHDAY":
                        monthDays = ints(value);
                        break;
                    case "BYSETPOS":
                        setPos = Integer.parseInt(value);
                        break;
                    case "BYDAY":
                        weekdays = new boolean[8];
                        for (String code : value.split(",")) {
                            for (int i = 0; i < DAY_CODES.length; i++) {
                                weekdays[i + 1] |= DAY_CODES[i].equals(code);
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
        if ("YEARLY".equals(freq) && months != null && monthDays != null) {
            for (int m : months) {
                add(out, year, m, monthDays);
            }
        } else if ("MONTHLY".equals(freq) && monthDays != null) {
            for (int m = 1; m <= 12; m++) {
                add(out, year, m, monthDays);
            }
        } else if ("MONTHLY".equals(freq) && weekdays != null && setPos != 0) {
            for (int m = 1; m <= 12; m++) {
                positioned(out, YearMonth.of(year, m), weekdays, setPos);
            }
        } else if ("WEEKLY".equals(freq) && weekdays != null) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (weekdays[d.getDayOfWeek().getValue()]) {
                    out.add(d);
                }
            }
        } else if ("DAILY".equals(freq)) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                out.add(d);
            }
        }
        out.sort(null);
        return out;
    }

    private static int[] ints(String value) {
        String[] parts = value.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** The setPos-th of the month's days on the given weekdays (negative: from the end). */
    private static void positioned(List<LocalDate> out, YearMonth ym, boolean[] weekdays, int setPos) {
        List<LocalDate> days = new ArrayList<>(23);
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate day = ym.atDay(d);
            if (weekdays[day.getDayOfWeek().getValue()]) {
                days.add(day);
            }
        }
        int index = setPos > 0 ? setPos - 1 : days.size() + setPos;
        if (index >= 0 && index < days.size()) {
            out.add(days.get(index));
        }
    }

    private static void add(List<LocalDate> out, int year, int month, int[] monthDays) {
        for (int d : monthDays) {
            add(out, year, month, d);
        }
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
