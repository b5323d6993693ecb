package org.taizhang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.json.LedgerJson;

class BuildAndWritePlanTest {

    @Test
    void writes_a_json_file_that_reads_back_to_the_plan_built(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("plan.json");
        BuildAndWritePlan.main(new String[] {out.toString()});

        WorkPlan plan = Ledgers.read(out);
        assertThat(plan).isEqualTo(BuildAndWritePlan.buildPlan());
        assertThat(plan.year()).hasValue(2022);
        assertThat(plan.allSections()).extracting(e -> e.id() + " " + e.item().heading())
                .containsExactly("1 一、提高政策公开质量，提升政务服务效能", "1.1 （一）继续做好规章和规范性文件的集中公开");
        Task first = plan.allTasks().get(0).item();
        assertThat(first.deadline().get().dueDates()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(first.responsibility().get().assignments()).extracting(a -> a.unit().name())
                .containsExactly("市司法局", "各旗区", "市政府各部门");
        Task second = plan.allTasks().get(1).item();
        assertThat(second.deadline().get().kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(second.deadline().get().offset().get().unit()).isEqualTo(PeriodUnit.WORKDAYS);
        assertThat(second.responsibility().get().assignments().get(1).role()).isEqualTo(Role.SUPPORT);
    }

    @Test
    void prints_the_json_to_standard_output_without_an_argument() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            BuildAndWritePlan.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String json = buffer.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\": \"taizhang/1\",").endsWith("}\n");
        assertThat(LedgerJson.read(json).taskCount()).isEqualTo(2);
    }
}
