package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Anchor;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/**
 * Every deadline phrase of the fixture ledgers (their 完成时限 / 时间节点 columns, and the
 * deadlines inside the Alxa prose), with the plan year of its ledger.
 */
class FixtureDeadlinesTest {

    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(delimiter = '|', textBlock = """
        2022 | 全年持续推进      | ONGOING  |
        2022 | 2022年7月底前    | ABSOLUTE | 2022-07-31
        2022 | 2022年8月底前    | ABSOLUTE | 2022-08-31
        2022 | 2022年9月底前    | ABSOLUTE | 2022-09-30
        2022 | 2022年10月底前   | ABSOLUTE | 2022-10-31
        2022 | 2022年11月底前   | ABSOLUTE | 2022-11-30
        2022 | 2022年12月底前   | ABSOLUTE | 2022-12-31
        2022 | 全年             | ONGOING  |
        2022 | 10月底前         | ABSOLUTE | 2022-10-31
        2022 | 11月底前         | ABSOLUTE | 2022-11-30
        2022 | 8月底            | ABSOLUTE | 2022-08-31
        2022 | 9月底            | ABSOLUTE | 2022-09-30
        2020 | 2020年6月底      | ABSOLUTE | 2020-06-30
        2020 | 2020年8月底      | ABSOLUTE | 2020-08-31
        2020 | 2020年10月底     | ABSOLUTE | 2020-10-31
        2020 | 2021年3月底      | ABSOLUTE | 2021-03-31
        2020 | 2021年5月底      | ABSOLUTE | 2021-05-31
        2020 | 2021年6月底      | ABSOLUTE | 2021-06-30
        2020 | 2021年9月底      | ABSOLUTE | 2021-09-30
        2020 | 持续推进         | ONGOING  |
        2020 | 适时完成         | VAGUE    |
        2020 | 适时推进         | VAGUE    |
        2022 | 6月底、9月底、12月底各开展一次“回头看”工作，做好督查和通报、整改工作。 | MULTIPLE | 2022-06-30;2022-09-30;2022-12-31
        2022 | 年底前完成汇总、公开、建档工作。 | ABSOLUTE | 2022-12-31
        2022 | 年底前至少组织1次业务培训，推动8项地方标准的应用水平。 | ABSOLUTE | 2022-12-31
        2022 | 年底前以村为单位通过村务公开栏公开 | ABSOLUTE | 2022-12-31
        2022 | 每月按时汇总报送 | RECURRING | 2022-01-31;2022-02-28;2022-03-31;2022-04-30;2022-05-31;2022-06-30;2022-07-31;2022-08-31;2022-09-30;2022-10-31;2022-11-30;2022-12-31
        """)
    void reads_every_fixture_phrase(int year, String text, DeadlineKind kind, String due) {
        Deadline d = Deadline.parse(text, DeadlineContext.ofYear(year));
        assertThat(d.kind()).as(d.toString()).isEqualTo(kind);
        assertThat(d.dueDates()).as(d.toString()).containsExactlyElementsOf(DeadlinePhrasesTest.dates(due));
        if (kind == DeadlineKind.ONGOING) {
            assertThat(d.until()).contains(LocalDate.of(year, 12, 31));
        }
    }

    @Test
    void reads_the_shangdang_two_clause_deadline_as_a_composite() {
        Deadline d = Deadline.parse("2022年度的市场监管信息10月底前补录完成，每年3月底前公布", DeadlineContext.ofYear(2022));
        assertThat(d.kind()).isEqualTo(DeadlineKind.COMPOSITE);
        assertThat(d.parts()).hasSize(2);
        Deadline first = d.parts().get(0);
        assertThat(first.kind()).isEqualTo(DeadlineKind.ABSOLUTE);
        assertThat(first.due()).containsExactly(LocalDate.of(2022, 10, 31));
        assertThat(first.action()).contains("补录完成");
        Deadline second = d.parts().get(1);
        assertThat(second.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(second.rrule()).contains("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1");
        assertThat(second.action()).contains("公布");
        assertThat(second.text()).isEqualTo("每年3月底前公布");
        assertThat(d.dueDates()).containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 10, 31));
    }

    @Test
    void reads_the_alxa_feedback_deadline_from_the_issue_date() {
        DeadlineContext alxa = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30));
        Deadline d = Deadline.parse("并于本要点印发后10日内反馈阿左旗政务公开领导小组办公室", alxa);
        assertThat(d.kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(d.anchor()).contains(Anchor.ISSUED);
        // 2022-07-10 is a Sunday: the period ends on the next working day
        assertThat(d.due()).containsExactly(LocalDate.of(2022, 7, 11));
        assertThat(d.action()).contains("反馈阿左旗政务公开领导小组办公室");
    }

    @Test
    void reads_the_ordos_task_list_with_its_30_day_ledger_and_quarterly_review() {
        DeadlineContext ordos = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 3, 1));
        Deadline d = Deadline.parse("1.在本工作要点印发后30日内，梳理形成本地工作台账，台账应当包括：具体任务、落实情况、"
                + "责任单位及完成时限；2.积极推进要点工作任务落实，按季度调度工作进展。", ordos);
        assertThat(d.kind()).isEqualTo(DeadlineKind.COMPOSITE);
        assertThat(d.parts()).extracting(Deadline::kind)
                .containsExactly(DeadlineKind.RELATIVE, DeadlineKind.RECURRING);
        // 2022-03-31 is a Thursday
        assertThat(d.parts().get(0).due()).containsExactly(LocalDate.of(2022, 3, 31));
        assertThat(d.dueDates()).containsExactlyElementsOf(List.of(LocalDate.of(2022, 3, 31),
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31)));
    }
}
