package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Anchor;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;

/** One row per grammar rule: phrase, plan year 2022, kind and due dates ({@code ;}-separated). */
class DeadlinePhrasesTest {
    private static final DeadlineContext PLAN_2022 = DeadlineContext.ofYear(2022);
    private static final DeadlineContext ISSUED = PLAN_2022.withIssuedOn(LocalDate.of(2022, 6, 30));

    static List<LocalDate> dates(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(";")).map(String::trim).map(LocalDate::parse).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2022年9月底前              | ABSOLUTE | 2022-09-30
        10月底前                   | ABSOLUTE | 2022-10-31
        8月底                      | ABSOLUTE | 2022-08-31
        2023年11月底               | ABSOLUTE | 2023-11-30
        9月5日前                   | ABSOLUTE | 2022-09-05
        2022年12月31日前           | ABSOLUTE | 2022-12-31
        二〇二二年十二月十日        | ABSOLUTE | 2022-12-10
        ２０２２年１０月底前        | ABSOLUTE | 2022-10-31
        十二月                     | ABSOLUTE | 2022-12-31
        22年底前                   | ABSOLUTE | 2022-12-31
        2022.9.30                  | ABSOLUTE | 2022-09-30
        2022-09-30                 | ABSOLUTE | 2022-09-30
        2022/9/30                  | ABSOLUTE | 2022-09-30
        9.30前                     | ABSOLUTE | 2022-09-30
        2022 年底前                | ABSOLUTE | 2022-12-31
        年底前                     | ABSOLUTE | 2022-12-31
        年末                       | ABSOLUTE | 2022-12-31
        年中                       | ABSOLUTE | 2022-06-30
        年内                       | ABSOLUTE | 2022-12-31
        今年底                     | ABSOLUTE | 2022-12-31
        年初                       | ABSOLUTE | 2022-01-31
        9月初                      | ABSOLUTE | 2022-09-10
        9月上旬                    | ABSOLUTE | 2022-09-10
        9月中旬                    | ABSOLUTE | 2022-09-20
        9月下旬                    | ABSOLUTE | 2022-09-30
        上半年                     | ABSOLUTE | 2022-06-30
        2022年上半年               | ABSOLUTE | 2022-06-30
        下半年                     | ABSOLUTE | 2022-12-31
        一季度                     | ABSOLUTE | 2022-03-31
        第一季度                   | ABSOLUTE | 2022-03-31
        三季度末                   | ABSOLUTE | 2022-09-30
        Q2                         | ABSOLUTE | 2022-06-30
        次年1月                    | ABSOLUTE | 2023-01-31
        明年6月底前                 | ABSOLUTE | 2023-06-30
        下一年3月                  | ABSOLUTE | 2023-03-31
        2022年6月底前完成          | ABSOLUTE | 2022-06-30
        务于2022年6月30日前完成     | ABSOLUTE | 2022-06-30
        确保2022年10月底前完成      | ABSOLUTE | 2022-10-31
        在2022年底前完成           | ABSOLUTE | 2022-12-31
        截至2022年6月              | ABSOLUTE | 2022-06-30
        到2022年底                 | ABSOLUTE | 2022-12-31
        于9月底之前报送             | ABSOLUTE | 2022-09-30
        3月—6月                    | ABSOLUTE | 2022-06-30
        1-6月                      | ABSOLUTE | 2022-06-30
        2021—2025年                | ABSOLUTE | 2025-12-31
        2021年-2025年              | ABSOLUTE | 2025-12-31
        2022年1月1日至12月31日      | ABSOLUTE | 2022-12-31
        自2022年1月起至2022年6月止  | ABSOLUTE | 2022-06-30
        春节前                     | ABSOLUTE | 2023-01-20
        2023年春节前               | ABSOLUTE | 2023-01-20
        国庆节前                   | ABSOLUTE | 2022-09-30
        元旦前                     | ABSOLUTE | 2022-12-30
        中秋节                     | ABSOLUTE | 2022-09-10
        2023年端午节               | ABSOLUTE | 2023-06-22
        国庆节期间                 | ABSOLUTE | 2022-10-07
        6月底、9月底、12月底各开展一次 | MULTIPLE | 2022-06-30;2022-09-30;2022-12-31
        分别于9月5日、12月5日前报送 | MULTIPLE | 2022-09-05;2022-12-05
        2022年6月底、9月底         | MULTIPLE | 2022-06-30;2022-09-30
        每年3月底前                | RECURRING | 2022-03-31
        每年                       | RECURRING | 2022-12-31
        每季度                     | RECURRING | 2022-03-31;2022-06-30;2022-09-30;2022-12-31
        每季度末                   | RECURRING | 2022-03-31;2022-06-30;2022-09-30;2022-12-31
        按季度调度                 | RECURRING | 2022-03-31;2022-06-30;2022-09-30;2022-12-31
        每季度首月15日前            | RECURRING | 2022-01-15;2022-04-15;2022-07-15;2022-10-15
        每半年                     | RECURRING | 2022-06-30;2022-12-31
        单月10日前                 | RECURRING | 2022-01-10;2022-03-10;2022-05-10;2022-07-10;2022-09-10;2022-11-10
        全年                       | ONGOING |
        全年持续推进               | ONGOING |
        持续推进                   | ONGOING |
        长期坚持                   | ONGOING |
        常态化                     | ONGOING |
        长期                       | ONGOING |
        2022年起持续推进           | ONGOING |
        适时完成                   | VAGUE |
        及时                       | VAGUE |
        随时                       | VAGUE |
        即时                       | VAGUE |
        依据实际开展情况           | VAGUE |
        已完成                     | VAGUE |
        印发后30日内               | RELATIVE | 2022-08-01
        于本要点印发后10日内反馈    | RELATIVE | 2022-07-11
        印发后10个工作日内          | RELATIVE | 2022-07-14
        3个月内                    | RELATIVE | 2022-09-30
        批复后20日内               | RELATIVE |
        12345政务服务便民热线       | UNPARSED |
        不知所云                   | UNPARSED |
        """)
    void reads_each_rule(String text, DeadlineKind kind, String due) {
        Deadline d = Deadline.parse(text, ISSUED);
        assertThat(d.kind()).as(d.toString()).isEqualTo(kind);
        assertThat(d.dueDates()).as(d.toString()).containsExactlyElementsOf(dates(due));
        assertThat(d.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        每年3月底前                | FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1
        每季度                     | FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1
        按季度                     | FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1
        每月5日前                  | FREQ=MONTHLY;BYMONTHDAY=5
        每月10日前报送上月情况      | FREQ=MONTHLY;BYMONTHDAY=10
        按月                       | FREQ=MONTHLY;BYMONTHDAY=-1
        每月底                     | FREQ=MONTHLY;BYMONTHDAY=-1
        次月10日前                 | FREQ=MONTHLY;BYMONTHDAY=10
        每周五前                   | FREQ=WEEKLY;BYDAY=FR
        双月底                     | FREQ=YEARLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=-1
        每半年                     | FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1
        """)
    void writes_recurring_phrases_as_rrules(String text, String rrule) {
        Deadline d = Deadline.parse(text, PLAN_2022);
        assertThat(d.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(d.rrule()).contains(rrule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        印发后30日内                  | ISSUED | | 30 | DAYS
        于本要点印发后10日内反馈       | ISSUED | | 10 | DAYS
        决策出台后10个工作日内         | EVENT | 决策出台 | 10 | WORKDAYS
        自收到申请之日起20个工作日内    | EVENT | 收到申请 | 20 | WORKDAYS
        批复后20日内                  | EVENT | 批复 | 20 | DAYS
        3个月内                       | ISSUED | | 3 | MONTHS
        与政策文件同步公开             | EVENT | 政策文件 | 0 | DAYS
        """)
    void keeps_the_anchor_event_and_offset_of_relative_phrases(
            String text, Anchor anchor, String event, int amount, PeriodUnit unit) {
        Deadline d = Deadline.parse(text, PLAN_2022);
        assertThat(d.kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(d.anchor()).contains(anchor);
        assertThat(d.event().orElse(null)).isEqualTo(event);
        assertThat(d.offset()).contains(Offset.of(amount, unit));
        assertThat(d.due()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2022年6月底前完成            | 完成
        每年3月底前公布              | 公布
        10月底前补录完成             | 补录完成
        每月10日前报送上月情况        | 报送上月情况
        于本要点印发后10日内反馈      | 反馈
        分别于9月5日、12月5日前报送   | 报送
        """)
    void keeps_the_clause_action(String text, String action) {
        assertThat(Deadline.parse(text, PLAN_2022).action()).contains(action);
    }
}
