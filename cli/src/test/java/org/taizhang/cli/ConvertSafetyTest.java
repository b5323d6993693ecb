package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} never loses the user's file, leaves nothing half-written, and says what it wrote. */
class ConvertSafetyTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");

    @TempDir
    Path dir;
    Path ledger;
    byte[] original;

    @BeforeEach
    void copyLedger() throws IOException {
        ledger = dir.resolve("任务台账.xlsx");
        Files.copy(FIXTURES.resolve("ordos-2022-ledger.xlsx"), ledger);
        original = Files.readAllBytes(ledger);
    }

    @Test
    void refuses_to_write_over_its_own_input_and_leaves_it_untouched() throws IOException {
        CliRunner run = CliRunner.run("convert", ledger.toString(), ledger.toString());

        assertThat(run.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("is the ledger being read");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(original);
        assertThat(dir).isDirectoryContaining(p -> true).satisfies(d -> assertThat(list(d)).containsExactly("任务台账.xlsx"));
    }

    @Test
    void sees_its_input_through_dot_dot_and_symbolic_links() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), ledger.getFileName());

        CliRunner viaDots = CliRunner.run("convert", ledger.toString(), dir.resolve("sub/../任务台账.xlsx").toString());
        CliRunner viaLink = CliRunner.run("convert", ledger.toString(), link.toString(), "--to", "xlsx");
        CliRunner fromLink = CliRunner.run("convert", link.toString(), ledger.toString());

        assertThat(viaDots.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(viaLink.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(fromLink.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readAllBytes(ledger)).isEqualTo(original);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void names_a_missing_output_folder() {
        Path out = dir.resolve("没有的目录").resolve("台账.json");

        CliRunner run = CliRunner.run("convert", ledger.toString(), out.toString());

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(run.err).contains("台账.json").contains("folder").contains("没有的目录").contains("does not exist")
                .doesNotContain("file not found");
    }

    @Test
    void a_failed_write_leaves_neither_the_file_nor_a_temporary_one() throws IOException {
        Path txt = dir.resolve("要点.txt");
        Files.writeString(txt, "一、总体要求\n（一）做好表情😀符号的公开工作。市政府办公室负责，2022年底前完成。\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("要点.csv");

        CliRunner run = CliRunner.run("convert", txt.toString(), out.toString(), "--charset", "GBK");

        assertThat(run.exit).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(out).doesNotExist();
        assertThat(list(dir)).containsExactlyInAnyOrder("任务台账.xlsx", "要点.txt");
    }

    @Test
    void a_failed_write_keeps_the_file_it_would_have_replaced() throws IOException {
        Path txt = dir.resolve("要点.txt");
        Files.writeString(txt, "一、总体要求\n（一）做好表情😀符号的公开工作。市政府办公室负责。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("要点.csv");
        Files.writeString(out, "旧内容");

        CliRunner.run("convert", txt.toString(), out.toString(), "--charset", "GBK");

        assertThat(out).hasContent("旧内容");
    }

    @Test
    void writes_files_with_the_permissions_any_new_file_gets() throws IOException {
        Path out = dir.resolve("台账.json");
        Path probe = dir.resolve("probe");
        try (OutputStream o = Files.newOutputStream(probe)) {
            o.write(1);
        }

        CliRunner run = CliRunner.run("convert", ledger.toString(), out.toString());

        assertThat(run.exit).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probe))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void keeps_the_permissions_of_a_file_it_replaces() throws IOException {
        Path out = dir.resolve("台账.csv");
        Files.writeString(out, "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(out, shared);

        CliRunner.run("convert", ledger.toString(), out.toString());

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(shared);
        assertThat(Files.readString(out)).contains("层级,序号");
    }

    @Test
    void reports_parts_points_tasks_and_unparsed_deadlines_on_standard_error() {
        Path out = dir.resolve("任务台账.json");

        CliRunner run = CliRunner.run("convert", ledger.toString(), out.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).isEqualTo("已写入 " + out + "：5 个部分、23 个要点、61 项任务");
    }

    @Test
    void names_levels_that_are_not_parts_and_points_by_their_depth_and_counts_unparsed_deadlines() {
        Path out = dir.resolve("乌海.csv");

        CliRunner run = CliRunner.run("convert", FIXTURES.resolve("wuhai-basic-level-tasks.xlsx").toString(),
                out.toString());

        assertThat(run.err.strip()).isEqualTo("已写入 " + out + "：8 个一级标题、33 项任务");
    }

    @Test
    void is_quiet_with_q() {
        CliRunner run = CliRunner.run("convert", "-q", ledger.toString(), dir.resolve("a.json").toString());

        assertThat(run.exit).isZero();
        assertThat(run.err).isEmpty();
        assertThat(dir.resolve("a.json")).exists();
    }

    private static java.util.List<String> list(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
