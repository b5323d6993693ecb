package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void help_lists_only_working_commands() {
        CliRunner r = CliRunner.run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("convert", "validate", "summary", "deadline", "units", "demo");
    }

    @Test
    void version_names_the_tool() {
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("taizhang ");
    }

    @Test
    void unknown_option_is_a_usage_error() {
        CliRunner r = CliRunner.run("convert", "a.xlsx", "b.json", "--bogus");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("Unknown option: '--bogus'");
    }

    @Test
    void missing_input_is_unreadable_and_names_the_file() {
        CliRunner r = CliRunner.run("convert", dir.resolve("无此文件.xlsx").toString(), dir.resolve("o.json").toString());
        assertThat(r.exit).isEqualTo(3);
        assertThat(r.err).isEqualTo("taizhang: 无此文件.xlsx: file not found" + System.lineSeparator());
    }

    @Test
    void max_rows_limits_the_rows_read_and_names_the_limit() throws Exception {
        // the Ordos workbook has 69 rows
        CliRunner small = CliRunner.run("convert", "--max-rows", "50", "../testdata/fixtures/ordos-2022-ledger.xlsx",
                dir.resolve("o.json").toString());
        assertThat(small.exit).isEqualTo(3);
        assertThat(small.err).startsWith("taizhang: ordos-2022-ledger.xlsx: 任务台账!row 51: ")
                .contains("more than 50 rows (ReadLimits.maxRows)")
                .contains("taizhang: 文件超出默认读取上限（防止异常文件占满内存）；如确为大台账，可加 --max-rows N 放宽上限后重试");
        CliRunner enough = CliRunner.run("convert", "--max-rows", "69", "../testdata/fixtures/ordos-2022-ledger.xlsx",
                dir.resolve("o.json").toString());
        assertThat(enough.exit).as(enough.err).isZero();
        assertThat(org.taizhang.json.LedgerJson.read(Files.readString(dir.resolve("o.json"))).taskCount()).isEqualTo(61);
    }

    @Test
    void a_command_without_max_rows_says_the_limit_stands() {
        picocli.CommandLine bare = new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create());
        assertThat(ErrorHandler.limitHint(bare))
                .isEqualTo("文件超出默认读取上限（防止异常文件占满内存），此命令不能放宽上限");
    }

    @Test
    void unknown_format_is_a_usage_error() throws Exception {
        Path png = Files.write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        CliRunner r = CliRunner.run("convert", png.toString(), dir.resolve("o.json").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).startsWith("taizhang: picture.png: unsupported format: found binary content");
    }

    @Test
    void converts_json_to_json_unchanged() throws Exception {
        Path in = Path.of("../docs/samples/sample-ledger.json");
        Path out = dir.resolve("copy.json");
        CliRunner r = CliRunner.run("convert", in.toString(), out.toString());
        assertThat(r.exit).as(r.err).isZero();
        // the same document, written compact (docs/json.md): one line without the indentation
        String pretty = Files.readString(in, StandardCharsets.UTF_8);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(org.taizhang.json.LedgerJson.read(written)).isEqualTo(org.taizhang.json.LedgerJson.read(pretty));
        assertThat(org.taizhang.json.LedgerJson.write(org.taizhang.json.LedgerJson.read(written))).isEqualTo(pretty);
        assertThat(written.indexOf('\n')).isEqualTo(written.length() - 1);
    }

    @Test
    void convert_to_an_unknown_extension_names_what_can_be_written() {
        CliRunner r = CliRunner.run("convert", "../docs/samples/sample-ledger.json", dir.resolve("x.pdf").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("x.pdf: cannot tell the format to write from the file name (can write: ")
                .contains("json");
    }

    @Test
    void converts_a_ledger_to_a_gbk_csv_on_request() throws Exception {
        Path out = dir.resolve("台账.csv");
        CliRunner r = CliRunner.run("convert", "--charset", "GBK", "../testdata/fixtures/shangdang-2022-tasks.xlsx",
                out.toString());
        assertThat(r.exit).as(r.err).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).as("no UTF-8 byte-order mark").isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, java.nio.charset.Charset.forName("GBK"));
        assertThat(text).contains("序号").contains("政策发布");
        CliRunner back = CliRunner.run("convert", out.toString(), dir.resolve("back.json").toString());
        assertThat(back.exit).as(back.err).isZero();
        assertThat(Files.readString(dir.resolve("back.json"))).contains("\"name\":\"政策发布\"");
    }

    @Test
    void an_unknown_charset_is_a_usage_error() {
        CliRunner r = CliRunner.run("convert", "--charset", "NO-SUCH", "a.xlsx", dir.resolve("o.csv").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--charset");
    }
}
