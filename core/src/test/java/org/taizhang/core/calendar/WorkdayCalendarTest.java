package org.taizhang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkdayCalendarTest {
    private static final WorkdayCalendar CAL = WorkdayCalendar.official();
    private static final Path SOURCE = Path.of("src/build/holiday-cn");
    private static final Pattern DAY = Pattern.compile(
            "\"date\"\\s*:\\s*\"([0-9-]+)\"\\s*,\\s*\"isOffDay\"\\s*:\\s*(true|false)");

    @Test
    void shipped_arrangements_equal_the_source_data_day_by_day() throws IOException {
        int days = 0;
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                int year = Integer.parseInt(f.getFileName().toString().substring(0, 4));
                assertThat(CAL.hasDataFor(year)).as("year %d", year).isTrue();
                Matcher m = DAY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    LocalDate d = LocalDate.parse(m.group(1));
                    boolean off = Boolean.parseBoolean(m.group(2));
                    assertThat(CAL.isOffDay(d)).as("%s in %s", d, f.getFileName()).isEqualTo(off);
                    assertThat(CAL.isStatutoryOffDay(d)).isEqualTo(off);
                    days++;
                }
            }
        }
        assertThat(days).isGreaterThan(600);
        assertThat(CAL.years()).contains(2007, 2026).hasSize(20);
    }

    @Test
    void ordinary_weekends_are_off_and_make_up_days_are_worked() {
        assertThat(CAL.isWorkday(LocalDate.of(2022, 10, 8))).isTrue(); // Saturday, 调休
        assertThat(CAL.isWorkday(LocalDate.of(2022, 10, 3))).isFalse(); // Monday, 国庆
        assertThat(CAL.isWorkday(LocalDate.of(2022, 11, 5))).isFalse(); // plain Saturday
        assertThat(CAL.isWorkday(LocalDate.of(2022, 11, 7))).isTrue();
        assertThat(CAL.hasDataFor(2006)).isFalse();
    }

    @Test
    void holiday_periods_give_the_first_and_last_day_off() {
        assertThat(CAL.holidayPeriod(Festival.SPRING_FESTIVAL, 2023)).contains(
                new HolidayPeriod(Festival.SPRING_FESTIVAL, LocalDate.of(2023, 1, 21), LocalDate.of(2023, 1, 27)));
        assertThat(CAL.holidayPeriod(Festival.NEW_YEAR, 2023).get().first()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(CAL.holidayPeriod(Festival.MID_AUTUMN, 2023).get().first())
                .isEqualTo(CAL.holidayPeriod(Festival.NATIONAL_DAY, 2023).get().first());
        assertThat(CAL.holidayPeriod(Festival.NATIONAL_DAY, 2023).get().last()).isEqualTo(LocalDate.of(2023, 10, 6));
        assertThat(CAL.holidayPeriod(Festival.QINGMING, 2007)).isEmpty();
        assertThat(CAL.holidayPeriod(Festival.SPRING_FESTIVAL, 2040)).isEmpty();
    }

    @Test
    void plus_workdays_never_lands_on_a_day_off() {
        qt().forAll(integers().between(0, 7300), integers().between(1, 60)).checkAssert((offset, n) -> {
            LocalDate from = LocalDate.of(2007, 1, 1).plusDays(offset);
            LocalDate due = CAL.plusWorkdays(from, n);
            assertThat(CAL.isWorkday(due)).as("%s + %d", from, n).isTrue();
            long worked = from.plusDays(1).datesUntil(due.plusDays(1)).filter(CAL::isWorkday).count();
            assertThat(worked).isEqualTo((long) n);
        });
    }

    @Test
    void counts_working_days_across_the_national_day_holiday() {
        // 2022-09-30 (Fri) + 1 working day: 10-01..10-07 off, 10-08 a make-up Saturday
        assertThat(CAL.plusWorkdays(LocalDate.of(2022, 9, 30), 1)).isEqualTo(LocalDate.of(2022, 10, 8));
        assertThat(CAL.onOrNextWorkday(LocalDate.of(2022, 10, 2))).isEqualTo(LocalDate.of(2022, 10, 8));
        assertThat(CAL.plusWorkdays(LocalDate.of(2022, 10, 10), -1)).isEqualTo(LocalDate.of(2022, 10, 9));
    }

    @Test
    void a_year_added_at_run_time_makes_a_new_calendar_and_leaves_the_official_one_alone() {
        LocalDate monday = LocalDate.of(2027, 1, 4);
        LocalDate saturday = LocalDate.of(2027, 1, 9);
        WorkdayCalendar extended = CAL.withYear(2027, List.of(monday), List.of(saturday));
        assertThat(extended.hasDataFor(2027)).isTrue();
        assertThat(extended.isOffDay(monday)).isTrue();
        assertThat(extended.isWorkday(saturday)).isTrue();
        assertThat(CAL.hasDataFor(2027)).isFalse();
        assertThat(CAL.isWorkday(monday)).isTrue();
        WorkdayCalendar built = WorkdayCalendar.builder().official()
                .period(2027, Festival.SPRING_FESTIVAL, LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 11)).build();
        assertThat(built.holidayPeriod(Festival.SPRING_FESTIVAL, 2027).get().dayBefore())
                .isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(built.isOffDay(LocalDate.of(2027, 2, 8))).isTrue();
        assertThat(WorkdayCalendar.weekendsOnly().hasDataFor(2022)).isFalse();
    }

    @Test
    void lunar_festival_days_fall_in_their_official_holiday_periods() {
        for (int year = 2008; year <= 2026; year++) {
            for (Festival f : List.of(Festival.SPRING_FESTIVAL, Festival.QINGMING, Festival.DRAGON_BOAT, Festival.MID_AUTUMN)) {
                int y = year;
                CAL.holidayPeriod(f, year).ifPresent(p -> assertThat(p.contains(f.dayIn(y).get()))
                        .as("%s %d: %s", f, y, f.dayIn(y).get()).isTrue());
            }
        }
    }

    @Test
    void festival_days_come_from_the_shipped_table() {
        assertThat(Festival.SPRING_FESTIVAL.dayIn(2023)).contains(LocalDate.of(2023, 1, 22));
        assertThat(Festival.NEW_YEARS_EVE.dayIn(2023)).contains(LocalDate.of(2023, 1, 21));
        assertThat(Festival.SPRING_FESTIVAL.dayIn(2027)).contains(LocalDate.of(2027, 2, 6));
        assertThat(Festival.SPRING_FESTIVAL.dayIn(2030)).contains(LocalDate.of(2030, 2, 3));
        assertThat(Festival.SPRING_FESTIVAL.dayIn(2035)).contains(LocalDate.of(2035, 2, 8));
        assertThat(Festival.LANTERN.dayIn(2022)).contains(LocalDate.of(2022, 2, 15));
        assertThat(Festival.QIXI.dayIn(2012)).contains(LocalDate.of(2012, 8, 23));
        assertThat(Festival.MID_AUTUMN.dayIn(2035)).contains(LocalDate.of(2035, 9, 16));
        assertThat(Festival.NATIONAL_DAY.dayIn(2099)).contains(LocalDate.of(2099, 10, 1));
        assertThat(Festival.DRAGON_BOAT.dayIn(2100)).isEmpty();
        assertThat(Festival.firstTableYear()).isLessThanOrEqualTo(2007);
        assertThat(Festival.lastTableYear()).isGreaterThanOrEqualTo(2035);
        for (int y = Festival.firstTableYear(); y <= Festival.lastTableYear(); y++) {
            LocalDate spring = Festival.SPRING_FESTIVAL.dayIn(y).get();
            assertThat(spring).isBetween(LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20));
            assertThat(Festival.LANTERN.dayIn(y).get()).isEqualTo(spring.plusDays(14));
            assertThat(Festival.QINGMING.dayIn(y).get()).isBetween(LocalDate.of(y, 4, 4), LocalDate.of(y, 4, 5));
            assertThat(Festival.MID_AUTUMN.dayIn(y).get()).isBetween(LocalDate.of(y, 9, 7), LocalDate.of(y, 10, 8));
        }
    }
}
