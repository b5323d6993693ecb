package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void demo_reads_the_packed_ordos_ledger_and_reports_its_outline() {
        CliRunner r = CliRunner.run("demo");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).startsWith("鄂尔多斯市2022年政务公开工作要点任务台账")
                .contains("plan year: 2022")
                .containsPattern("parts: +5\\R")
                .containsPattern("points: +23\\R")
                .containsPattern("tasks: +61\\R")
                .contains("一、提高政策公开质量，提升政务服务效能  (11 tasks)")
                .containsPattern("LEAD +\\d+ assignments")
                .containsPattern("ONGOING: +\\d+")
                .containsPattern("ABSOLUTE: +\\d+")
                .contains("Unparsed deadline phrases")
                .contains("Validation (taizhang validate):\n")
                .contains("任务台账!B40  错误  task.no-content  3.3.3 没有具体任务")
                .contains("ordos-2022-ledger.xlsx  合计 62 条：错误 1，警告 1，提示 60\n")
                // then where the work stands today: every 2022 deadline has passed
                .containsPattern("截至\\d{4}年\\d{1,2}月\\d{1,2}日的工作进展")
                .containsPattern("逾期任务（\\d+项）");
    }
}
