package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** The sample ledger under docs/samples, which the CLI and the docs use, stays readable and canonical. */
class SampleLedgerTest {
    private static final Path SAMPLE = Path.of("../docs/samples/sample-ledger.json");

    @Test
    void the_sample_ledger_reads_into_two_parts_three_points_and_six_tasks() throws Exception {
        WorkPlan plan = Ledgers.read(SAMPLE);
        assertThat(plan.title()).hasValue("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(plan.sections()).extracting(s -> s.heading())
                .containsExactly("一、提高政策公开质量，提升政务服务效能", "二、强化重点领域公开，促进社会和谐稳定");
        assertThat(plan.allSections()).hasSize(5);
        assertThat(plan.allTasks()).extracting(e -> e.id())
                .containsExactly("1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.2");
    }

    @Test
    void the_sample_ledger_keeps_units_roles_and_due_dates() throws Exception {
        WorkPlan plan = Ledgers.read(SAMPLE);
        Task second = plan.allTasks().get(1).item();
        assertThat(second.responsibility().get().assignments())
                .extracting(a -> a.unit().name() + "/" + a.role())
                .containsExactly("市司法局/" + Role.LEAD, "各旗区/" + Role.RESPONSIBLE, "市政府各部门/" + Role.RESPONSIBLE);
        assertThat(second.deadline().get().dueDates()).containsExactly(LocalDate.of(2022, 9, 30));
        Task third = plan.allTasks().get(2).item();
        assertThat(third.responsibility().get().assignments().get(0).unit().qualifier()).hasValue("旗区级以上");
        Task last = plan.allTasks().get(5).item();
        assertThat(last.inferred()).containsExactlyInAnyOrder("progress", "responsibility", "deadline");
        assertThat(last.deadline().get().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(last.source().get().cells()).containsEntry("responsibility", "D17");
    }

    @Test
    void the_sample_ledger_is_canonical_and_valid() throws Exception {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(LedgerJson.write(LedgerJson.read(text))).isEqualTo(text);
        assertThat(SchemaCheck.errors(text)).isEmpty();
    }
}
