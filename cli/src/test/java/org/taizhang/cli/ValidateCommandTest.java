package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void a_ledger_with_errors_exits_1_and_prints_one_line_per_finding_then_its_total() {
        CliRunner r = CliRunner.run("validate", fixture("ordos-2022-ledger.xlsx"));
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.out).contains("任务台账!B40  错误  task.no-content  3.3.3 没有具体任务\n")
                .contains("任务台账!row 40  警告  row.odd  3.3.3 这一行只有完成时限")
                .contains("任务台账!D38  提示  value.inferred  3.3.2 责任单位取自上方合并或空白单元格 任务台账!D38")
                .contains("状态根据落实情况文字推断")
                .endsWith(fixture("ordos-2022-ledger.xlsx") + "  合计 62 条：错误 1，警告 1，提示 60\n");
        assertThat(r.err).isEmpty();
    }

    @Test
    void a_ledger_without_errors_exits_0_and_rules_can_be_switched_off() {
        CliRunner r = CliRunner.run("validate", fixture("shangdang-2022-tasks.xlsx"));
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("任务台账!row 3  警告  column.missing  表格缺少“落实情况”列");
        CliRunner off = CliRunner.run("validate", "--disable", "column.missing,role.many-leads",
                fixture("shangdang-2022-tasks.xlsx"));
        assertThat(off.out).isEqualTo(fixture("shangdang-2022-tasks.xlsx") + "  合计 0 条：错误 0，警告 0，提示 0\n");
    }

    @Test
    void json_lines_give_one_object_per_file_with_ids_as_in_the_canonical_json() {
        CliRunner r = CliRunner.run("validate", "--format", "json", "--disable", "value.inferred",
                fixture("ordos-2022-ledger.xlsx"), fixture("shangdang-2022-tasks.csv"));
        assertThat(r.exit).isEqualTo(1);
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode ordos = JSON.readTree(lines.get(0));
        assertThat(ordos.get("file").asString()).isEqualTo(fixture("ordos-2022-ledger.xlsx"));
        assertThat(ordos.get("error").isNull()).isTrue();
        JsonNode noContent = null;
        for (JsonNode f : ordos.get("findings")) {
            assertThat(f.get("code").asString()).isNotEqualTo("value.inferred");
            if (f.get("code").asString().equals("task.no-content")) {
                noContent = f;
            }
        }
        assertThat(noContent).isNotNull();
        assertThat(noContent.get("severity").asString()).isEqualTo("ERROR");
        assertThat(noContent.get("id").asString()).isEqualTo("3.3.3");
        assertThat(noContent.get("place").asString()).isEqualTo("任务台账!B40");
        assertThat(noContent.get("message").asString()).isEqualTo("没有具体任务");
        assertThat(noContent.get("hint").isNull()).isTrue();
        JsonNode csv = JSON.readTree(lines.get(1));
        assertThat(csv.get("findings").get(0).get("code").asString()).isEqualTo("column.missing");
        assertThat(csv.get("findings").get(0).get("id").isNull()).isTrue();
        assertThat(csv.get("findings").get(0).get("place").asString()).isEqualTo("row 1");
    }

    @Test
    void a_folder_is_searched_recursively_and_a_broken_file_among_good_ones_exits_3() throws IOException {
        Files.copy(FIXTURES.resolve("shangdang-2022-tasks.xlsx"), dir.resolve("a-shangdang.xlsx"));
        Files.createDirectories(dir.resolve("二季度"));
        Files.copy(FIXTURES.resolve("wuhai-basic-level-tasks.docx"), dir.resolve("二季度/wuhai.docx"));
        Files.write(dir.resolve("b-broken.xlsx"), "PK\u0003\u0004 this is no workbook".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c-minutes.txt"), "会议纪要\n大家发言。\n会议结束。\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("readme.md"), "not a ledger", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("~$a-shangdang.xlsx"), "lock", StandardCharsets.UTF_8);

        CliRunner r = CliRunner.run("validate", "--format", "json", dir.toString());
        assertThat(r.exit).as(r.err).isEqualTo(3);
        List<JsonNode> lines = r.out.lines().map(JSON::readTree).toList();
        assertThat(lines).extracting(n -> Path.of(n.get("file").asString()).getFileName().toString())
                .containsExactly("a-shangdang.xlsx", "b-broken.xlsx", "c-minutes.txt", "wuhai.docx");
        assertThat(lines.get(0).get("error").isNull()).isTrue();
        assertThat(lines.get(0).get("findings").size()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asString()).contains("b-broken.xlsx");
        assertThat(lines.get(1).get("findings").size()).isZero();
        assertThat(lines.get(2).get("error").asString()).contains("c-minutes.txt").contains("no work plan");
        assertThat(lines.get(3).get("error").isNull()).isTrue();
        assertThat(lines.get(3).get("findings").size()).isGreaterThan(0);

        CliRunner text = CliRunner.run("validate", dir.toString());
        assertThat(text.exit).isEqualTo(3);
        assertThat(text.out).contains("b-broken.xlsx  无法读取：").contains("wuhai.docx  合计 ");
        assertThat(text.err).isEmpty(); // no progress bar when standard error is no terminal
    }

    @Test
    void the_year_as_of_date_and_unit_directory_of_the_caller_are_used() throws IOException {
        Path csv = dir.resolve("县直台账.csv");
        Files.writeString(csv, "序号,具体任务,责任单位,完成时限,落实情况\n"
                + "1,公开权责清单,县财政局,9月底前,\n2,公开办事指南,县人设局,全年,\n", StandardCharsets.UTF_8);
        CliRunner none = CliRunner.run("validate", csv.toString());
        assertThat(none.exit).isZero();
        assertThat(none.out).contains("警告  plan.no-year  没有计划年度");

        Path units = dir.resolve("units.csv");
        Files.writeString(units, "name,aliases,level\n县财政局,,县\n县人力资源和社会保障局,县人社局,县\n", StandardCharsets.UTF_8);
        CliRunner given = CliRunner.run("validate", "--year", "2024", "--as-of", "2024-10-01", "--units", units.toString(),
                csv.toString());
        assertThat(given.exit).as(given.err).isZero();
        assertThat(given.out).doesNotContain("plan.no-year")
                .contains("D2  警告  task.overdue  1 已逾期：到期日 2024-09-30，截至 2024-10-01 未完成")
                .contains("C3  警告  unit.unknown  2 单位“县人设局”不在单位名录中（最接近的单位：县人力资源和社会保障局）");
    }

    @Test
    void nothing_to_validate_is_an_error() {
        CliRunner r = CliRunner.run("validate", dir.toString());
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.err).contains("no ledger found");
        assertThat(CliRunner.run("validate").exit).isEqualTo(2);
    }
}
