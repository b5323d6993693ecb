package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.table.TestLedgers.doc;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.sheet;
import static org.taizhang.core.table.TestLedgers.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * A large ledger names the same bodies and deadlines in many rows: the reader keeps equal values
 * once, and every task still has the values its own cells give, with its own cell addresses.
 */
class SharedValuesTest {

    private static WorkPlan ledger() throws Exception {
        Grid.Builder b = sheet("任务台账");
        row(b, 3, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 4, "1", "推进政务公开专栏建设", "市司法局牵头，市财政局配合", "2022年12月底前");
        row(b, 5, "2", "做好惠企政策精准推送", "市财政局", "2022年12月底前");
        row(b, 6, "3", "规范政策性文件清理", "市司法局牵头，市财政局配合", "每季度末");
        row(b, 7, "4", "公开重大建设项目信息", "市财政局牵头，市司法局配合", "2022年9月30日前");
        row(b, 8, "5", "推进行政执法信息公示", "市财政局", "2022年12月底前");
        return read(doc(b.build()));
    }

    @Test
    void equalValuesAreKeptOnce() throws Exception {
        List<Task> tasks = tasks(ledger());
        assertThat(tasks).hasSize(5);
        Task first = tasks.get(0);
        Task second = tasks.get(1);
        Task third = tasks.get(2);
        Task fourth = tasks.get(3);
        // the same body in four rows and two roles: one unit
        assertThat(second.assignments().get(0).unit()).isSameAs(first.assignments().get(1).unit());
        assertThat(fourth.assignments().get(0).unit()).isSameAs(second.assignments().get(0).unit());
        assertThat(fourth.assignments().get(1).unit()).isSameAs(first.assignments().get(0).unit());
        // the same cell text, read alike: one responsibility; the same phrase: one deadline
        assertThat(third.responsibility().get()).isSameAs(first.responsibility().get());
        assertThat(tasks.get(4).responsibility().get()).isSameAs(second.responsibility().get());
        assertThat(second.deadline().get()).isSameAs(first.deadline().get());
        assertThat(tasks.get(4).deadline().get()).isSameAs(first.deadline().get());
    }

    @Test
    void everyTaskKeepsItsOwnValuesAndCells() throws Exception {
        List<Task> tasks = tasks(ledger());
        assertThat(tasks.get(3).assignments()).extracting(a -> a.unit().name() + ":" + a.role() + ":"
                + a.roleText().orElse("")).containsExactly("市财政局:LEAD:牵头", "市司法局:SUPPORT:配合");
        assertThat(tasks.get(1).assignments()).extracting(a -> a.unit().name() + ":" + a.role())
                .containsExactly("市财政局:" + Role.RESPONSIBLE);
        assertThat(tasks.get(0).deadline().get().due()).containsExactly(LocalDate.of(2022, 12, 31));
        assertThat(tasks.get(3).deadline().get().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(tasks.get(2).deadline().get().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(tasks.get(4).source().get().cells()).isEqualTo(Map.of(Task.NUMBER, "任务台账!A8",
                Task.CONTENT, "任务台账!B8", Task.RESPONSIBILITY, "任务台账!C8", Task.DEADLINE, "任务台账!D8"));
        assertThat(tasks.get(4).source().get().row()).contains(8);
        assertThat(tasks.get(4).source().get().cells().keySet())
                .containsExactly(Task.NUMBER, Task.CONTENT, Task.DEADLINE, Task.RESPONSIBILITY);
    }
}
