package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.csv;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.calendar.WorkdayCalendar;
import org.taizhang.core.units.KnownUnit;
import org.taizhang.core.units.UnitDirectory;

/** The table layer reads with the calendar and unit directory the caller passes, not the defaults. */
class ReadOptionsUsedTest {

    private static GridDocument ledger() {
        Grid.Builder b = csv();
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 2, "1", "公开行政复议决定书", "区人社局牵头，区司法局配合", "印发后3个工作日内");
        return new GridDocument("区直台账.csv", List.of(), List.of(b.build()));
    }

    @Test
    void working_days_are_counted_with_the_callers_calendar() throws Exception {
        ReadOptions.Builder options = ReadOptions.builder().year(2022).issuedOn(LocalDate.of(2022, 9, 30));
        Task official = read(ledger(), options.build()).tasks().get(0);
        Task weekends = read(ledger(), options.calendar(WorkdayCalendar.weekendsOnly()).build()).tasks().get(0);
        // 国庆 2022: 10-01…10-07 off; with weekends only, the third working day is Wednesday 10-05
        assertThat(weekends.deadline().orElseThrow().dueDates()).containsExactly(LocalDate.of(2022, 10, 5));
        assertThat(official.deadline().orElseThrow().dueDates().get(0)).isAfter(LocalDate.of(2022, 10, 7));
    }

    @Test
    void units_take_the_canonical_names_of_the_callers_directory() throws Exception {
        UnitDirectory dir = UnitDirectory.of(List.of(new KnownUnit("区人力资源和社会保障局", List.of("区人社局"), "区")));
        WorkPlan plan = read(ledger(), ReadOptions.builder().units(dir).build());
        assertThat(plan.tasks().get(0).responsibility().orElseThrow().assignments())
                .extracting(a -> a.unit().fullName())
                .containsExactly("区人力资源和社会保障局", "区司法局");
        WorkPlan plain = read(ledger());
        assertThat(plain.tasks().get(0).responsibility().orElseThrow().assignments().get(0).unit().fullName())
                .isEqualTo("区人社局");
    }

    @Test
    void a_plan_records_its_table_columns_and_header_cells() throws Exception {
        WorkPlan plan = read(ledger());
        assertThat(plan.tables()).singleElement().satisfies(t -> {
            assertThat(t.columns()).containsExactly(Task.NUMBER, Task.CONTENT, Task.RESPONSIBILITY, Task.DEADLINE);
            assertThat(t.headerFound()).isTrue();
            assertThat(t.source().orElseThrow().row()).contains(1);
            assertThat(t.source().orElseThrow().cells()).containsEntry(Task.RESPONSIBILITY, "C1");
        });
    }

    @Test
    void the_year_written_in_the_deadlines_comes_before_the_year_of_an_issue_date_the_caller_gives() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 2, "1", "公开财政预算", "区财政局", "2022年9月底前");
        row(b, 3, "2", "公开决算", "区财政局", "2022年10月底前");
        row(b, 4, "3", "公开政府债务", "区财政局", "年底前");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())),
                ReadOptions.builder().issuedOn(LocalDate.of(2023, 1, 5)).build());
        assertThat(plan.year()).contains(2022);
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 1, 5));
        assertThat(plan.tasks().get(2).deadline().orElseThrow().dueDates()).containsExactly(LocalDate.of(2022, 12, 31));
    }
}
