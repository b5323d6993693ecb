package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.taizhang.core.deadline.DeadlinePropertiesTest.cnNumber;
import static org.taizhang.core.deadline.DeadlinePropertiesTest.fullWidth;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/**
 * Properties of the date grammar: a date written without its year in any supported style reads
 * back as that day of the plan year, and a month or day that no calendar has is never read.
 */
class DateStylesPropertiesTest {
    /** A day of the plan year written in one of the month-day styles ledgers use. */
    static String writeMonthDay(int m, int d, int style) {
        switch (style) {
            case 0: return m + "·" + d;
            case 1: return m + "-" + d + "前";
            case 2: return m + "/" + d;
            case 3: return m + "." + d + "前完成";
            case 4: return cnNumber(m) + "月" + cnNumber(d) + "日前";
            case 5: return fullWidth(m + "月" + d + "日之前");
            case 6: return "于" + m + "月" + d + "号前报送";
            default: return "今年" + m + "月" + d + "日";
        }
    }

    @Test
    void a_month_and_day_in_any_style_parses_back_to_that_day_of_the_plan_year() {
        qt().forAll(integers().between(2001, 2060), integers().between(1, 366), integers().between(0, 7))
                .checkAssert((year, dayOfYear, style) -> {
                    LocalDate date = LocalDate.ofYearDay(year, Math.min(dayOfYear, YearMonth.of(year, 12).atEndOfMonth().getDayOfYear()));
                    String text = writeMonthDay(date.getMonthValue(), date.getDayOfMonth(), style);
                    Deadline d = Deadline.parse(text, DeadlineContext.ofYear(year));
                    assertThat(d.kind()).as(text).isEqualTo(DeadlineKind.ABSOLUTE);
                    assertThat(d.due()).as(text).containsExactly(date);
                });
    }

    @Test
    void a_month_no_calendar_has_is_never_read() {
        qt().forAll(integers().between(2000, 2099), integers().between(13, 99), integers().between(0, 5))
                .checkAssert((year, month, style) -> {
                    int m = style == 5 ? 0 : month;
                    String[] texts = {year + "年" + m + "月底前", m + "月", year + "年" + m + "月15日前完成",
                        fullWidth(year + "年" + m + "月"), year + "/" + m + "/1", year + "." + m + "." + "10"};
                    for (String text : texts) {
                        assertThat(Deadline.parse(text, DeadlineContext.ofYear(2023)).kind()).as(text)
                                .isEqualTo(DeadlineKind.UNPARSED);
                    }
                });
    }

    @Test
    void a_day_past_the_end_of_its_month_is_never_read() {
        qt().forAll(integers().between(2000, 2099), integers().between(1, 12), integers().between(1, 8))
                .checkAssert((year, month, past) -> {
                    int day = YearMonth.of(year, month).lengthOfMonth() + past;
                    String[] texts = {year + "年" + month + "月" + day + "日前", String.format("%d-%02d-%02d", year, month, day),
                        year + "/" + month + "/" + day, month + "月" + day + "日",
                        "2022年" + month + "月" + Math.min(day, 31) + "日、" + month + "月" + day + "日"};
                    for (String text : texts) {
                        if (!text.startsWith(month + "月") || day > 29 || month != 2) {
                            assertThat(Deadline.parse(text, DeadlineContext.ofYear(year)).kind()).as(text)
                                    .isEqualTo(DeadlineKind.UNPARSED);
                        }
                    }
                });
        // 29 February only in a leap year, the plan's when none is written
        assertThat(Deadline.parse("2月29日", DeadlineContext.ofYear(2023)).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(Deadline.parse("2月29日", DeadlineContext.ofYear(2024)).due()).containsExactly(LocalDate.of(2024, 2, 29));
    }
}
