package org.taizhang.core.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/**
 * {@link DeadlineParser#impossibleDate}: the date for which {@link DeadlineParser#parse} leaves a
 * phrase {@code UNPARSED}, quoted as written, and nothing where parse reads the phrase.
 */
class ImpossibleDateTest {
    private static final String CN = "〇一二三四五六七八九";

    private static Optional<String> quote(String text, int planYear) {
        return DeadlineParser.impossibleDate(text, DeadlineContext.ofYear(planYear));
    }

    private static Deadline parse(String text, int planYear) {
        return DeadlineParser.parse(text, DeadlineContext.ofYear(planYear));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2022年13月底前                              | 2022 | 2022年13月
        2023年2月29日前                             | 2023 | 2023年2月29日
        2023年2月29日前完成                           | 2022 | 2023年2月29日
        2022年2月29日前                             | 2024 | 2022年2月29日
        4月31日前完成                               | 2022 | 4月31日
        6月31日前报送                               | 2023 | 6月31日
        9月31日、10月15日                           | 2023 | 9月31日
        二〇二二年十三月底前                            | 2022 | 二〇二二年十三月
        十三月底前                                  | 2022 | 十三月
        二月三十日前                                 | 2022 | 二月三十日
        2月30日、3月31日前分别报送                      | 2022 | 2月30日
        １３月底前                                  | 2022 | １３月
        ２０２２年１３月                               | 2022 | ２０２２年１３月
        自2022年6月31日起                            | 2022 | 2022年6月31日
        2022年0月底                                | 2022 | 2022年0月
        2022年13月份前                              | 2022 | 2022年13月份
        2022年13月15日前                            | 2022 | 2022年13月15日
        二〇二二年十三月五号前                           | 2022 | 二〇二二年十三月五号
        13月份10日前上报                             | 2022 | 13月份10日
        2022年13月上旬                              | 2022 | 2022年13月
        2022年度13月底前完成                           | 2022 | 2022年度13月
        2月份30日前                                | 2022 | 2月份30日
        6月、13月各报送一次                            | 2022 | 13月
        2023年1月底、2月29日前                        | 2024 | 2月29日
        2022年6月底、9月31日前                        | 2022 | 9月31日
        2022年2月30日至3月31日                       | 2022 | 2022年2月30日
        2023-02-30                              | 2023 | 2023-02-30
        2023/4/31                               | 2023 | 2023/4/31
        2月29日前                                 | 2023 | 2月29日
        今年13月底前                                | 2022 | 今年13月
        2 月 30 日前                              | 2022 | 2 月 30 日
        请于2022年 13月底前报送                        | 2022 | 2022年 13月
        2022年6月底前完成初稿，2022年9月31日前报送          | 2022 | 2022年9月31日
        按照国办发〔2022〕31号要求，2月30日前完成          | 2022 | 2月30日
        """)
    void quotes_the_date_that_does_not_exist_as_written(String text, int planYear, String expected) {
        assertThat(quote(text, planYear)).contains(expected);
        assertThat(parse(text, planYear).kind()).isEqualTo(DeadlineKind.UNPARSED);
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2024年2月29日前        | 2022 | ABSOLUTE
        2022年12月31日前       | 2022 | ABSOLUTE
        2月29日前             | 2024 | ABSOLUTE
        2月29日前             | 2000 | ABSOLUTE
        2023年2月28日前        | 2023 | ABSOLUTE
        4月30日前完成          | 2022 | ABSOLUTE
        2022年12月底前         | 2022 | ABSOLUTE
        次年1月              | 2022 | ABSOLUTE
        印发后30日内           | 2022 | RELATIVE
        3个月内              | 2022 | RELATIVE
        每月30日前            | 2022 | RECURRING
        每月31日前            | 2022 | RECURRING
        全年持续推进           | 2022 | ONGOING
        适时完成             | 2022 | VAGUE
        择机公布             | 2022 | UNPARSED
        """)
    void finds_nothing_where_every_date_exists(String text, int planYear, DeadlineKind kind) {
        assertThat(quote(text, planYear)).isEmpty();
        assertThat(parse(text, planYear).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        每年2月30日前            | 2月30日
        每年13月底前             | 13月
        每年的4月31日前报送       | 4月31日
        每年6月30日、2月30日前    | 2月30日
        """)
    void a_yearly_rule_on_a_day_no_calendar_has_is_refused_and_quoted(String text, String quoted) {
        assertThat(parse(text, 2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(quote(text, 2022)).contains(quoted);
    }

    @Test
    void a_yearly_rule_on_the_29th_of_february_is_kept_for_the_leap_years() {
        assertThat(parse("每年2月29日前", 2022).rrule()).contains("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29");
        assertThat(quote("每年2月29日前", 2022)).isEmpty();
    }

    @Test
    void a_lunar_date_the_tables_cannot_place_is_unparsed_but_has_no_calendar_date_to_quote() {
        assertThat(parse("农历二月三十日前", 2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(quote("农历二月三十日前", 2022)).isEmpty();
    }

    @Test
    void a_phrase_past_the_length_limit_is_not_read() {
        String text = "2022年13月底前" + "，按要求报送".repeat(DeadlineParser.MAX_LENGTH / 6);
        assertThat(quote(text, 2022)).isEmpty();
    }

    @Test
    void the_quote_follows_the_issue_date_and_the_vocabulary_of_the_context() {
        DeadlineContext issued = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 8, 15));
        assertThat(DeadlineParser.impossibleDate("2022年13月底前", issued)).contains("2022年13月");
        assertThat(DeadlineParser.impossibleDate("2022年13月底前", issued, Lexicon.builtIn())).contains("2022年13月");
    }

    /**
     * Every year-month-day of three years, days 0 to 33 of months 0 to 14, written in Arabic,
     * full-width and Chinese numerals: a date is quoted exactly when it does not exist, and parse
     * then leaves the phrase unread.
     */
    @Test
    void every_written_day_is_quoted_exactly_when_it_does_not_exist() {
        int checked = 0;
        for (int year : new int[] {2022, 2023, 2024}) {
            for (int month = 0; month <= 14; month++) {
                for (int day = 0; day <= 33; day++) {
                    boolean exists = month >= 1 && month <= 12 && day >= 1
                            && day <= YearMonth.of(year, month).lengthOfMonth();
                    for (String date : new String[] {year + "年" + month + "月" + day + "日",
                        fullWidth(year + "年" + month + "月" + day + "日"),
                        cnDigits(year) + "年" + cnNumber(month) + "月" + cnNumber(day) + "日"}) {
                        String text = date + "前完成";
                        assertThat(quote(text, 2022)).as(text).isEqualTo(exists ? Optional.empty() : Optional.of(date));
                        assertThat(parse(text, 2022).kind() == DeadlineKind.UNPARSED).as(text).isEqualTo(!exists);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 15 * 34 * 3);
    }

    /** 2月29日 with no year written is judged in the plan year. */
    @Test
    void the_twenty_ninth_of_february_without_a_year_follows_the_plan_year() {
        for (int planYear = 2020; planYear <= 2030; planYear++) {
            boolean leap = YearMonth.of(planYear, 2).lengthOfMonth() == 29;
            assertThat(quote("2月29日前报送", planYear)).as("%d", planYear)
                    .isEqualTo(leap ? Optional.empty() : Optional.of("2月29日"));
        }
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    private static String cnDigits(int v) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(v).toCharArray()) {
            sb.append(CN.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String cnNumber(int v) {
        if (v < 10) {
            return String.valueOf(CN.charAt(v));
        }
        String tens = v / 10 == 1 ? "十" : CN.charAt(v / 10) + "十";
        return v % 10 == 0 ? tens : tens + CN.charAt(v % 10);
    }
}
