package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Assignment;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Task;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.WorkPlan;

/**
 * A county's ledger in its own words (抓落实 for the 责任单位 column, 销号时限 for the deadline,
 * units that 主抓 a task, tasks done 择机推进) reads right with a vocabulary file, in every format
 * and in the line commands, and does not without it.
 */
class VocabularyFileTest {

    private static final String WORDS = String.join("\n",
            "# 某县的词表",
            "header\t抓落实\tresponsibility",
            "header\t销号时限\tdeadline",
            "",
            "role\t主抓\tLEAD",
            "vague\t择机推进",
            "");

    private static final String[][] ROWS = {
        {"序号", "工作任务", "抓落实", "销号时限"},
        {"1", "推进老旧小区改造提升", "县住建局主抓，县财政局、各镇人民政府配合", "2024年6月底前"},
        {"2", "开展营商环境第三方评估", "县发展改革局主抓", "择机推进"},
        {"3", "完善城乡供水一体化管网", "县水利局主抓；县自然资源局配合", "2024年10月31日前"},
    };

    @TempDir
    Path dir;

    private Vocabulary words() throws Exception {
        Path file = dir.resolve("某县词表.tsv");
        Files.writeString(file, WORDS, StandardCharsets.UTF_8);
        return Vocabulary.load(file);
    }

    @Test
    void local_words_take_effect_in_xlsx_csv_and_docx() throws Exception {
        ReadOptions options = ReadOptions.builder().vocabulary(words()).build();
        for (Path file : List.of(xlsx(), csv(), docx())) {
            List<Task> tasks = tasks(Ledgers.read(file, options));
            assertThat(tasks).as(file.toString()).hasSize(3);
            assertThat(roles(tasks.get(0))).as(file.toString())
                    .containsExactly("县住建局:LEAD", "县财政局:SUPPORT", "各镇人民政府:SUPPORT");
            assertThat(roles(tasks.get(1))).as(file.toString()).containsExactly("县发展改革局:LEAD");
            assertThat(roles(tasks.get(2))).as(file.toString())
                    .containsExactly("县水利局:LEAD", "县自然资源局:SUPPORT");
            assertThat(tasks.get(0).deadline().orElseThrow().due()).as(file.toString())
                    .containsExactly(java.time.LocalDate.of(2024, 6, 30));
            assertThat(tasks.get(1).deadline().orElseThrow().kind()).as(file.toString()).isEqualTo(DeadlineKind.VAGUE);
            assertThat(tasks.get(2).deadline().orElseThrow().due()).as(file.toString())
                    .containsExactly(java.time.LocalDate.of(2024, 10, 31));
        }
    }

    @Test
    void without_the_file_the_local_words_mean_nothing() throws Exception {
        for (Path file : List.of(xlsx(), csv(), docx())) {
            List<Task> tasks;
            try {
                tasks = tasks(Ledgers.read(file));
            } catch (LedgerException e) {
                continue; // no column a ledger needs: not read as one at all
            }
            for (Task t : tasks) {
                assertThat(t.assignments()).as(file.toString()).isEmpty();
                assertThat(t.deadline().map(d -> d.kind())).as(file.toString())
                        .isNotEqualTo(java.util.Optional.of(DeadlineKind.VAGUE));
            }
        }
    }

    @Test
    void the_convert_command_reads_with_the_vocabulary_file() throws Exception {
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, WORDS, StandardCharsets.UTF_8);
        Path out = dir.resolve("plan.json");
        CliRunner r = CliRunner.run("convert", "--vocabulary", words.toString(), xlsx().toString(), out.toString());
        assertThat(r.exit).as(r.err).isZero();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json).contains("县住建局").contains("LEAD").contains("VAGUE").contains("2024-06-30");
        Path plain = dir.resolve("plain.json");
        CliRunner without = CliRunner.run("convert", xlsx().toString(), plain.toString());
        if (without.exit == 0) {
            assertThat(Files.readString(plain, StandardCharsets.UTF_8)).doesNotContain("LEAD").doesNotContain("VAGUE");
        }
    }

    @Test
    void the_units_command_reads_role_words_from_the_file() throws Exception {
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, WORDS, StandardCharsets.UTF_8);
        CliRunner with = CliRunner.run("units", "--vocabulary", words.toString(), "县住建局主抓，县财政局配合");
        assertThat(with.exit).as(with.err).isZero();
        assertThat(with.out).contains("{\"unit\":\"县住建局\",\"role\":\"LEAD\",\"roleText\":\"主抓\"}");
        CliRunner without = CliRunner.run("units", "县住建局主抓，县财政局配合");
        assertThat(without.out).doesNotContain("LEAD");
    }

    @Test
    void the_deadline_command_reads_vague_words_from_the_file() throws Exception {
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, WORDS, StandardCharsets.UTF_8);
        CliRunner with = CliRunner.run("deadline", "--year", "2024", "--vocabulary", words.toString(), "择机推进");
        assertThat(with.exit).as(with.err).isZero();
        assertThat(with.out).contains("\"kind\":\"VAGUE\"");
        CliRunner without = CliRunner.run("deadline", "--year", "2024", "择机推进");
        assertThat(without.out).contains("\"kind\":\"UNPARSED\"");
    }

    @Test
    void a_malformed_line_is_an_error_naming_the_file_and_the_line() throws Exception {
        Path words = dir.resolve("坏词表.tsv");
        Files.writeString(words, "# 词表\nrole\t主抓\tLEAD\nrole\t挂帅\tCAPTAIN\n", StandardCharsets.UTF_8);
        for (String command : List.of("units", "deadline")) {
            CliRunner r = CliRunner.run(command, "--vocabulary", words.toString(), "县住建局主抓");
            assertThat(r.exit).isNotZero();
            assertThat(r.err).contains("坏词表.tsv").contains("line 3").contains("CAPTAIN");
        }
        CliRunner r = CliRunner.run("validate", "--vocabulary", words.toString(), csv().toString());
        assertThat(r.exit).isNotZero();
        assertThat(r.err).contains("坏词表.tsv").contains("line 3");
        assertThatThrownBy(() -> Vocabulary.load(words)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("line 3");
    }

    private static List<Task> tasks(WorkPlan plan) {
        return plan.allTasks().stream().map(OutlineEntry::item).collect(Collectors.toList());
    }

    private static List<String> roles(Task t) {
        return t.assignments().stream().map((Assignment a) -> a.unit().name() + ":" + a.role())
                .collect(Collectors.toList());
    }

    private Path xlsx() throws Exception {
        Path file = dir.resolve("某县重点任务台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("任务台账");
            for (int r = 0; r < ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ROWS[r].length; c++) {
                    row.createCell(c).setCellValue(ROWS[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path csv() throws Exception {
        Path file = dir.resolve("某县重点任务台账.csv");
        StringBuilder sb = new StringBuilder();
        for (String[] row : ROWS) {
            sb.append(java.util.Arrays.stream(row).map(c -> "\"" + c + "\"").collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private Path docx() throws Exception {
        Path file = dir.resolve("某县重点任务台账.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("某县2024年重点任务台账");
            XWPFTable table = doc.createTable(ROWS.length, ROWS[0].length);
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) {
                    table.getRow(r).getCell(c).setText(ROWS[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }
}
