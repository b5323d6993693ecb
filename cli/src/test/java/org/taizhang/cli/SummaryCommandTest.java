package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taizhang summary}: options, formats, output file, errors. */
class SummaryCommandTest {
    static final String SAMPLE = "../testdata/fixtures/sample-progress-2022.xlsx";

    @Test
    void text_is_chinese_for_officials_and_names_every_overdue_task() {
        CliRunner r = CliRunner.run("summary", SAMPLE, "--as-of", "2022-08-01");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).startsWith("某市2022年政务公开重点任务推进台账（sample-progress-2022）\n截至2022年8月1日的工作进展")
                .contains("任务21项，已完成8项，推进中4项，未启动9项；完成率38%；逾期9项，14天内到期0项")
                .contains("逾期任务（9项）")
                .contains("[红] 一、第一部分重点工作")
                .contains("牵头单位（")
                .contains("应于2022年7月31日前完成，未启动；市市场监管局、市政务服务局；任务台账!C4")
                .doesNotContain("NOT_STARTED").doesNotContain("LEAD").doesNotContain("RED");
    }

    @Test
    void json_and_html_go_to_a_file_with_o() throws Exception {
        Path dir = Files.createTempDirectory("summary");
        Path json = dir.resolve("s.json");
        CliRunner r = CliRunner.run("summary", SAMPLE, "--as-of", "2022-08-01", "--format", "json", "-o", json.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(json)).startsWith("{\n  \"asOf\": \"2022-08-01\"").contains("\"overdue\": 9");
        Path html = dir.resolve("s.html");
        r = CliRunner.run("summary", SAMPLE, "--as-of", "2022-08-01", "--format", "html", "--output", html.toString());
        assertThat(r.exit).as(r.err).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
                .doesNotContain("http://", "https://").contains("<svg id=\"month-chart\"");
    }

    @Test
    void a_bad_date_or_format_is_a_usage_error_and_a_missing_file_is_unreadable(@TempDir Path dir) {
        assertThat(CliRunner.run("summary", SAMPLE, "--as-of", "2022-13-01").exit).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("summary", SAMPLE, "--format", "pdf").exit).isEqualTo(ExitCodes.USAGE);
        CliRunner missing = CliRunner.run("summary", dir.resolve("无此文件.xlsx").toString());
        assertThat(missing.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(missing.err).contains("无此文件.xlsx");
    }

    @Test
    void demo_ends_with_the_summary_of_the_packed_sample() {
        CliRunner r = CliRunner.run("demo");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("的工作进展", "总体情况", "任务61项", "分部分进展", "责任单位", "按月到期（2022年）", "逾期任务（");
    }
}
