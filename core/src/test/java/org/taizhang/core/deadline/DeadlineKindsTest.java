package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/**
 * The kinds of 完成时限 that unseen ledgers write and earlier versions missed: impossible dates,
 * further date styles, spans of months and quarters, ranges, rules with lists, positions, cycles,
 * starts and alternatives, composites, limits, lunar and observance days, and days and weeks from
 * the issue date. Plan year 2023, issued Wednesday 2023-03-15; expected values are the compact
 * form of {@link LedgerPhrasesTest#describe}, worked out by hand.
 */
class DeadlineKindsTest {
    private static final DeadlineContext ISSUED = DeadlineContext.ofYear(2023).withIssuedOn(LocalDate.of(2023, 3, 15));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2024年13月底前                     | UNPARSED
        2023年0月                        | UNPARSED
        二〇二三年十三月                       | UNPARSED
        2月30日前                         | UNPARSED
        2023年2月29日前完成                  | UNPARSED
        4月31日                          | UNPARSED
        6月31日前报送                       | UNPARSED
        2023-02-30                     | UNPARSED
        2023/4/31                      | UNPARSED
        9月31日、10月15日                   | UNPARSED
        6·18                           | ABSOLUTE 2023-06-18
        11·11前完成                       | ABSOLUTE 2023-11-11
        7-1前                           | ABSOLUTE 2023-07-01
        12-31                          | ABSOLUTE 2023-12-31
        2023.6.30                      | ABSOLUTE 2023-06-30
        ２０２３／６／３０                      | ABSOLUTE 2023-06-30
        23年6月底前                        | ABSOLUTE 2023-06-30
        24年3月                          | ABSOLUTE 2024-03-31
        一季度末                           | ABSOLUTE 2023-03-31
        第四季度                           | ABSOLUTE 2023-12-31
        三季度末前完成                        | ABSOLUTE 2023-09-30
        2023年前三季度                      | ABSOLUTE 2023-09-30
        2024年前两季度                      | ABSOLUTE 2024-06-30
        前八个月                           | ABSOLUTE 2023-08-31
        今年前七个月                         | ABSOLUTE 2023-07-31
        后两个月                           | ABSOLUTE 2023-12-31
        2024年后三个月                      | ABSOLUTE 2024-12-31
        下半年                            | ABSOLUTE 2023-12-31
        2023至2024年                     | ABSOLUTE 2024-12-31
        2023年至2025年                    | ABSOLUTE 2025-12-31
        10日、20日、30日前                   | RECURRING FREQ=MONTHLY;BYMONTHDAY=10,20,30
        每月5日、20日前报送                    | RECURRING FREQ=MONTHLY;BYMONTHDAY=5,20
        2023年3月1日起至6月30日止              | ABSOLUTE 2023-06-30
        自2023年5月1日起至2023年12月31日止       | ABSOLUTE 2023-12-31
        每年5月至7月                        | RECURRING FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=-1
        每年3月—5月开展                      | RECURRING FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=-1
        自2023年5月起，每月10日前               | RECURRING FREQ=MONTHLY;BYMONTHDAY=10
        从2023年7月起每季度末                  | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1
        以半年为周期                         | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1
        以季度为一个周期开展评估                   | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1
        一年一次                           | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1
        按季度                            | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1
        每季度首月10日前                      | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10
        单月15日前                         | RECURRING FREQ=YEARLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15
        双月底前                           | RECURRING FREQ=YEARLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=-1
        每月最后一个工作日                      | RECURRING FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1
        每月第三个工作日前报送                    | RECURRING FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=3
        每周五或每月最后一个工作日前                 | COMPOSITE [RECURRING FREQ=WEEKLY;BYDAY=FR] [RECURRING FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1]
        每季度末报送进展，12月底前形成总结报告           | COMPOSITE [RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1] [ABSOLUTE 2023-12-31]
        每月10日前报送数据；2023年底前完成验收         | COMPOSITE [RECURRING FREQ=MONTHLY;BYMONTHDAY=10] [ABSOLUTE 2023-12-31]
        自收到申请之日起不超过15个工作日              | RELATIVE EVENT 收到申请 15 WORKDAYS
        自受理之日起最长不超过20日                 | RELATIVE EVENT 受理 20 DAYS
        会议结束后5个工作日内                    | RELATIVE EVENT 会议结束 5 WORKDAYS
        检查结束后3日内反馈                     | RELATIVE EVENT 检查结束 3 DAYS
        农历八月十五                         | ABSOLUTE 2023-09-29
        农历五月初五前                        | ABSOLUTE 2023-06-21
        正月初八前                          | ABSOLUTE 2024-02-16
        正月十五                           | ABSOLUTE 2024-02-24
        护士节前                           | ABSOLUTE 2023-05-11
        五四青年节                          | ABSOLUTE 2023-05-04
        七一前                            | ABSOLUTE 2023-06-30
        八一前                            | ABSOLUTE 2023-07-31
        教师节前                           | ABSOLUTE 2023-09-09
        六一儿童节期间                        | ABSOLUTE 2023-06-01
        2024年国家宪法日                     | ABSOLUTE 2024-12-04
        明天                             | ABSOLUTE 2023-03-16
        后天                             | ABSOLUTE 2023-03-17
        本周五前                           | ABSOLUTE 2023-03-17
        下周一                            | ABSOLUTE 2023-03-20
        下下周三前                          | ABSOLUTE 2023-03-29
        本周末                            | ABSOLUTE 2023-03-19
        3天后                            | RELATIVE ISSUED 3 DAYS 2023-03-20
        两周以后                           | RELATIVE ISSUED 14 DAYS 2023-03-29
        """)
    void reads_each_kind(String phrase, String expected) {
        assertThat(LedgerPhrasesTest.describe(Deadline.parse(phrase, ISSUED))).isEqualTo(expected);
    }

    @Test
    void a_yearly_festival_is_recurring_on_its_day_in_the_plan_year() {
        Deadline midAutumn = Deadline.parse("每年中秋节前", ISSUED);
        assertThat(midAutumn.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(midAutumn.due()).containsExactly(LocalDate.of(2023, 9, 28));
        Deadline teachers = Deadline.parse("每年教师节前开展慰问", DeadlineContext.ofYear(2024));
        assertThat(teachers.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(teachers.due()).containsExactly(LocalDate.of(2024, 9, 9));
    }

    @Test
    void a_start_before_a_rule_drops_the_rule_dates_before_it() {
        Deadline d = Deadline.parse("自2023年5月起，每月10日前", ISSUED);
        assertThat(d.due().first()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(d.due()).hasSize(8);
        Deadline quarterly = Deadline.parse("从2023年7月起每季度末", ISSUED);
        assertThat(quarterly.due()).containsExactly(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31));
    }

    @Test
    void working_day_positions_follow_the_official_calendar() {
        // 2023-04-29..05-03 were days off: April's last working day was Friday 04-28, May's first 05-04
        Deadline last = Deadline.parse("每月最后一个工作日", ISSUED);
        assertThat(last.due()).contains(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 9, 28)).hasSize(12);
        Deadline first = Deadline.parse("每月第一个工作日前报送", ISSUED);
        assertThat(first.due()).contains(LocalDate.of(2023, 5, 4), LocalDate.of(2023, 1, 3));
    }

    @Test
    void days_and_weeks_from_the_issue_date_are_not_read_without_one() {
        DeadlineContext noIssue = DeadlineContext.ofYear(2023);
        for (String phrase : new String[] {"明天", "本周五前", "下周一", "本周末"}) {
            assertThat(Deadline.parse(phrase, noIssue).kind()).as(phrase).isEqualTo(DeadlineKind.UNPARSED);
        }
    }

    @Test
    void a_lunar_date_the_tables_cannot_place_is_unparsed_not_guessed() {
        assertThat(Deadline.parse("农历三月初三", ISSUED).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(Deadline.parse("农历八月三十", ISSUED).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(Deadline.parse("2023年农历八月十五", ISSUED).due()).containsExactly(LocalDate.of(2023, 9, 29));
    }

    @Test
    void an_offset_inside_a_sentence_is_not_a_span_of_months() {
        assertThat(LedgerPhrasesTest.describe(Deadline.parse("印发后3个月内", ISSUED)))
                .isEqualTo("RELATIVE ISSUED 3 MONTHS 2023-06-15");
        assertThat(LedgerPhrasesTest.describe(Deadline.parse("前3个月内完成", ISSUED)))
                .isEqualTo("RELATIVE ISSUED 3 MONTHS 2023-06-15");
    }
}
