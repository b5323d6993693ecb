package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Ledgers;

class ConvertFolderTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");

    @TempDir
    Path dir;

    @Test
    void converts_every_ledger_of_a_folder_and_a_broken_one_does_not_stop_the_others() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("二季度"));
        Files.copy(FIXTURES.resolve("shangdang-2022-tasks.xlsx"), in.resolve("shangdang.xlsx"));
        Files.copy(FIXTURES.resolve("ordos-2022-ledger.docx"), in.resolve("二季度/ordos.docx"));
        Files.write(in.resolve("broken.xlsx"), "PK\u0003\u0004 no workbook".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");

        CliRunner r = CliRunner.run("convert", in.toString(), out.toString(), "--to", "json");
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.err).contains("broken.xlsx");
        assertThat(r.out).isEqualTo("已转换 2 个文件，失败 1 个（共 3 个，输出到 " + out + "）\n");
        assertThat(Ledgers.read(out.resolve("shangdang.json")).taskCount()).isEqualTo(33);
        assertThat(Ledgers.read(out.resolve("二季度/ordos.json")).taskCount()).isEqualTo(61);
        assertThat(Files.exists(out.resolve("broken.json"))).isFalse();
    }

    @Test
    void a_folder_of_good_ledgers_exits_0_and_the_output_inside_the_input_is_not_read_again() throws IOException {
        Files.copy(FIXTURES.resolve("shangdang-2022-tasks.csv"), dir.resolve("a.csv"));
        Path out = dir.resolve("json");
        CliRunner first = CliRunner.run("convert", dir.toString(), out.toString(), "--to", "json");
        assertThat(first.exit).as(first.err).isZero();
        CliRunner again = CliRunner.run("convert", dir.toString(), out.toString(), "--to", "json");
        assertThat(again.out).startsWith("已转换 1 个文件，失败 0 个（共 1 个");
    }

    @Test
    void a_folder_needs_a_format() throws IOException {
        Files.copy(FIXTURES.resolve("shangdang-2022-tasks.csv"), dir.resolve("a.csv"));
        CliRunner r = CliRunner.run("convert", dir.toString(), dir.resolve("out").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--to FORMAT");
    }
}
