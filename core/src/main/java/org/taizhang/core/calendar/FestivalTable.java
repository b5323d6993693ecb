package org.taizhang.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = FestivalTable.class.getResourceAsStream("festival-days.txt")) {
            if (in == null) {
                throw new IllegalStateException("festival-days.txt is missing from taizhang-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" +");
                first = Math.min(first, Integer.parseInt(f[0]));
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
