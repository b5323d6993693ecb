package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.testing.PlanView;

/**
 * A file that holds no work plan ends in a clear error (exit 3), and one whose content is another
 * format than its name says is read as what it is — never as a plan made up from its sentences.
 */
class NoInventedPlanTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");

    @TempDir
    Path dir;

    private CliRunner convert(Path in) {
        return CliRunner.run("convert", in.toString(), dir.resolve("out.json").toString());
    }

    @Test
    void a_letter_saved_as_txt_is_no_plan() throws IOException {
        Path letter = dir.resolve("通知.txt");
        Files.writeString(letter, "关于报送2022年工作总结的通知\n各旗区人民政府，市直各部门：\n"
                + "请于2022年12月20日前将本单位工作总结报送市政府办公室。\n联系人：张三，电话：0477-8888888。\n"
                + "鄂尔多斯市人民政府办公室\n2022年12月1日\n", StandardCharsets.UTF_8);

        CliRunner run = convert(letter);

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err).contains("通知.txt").contains("no work plan found");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"空.csv", "空.txt", "空.docx", "空.xlsx", "空.json"})
    void an_empty_file_is_no_plan(String name) throws IOException {
        Path empty = Files.createFile(dir.resolve(name));

        CliRunner run = convert(empty);

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err).startsWith("taizhang: " + name + ": ");
    }

    @Test
    void a_csv_of_blank_lines_and_commas_is_no_plan() throws IOException {
        Path blank = dir.resolve("空白.csv");
        Files.writeString(blank, "\uFEFF,,,\r\n,,,\r\n\r\n", StandardCharsets.UTF_8);

        CliRunner run = convert(blank);

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err).contains("空白.csv");
    }

    @Test
    void a_table_of_something_else_is_no_plan() throws IOException {
        Path prices = dir.resolve("价格.csv");
        Files.writeString(prices, "苹果,3.5,斤\n香蕉,2.8,斤\n鸡蛋,6.2,斤\n大米,2.9,斤\n", StandardCharsets.UTF_8);

        CliRunner run = convert(prices);

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err).contains("价格.csv").contains("no ledger table found");
    }

    @Test
    void a_csv_named_txt_is_read_as_the_csv_it_is() throws Exception {
        Path csv = FIXTURES.resolve("shangdang-2022-tasks.csv");
        Path txt = Files.copy(csv, dir.resolve("上党任务.txt"));

        WorkPlan asCsv = Ledgers.read(csv);
        WorkPlan asTxt = Ledgers.read(txt);

        assertThat(asTxt.taskCount()).isEqualTo(asCsv.taskCount()).isEqualTo(33);
        assertThat(PlanView.of(asTxt)).isEqualTo(PlanView.of(asCsv));
    }

    @Test
    void a_gbk_csv_named_txt_and_a_csv_without_extension_are_read_as_csv() throws Exception {
        Path csv = FIXTURES.resolve("ordos-2022-ledger.gbk.csv");
        WorkPlan expected = Ledgers.read(csv);

        for (String name : new String[] {"台账.txt", "台账"}) {
            WorkPlan plan = Ledgers.read(Files.copy(csv, dir.resolve(name)));
            assertThat(PlanView.of(plan)).as(name).isEqualTo(PlanView.of(expected));
        }
    }

    @Test
    void a_csv_saved_as_xlsx_is_read_as_csv_and_a_workbook_saved_as_csv_as_a_workbook() throws Exception {
        Path csv = FIXTURES.resolve("shangdang-2022-tasks.csv");
        Path xlsx = FIXTURES.resolve("shangdang-2022-tasks.xlsx");

        WorkPlan csvNamedXlsx = Ledgers.read(Files.copy(csv, dir.resolve("上党.xlsx")));
        WorkPlan xlsxNamedCsv = Ledgers.read(Files.copy(xlsx, dir.resolve("上党.csv")));

        assertThat(PlanView.of(csvNamedXlsx)).isEqualTo(PlanView.of(Ledgers.read(csv)));
        assertThat(PlanView.of(xlsxNamedCsv)).isEqualTo(PlanView.of(Ledgers.read(xlsx)));
    }

    @Test
    void outlined_work_points_in_a_txt_with_ascii_commas_stay_prose() throws Exception {
        Path txt = dir.resolve("要点.txt");
        Files.writeString(txt, "某县2022年政务公开工作要点\n一、深化重点领域信息公开\n"
                + "（一）做好财政预决算公开, 市财政局负责, 2022年9月底前完成。\n"
                + "（二）推进重大项目信息公开, 市发展改革委负责, 全年持续推进。\n"
                + "二、加强平台建设\n（一）优化政府网站, 市政府办公室负责, 2022年6月底前完成。\n", StandardCharsets.UTF_8);

        WorkPlan plan = Ledgers.read(txt);

        assertThat(plan.sections()).hasSize(2);
        assertThat(plan.taskCount()).isEqualTo(3);
    }

    @Test
    void readers_throw_ledger_exceptions_for_these_files_too() throws IOException {
        Path empty = Files.createFile(dir.resolve("空.csv"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ledgers.read(empty))
                .isInstanceOf(LedgerException.class).hasMessageStartingWith("空.csv: ");
    }
}
