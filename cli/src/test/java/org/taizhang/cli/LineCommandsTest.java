package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LineCommandsTest {

    private static String runWithStdin(Object command, String stdin, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute(args);
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void deadline_answers_one_json_line_per_argument() {
        CliRunner r = CliRunner.run("deadline", "--year", "2022", "2022年9月底前", "全年持续推进");
        assertThat(r.exit).isZero();
        assertThat(r.out.split("\\R")).containsExactly(
                "{\"text\":\"2022年9月底前\",\"kind\":\"ABSOLUTE\",\"due\":[\"2022-09-30\"]}",
                "{\"text\":\"全年持续推进\",\"kind\":\"ONGOING\",\"until\":\"2022-12-31\"}");
    }

    @Test
    void deadline_counts_from_the_issue_date() {
        CliRunner r = CliRunner.run("deadline", "--issued", "2022-06-30", "印发后10日内");
        assertThat(r.out.trim()).isEqualTo("{\"text\":\"印发后10日内\",\"kind\":\"RELATIVE\",\"due\":[\"2022-07-11\"],"
                + "\"anchor\":\"ISSUED\",\"offset\":{\"amount\":10,\"unit\":\"DAYS\"}}");
    }

    @Test
    void deadline_reads_standard_input_line_by_line_in_order() {
        DeadlineCommand command = new DeadlineCommand();
        command.stdin = new ByteArrayInputStream("\uFEFF10月底前\n\n适时完成\n".getBytes(StandardCharsets.UTF_8));
        String out = runWithStdin(command, null, "--year", "2022");
        String[] lines = out.split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("{\"text\":\"10月底前\",\"kind\":\"ABSOLUTE\",\"due\":[\"2022-10-31\"]}");
        assertThat(lines[1]).isEqualTo("{\"text\":\"\",\"kind\":\"UNPARSED\"}");
        assertThat(lines[2]).isEqualTo("{\"text\":\"适时完成\",\"kind\":\"VAGUE\",\"action\":\"完成\"}");
    }

    @Test
    void units_reads_roles_from_the_text() {
        CliRunner r = CliRunner.run("units", "市司法局牵头，各旗区、市政府各部门负责落实");
        assertThat(r.out.trim()).isEqualTo("{\"text\":\"市司法局牵头，各旗区、市政府各部门负责落实\",\"assignments\":["
                + "{\"unit\":\"市司法局\",\"role\":\"LEAD\",\"roleText\":\"牵头\"},"
                + "{\"unit\":\"各旗区\",\"role\":\"RESPONSIBLE\",\"roleText\":\"负责落实\",\"collective\":true},"
                + "{\"unit\":\"市政府各部门\",\"role\":\"RESPONSIBLE\",\"roleText\":\"负责落实\",\"collective\":true}]}");
    }

    @Test
    void units_takes_the_default_role_from_the_column() {
        UnitsCommand command = new UnitsCommand();
        command.stdin = new ByteArrayInputStream("市委宣传部 市政府办公室\n区政府办区财政局\n".getBytes(StandardCharsets.UTF_8));
        String[] lines = runWithStdin(command, null, "--column", "主管责任单位").split("\\R");
        assertThat(lines).containsExactly(
                "{\"text\":\"市委宣传部 市政府办公室\",\"assignments\":[{\"unit\":\"市委宣传部\",\"role\":\"COMPETENT\"},"
                        + "{\"unit\":\"市政府办公室\",\"role\":\"COMPETENT\"}]}",
                "{\"text\":\"区政府办区财政局\",\"assignments\":[{\"unit\":\"区政府办\",\"role\":\"COMPETENT\"},"
                        + "{\"unit\":\"区财政局\",\"role\":\"COMPETENT\"}]}");
    }
}
