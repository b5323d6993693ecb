package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.doc;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.sheet;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** A 推进台账: status from a 状态 column or from the 落实情况 text, and the day of completion. */
class ProgressColumnsTest {

    @Test
    void without_a_status_column_the_progress_text_gives_the_status_and_it_is_marked_inferred() throws Exception {
        Grid.Builder b = sheet("推进台账");
        row(b, 1, "某县2023年政务公开重点工作推进台账");
        row(b, 2, "序号", "具体任务", "责任单位", "完成时限", "落实情况");
        row(b, 3, "1", "公开财政预决算", "县财政局", "2023年9月底前", "已于2023年8月15日完成");
        row(b, 4, "2", "更新政策文件库", "县政府办", "2023年10月底前", "按计划推进中");
        row(b, 5, "3", "开展政府开放日活动", "县教体局", "2023年11月底前", "因疫情影响，暂未开展。");
        row(b, 6, "4", "梳理公开事项清单", "县司法局", "2023年6月底前", "尚未完成");
        row(b, 7, "5", "规范依申请公开答复", "县司法局", "2023年12月底前", "年底前完成答复文书修订。");
        row(b, 8, "6", "公开重点项目信息", "县发改局", "2023年5月底前", "完成（4月28日）");
        WorkPlan plan = read(doc(b.build()));
        List<Task> tasks = tasks(plan);
        assertThat(tasks).extracting(Task::status).containsExactly(Status.DONE, Status.IN_PROGRESS,
                Status.NOT_STARTED, Status.IN_PROGRESS, Status.UNKNOWN, Status.DONE);
        assertThat(tasks.get(0).completedOn()).contains(LocalDate.of(2023, 8, 15));
        assertThat(tasks.get(0).inferred()).contains(Task.STATUS, Task.COMPLETED_ON);
        assertThat(tasks.get(5).completedOn()).contains(LocalDate.of(2023, 4, 28));
        assertThat(tasks.get(1).completedOn()).isEmpty();
        assertThat(tasks.get(4).inferred()).doesNotContain(Task.STATUS);
    }

    @Test
    void a_status_column_wins_and_the_progress_text_still_gives_the_day() throws Exception {
        Grid.Builder b = sheet("Sheet1");
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限", "落实情况", "状态");
        row(b, 2, "1", "公开环境质量信息", "市住建局牵头，市生态环境局配合", "2022年10月底前", "完成（9月18日）", "已完成");
        row(b, 3, "2", "公开统计数据", "市应急局", "2022年3月底前", "已开展调研33次", "推进中");
        row(b, 4, "3", "公开惠企政策", "市生态环境局", "2022年7月底前", "已完成", "未启动");
        WorkPlan plan = read(doc(b.build()));
        List<Task> tasks = tasks(plan);
        assertThat(tasks).extracting(Task::status).containsExactly(Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED);
        assertThat(tasks.get(0).completedOn()).contains(LocalDate.of(2022, 9, 18));
        assertThat(tasks.get(0).inferred()).containsExactly(Task.COMPLETED_ON);
        assertThat(tasks.get(2).completedOn()).isEmpty();
        assertThat(tasks.get(2).inferred()).isEmpty();
    }

    @Test
    void a_completion_column_beside_the_deadline_gives_the_day_and_alone_stays_the_deadline() throws Exception {
        Grid.Builder b = sheet("Sheet1");
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限", "完成时间", "状态");
        row(b, 2, "1", "公开财政预决算", "区财政局", "2022年9月底前", "2022-08-15", "已办结");
        row(b, 3, "2", "公开统计数据", "区统计局", "2022年6月底前", "待定", "推进中");
        List<Task> tasks = tasks(read(doc(b.build())));
        assertThat(tasks.get(0).completedOn()).contains(LocalDate.of(2022, 8, 15));
        assertThat(tasks.get(0).deadline().map(Deadline::text)).contains("2022年9月底前");
        assertThat(tasks.get(0).source().get().cells()).containsEntry(Task.COMPLETED_ON, "Sheet1!E2");
        assertThat(tasks.get(1).completedOn()).isEmpty();
        assertThat(tasks.get(1).extra()).containsEntry("完成时间", "待定");

        Grid.Builder alone = sheet("Sheet1");
        row(alone, 1, "序号", "具体任务", "责任单位", "完成时间");
        row(alone, 2, "1", "公开财政预决算", "区财政局", "2022年9月底前");
        Task t = tasks(read(doc(alone.build()))).get(0);
        assertThat(t.deadline().flatMap(d -> d.dueDates().stream().findFirst())).contains(LocalDate.of(2022, 9, 30));
        assertThat(t.completedOn()).isEmpty();
    }
}
