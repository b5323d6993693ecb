package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in a JVM of its own started under {@code LANG=C LC_ALL=C}, where Java reads file
 * names and arguments as ASCII: Chinese file names, Chinese arguments and Chinese output still work.
 */
@EnabledOnOs(OS.LINUX)
class AnyLocaleTest {
    @TempDir
    Path dir;

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {}

    @Test
    void converts_a_file_with_a_chinese_name_and_reports_in_chinese() throws Exception {
        Files.copy(Path.of("../testdata/fixtures/ordos-2022-ledger.xlsx"), dir.resolve("鄂尔多斯任务台账.xlsx"));

        Result r = run("convert", "鄂尔多斯任务台账.xlsx", "输出台账.json");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(dir.resolve("输出台账.json")).exists();
        assertThat(Files.readString(dir.resolve("输出台账.json"), StandardCharsets.UTF_8))
                .contains("\"title\":\"鄂尔多斯市2022年政务公开工作要点任务台账\"");
        assertThat(r.err.strip()).isEqualTo("已写入 输出台账.json：5 个部分、23 个要点、61 项任务");
    }

    @Test
    void reads_chinese_arguments_and_prints_chinese() throws Exception {
        Result r = run("units", "市司法局牵头，各旗区负责落实");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("\"unit\":\"市司法局\"").contains("\"roleText\":\"牵头\"").doesNotContain("?");
    }

    @Test
    void names_a_missing_chinese_file_in_its_message() throws Exception {
        Result r = run("convert", "不存在的台账.xlsx", "出.json");

        assertThat(r.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err).contains("不存在的台账.xlsx").contains("file not found");
    }
}
