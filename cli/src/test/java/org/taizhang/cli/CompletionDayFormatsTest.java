package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Ledgers;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.json.LedgerJson;

/** Status and day of completion survive every writer that writes them: xlsx, csv and json. */
class CompletionDayFormatsTest {
    private static final DeadlineContext Y2022 = DeadlineContext.ofYear(2022);

    static WorkPlan plan() {
        Task done = Task.builder().number("1").content("公开财政预决算").responsibility(Responsibility.ofText("市财政局"))
                .deadline(Deadline.parse("2022年9月底前", Y2022)).progress("已按要求公开").status(Status.DONE)
                .completedOn(LocalDate.of(2022, 8, 15)).build();
        Task open = Task.builder().number("2").content("公开统计数据").responsibility(Responsibility.ofText("市统计局"))
                .deadline(Deadline.parse("2022年10月底前", Y2022)).status(Status.IN_PROGRESS).build();
        return WorkPlan.builder().title("某市2022年政务公开工作台账").year(2022)
                .addSections(Section.builder().number("一").numbering(org.taizhang.core.Numbering.CN_COMMA)
                        .title("政策公开").addTasks(done, open).build()).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "csv", "json"})
    void the_completion_day_and_status_read_back(String format, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("台账." + format);
        Ledgers.write(plan(), file);
        WorkPlan back = Ledgers.read(file);
        List<Task> tasks = back.allTasks().stream().map(OutlineEntry::item).toList();
        assertThat(tasks).extracting(Task::status).containsExactly(Status.DONE, Status.IN_PROGRESS);
        assertThat(tasks.get(0).completedOn()).contains(LocalDate.of(2022, 8, 15));
        assertThat(tasks.get(1).completedOn()).isEmpty();
        assertThat(tasks.get(0).deadline().get().dueDates()).containsExactly(LocalDate.of(2022, 9, 30));
        if (format.equals("csv")) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("实际完成时间").contains("2022-08-15");
        }
        if (format.equals("json")) {
            assertThat(LedgerJson.write(back)).contains("\"completedOn\": \"2022-08-15\"");
        }
    }
}
