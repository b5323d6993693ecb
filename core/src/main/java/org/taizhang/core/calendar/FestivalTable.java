package org.taizhang.core.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** The shipped table of lunar festival days ({@code festival-days.txt}), loaded once. */
final class FestivalTable {
    private static final Festival[] COLUMNS = {
        Festival.SPRING_FESTIVAL, Festival.LANTERN, Festival.QINGMING, Festival.DRAGON_BOAT,
        Festival.QIXI, Festival.MID_AUTUMN, Festival.DOUBLE_NINTH
    };
    private static final int FIRST;
    private static final LocalDate[][] DAYS;

    static {
        int first = Integer.MAX_VALUE;
        java.util.List<String[]> rows = DataLines.read("festival-days.txt");
        for (String[] f : rows) {
            first = Math.min(first, Integer.parseInt(f[0]));
        }
        FIRST = first;
        DAYS = new LocalDate[rows.size()][];
        for (String[] f : rows) {
            int year = Integer.parseInt(f[0]);
            LocalDate[] days = new LocalDate[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                int md = Integer.parseInt(f[i + 1]);
                days[i] = LocalDate.of(year, md / 100, md % 100);
            }
            DAYS[year - FIRST] = days;
        }
    }

    private FestivalTable() {}

    static int firstYear() {
        return FIRST;
    }

    static int lastYear() {
        return FIRST + DAYS.length - 1;
    }

    static Optional<LocalDate> day(Festival festival, int year) {
        if (year < FIRST || year > lastYear()) {
            return Optional.empty();
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (COLUMNS[i] == festival) {
                return Optional.of(DAYS[year - FIRST][i]);
            }
        }
        return Optional.empty();
    }
}
