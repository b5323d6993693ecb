package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

class DeadlinePropertiesTest {
    private static final String CN = "〇一二三四五六七八九";

    static String cnDigits(int v) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(v).toCharArray()) {
            sb.append(CN.charAt(c - '0'));
        }
        return sb.toString();
    }

    static String cnNumber(int v) {
        if (v < 10) {
            return String.valueOf(CN.charAt(v));
        }
        String tens = v / 10 == 1 ? "十" : CN.charAt(v / 10) + "十";
        return v % 10 == 0 ? tens : tens + CN.charAt(v % 10);
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    static String write(LocalDate d, int style) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        switch (style) {
            case 0: return y + "年" + m + "月" + day + "日";
            case 1: return y + "年" + m + "月" + day + "日前";
            case 2: return cnDigits(y) + "年" + cnNumber(m) + "月" + cnNumber(day) + "日";
            case 3: return fullWidth(y + "年" + m + "月" + day + "日之前");
            case 4: return y + "." + m + "." + day;
            case 5: return String.format("%d-%02d-%02d", y, m, day);
            case 6: return y + "/" + m + "/" + day;
            case 7: return (y % 100 < 10 ? "0" : "") + (y % 100) + "年" + m + "月" + day + "号前";
            case 8: return "于 " + y + " 年 " + m + " 月 " + day + " 日前完成";
            default: return "截至" + y + "年" + m + "月" + day + "日";
        }
    }

    @Test
    void an_absolute_date_in_any_supported_style_parses_back_to_itself() {
        qt().forAll(integers().between(2000, 2099), integers().between(1, 366), integers().between(0, 9))
                .checkAssert((year, dayOfYear, style) -> {
                    LocalDate date = LocalDate.ofYearDay(year, Math.min(dayOfYear, YearMonth.of(year, 12).atEndOfMonth().getDayOfYear()));
                    String text = write(date, style);
                    Deadline d = Deadline.parse(text, DeadlineContext.ofYear(2022));
                    assertThat(d.kind()).as(text).isEqualTo(DeadlineKind.ABSOLUTE);
                    assertThat(d.due()).as(text).containsExactly(date);
                });
    }

    @Test
    void month_end_is_the_last_day_of_the_month_in_leap_and_common_years() {
        qt().forAll(integers().between(1990, 2199), integers().between(1, 12)).checkAssert((year, month) -> {
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            assertThat(Deadline.parse(year + "年" + month + "月底前", DeadlineContext.ofYear(2022)).due())
                    .containsExactly(end);
            assertThat(Deadline.parse(month + "月末", DeadlineContext.ofYear(year)).due()).containsExactly(end);
        });
        assertThat(Deadline.parse("2024年2月底", DeadlineContext.ofYear(2022)).due())
                .containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(Deadline.parse("2100年2月底", DeadlineContext.ofYear(2022)).due())
                .containsExactly(LocalDate.of(2100, 2, 28));
    }

    @Test
    void months_after_an_anchor_end_on_the_same_day_or_the_month_end() {
        qt().forAll(integers().between(2008, 2030), integers().between(1, 365), integers().between(1, 24))
                .checkAssert((year, dayOfYear, months) -> {
                    LocalDate issued = LocalDate.ofYearDay(year, dayOfYear);
                    Deadline d = Deadline.parse("印发后" + months + "个月内",
                            DeadlineContext.ofYear(year).withIssuedOn(issued));
                    LocalDate due = d.due().first();
                    YearMonth target = YearMonth.from(issued).plusMonths(months);
                    assertThat(YearMonth.from(due)).isEqualTo(target);
                    assertThat(due.getDayOfMonth())
                            .isEqualTo(Math.min(issued.getDayOfMonth(), target.lengthOfMonth()));
                });
    }
}
