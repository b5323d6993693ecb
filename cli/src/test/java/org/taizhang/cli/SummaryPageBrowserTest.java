package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.core.rollup.TaskAsOf;

/**
 * Renders the summary page in headless Chromium and checks what the rendered page shows: the
 * title, the as-of date, every overdue task, Chinese labels, and ledger text holding
 * {@code <script>} shown as text. Writes {@code target/summary-page.png} for review. Skipped, with
 * a message, on a machine without Chromium, but failed instead when the {@code CI} environment
 * variable is set.
 */
class SummaryPageBrowserTest {
    private static final String HOSTILE = "<script>document.title='pwned'</script>公开<b>加粗</b>&amp;信息";
    private static final LocalDate AS_OF = LocalDate.of(2022, 8, 1);

    @Test
    void the_rendered_page_shows_the_title_every_overdue_task_and_escaped_text() throws Exception {
        String chromium = chromium();
        WorkPlan plan = withHostileText(Ledgers.read(Path.of("../testdata/fixtures/sample-progress-2022.xlsx")));
        PlanRollup rollup = PlanRollup.of(plan, AS_OF);
        Path dir = Files.createDirectories(Path.of("target/browser"));
        Path page = dir.resolve("summary-page.html");
        Files.writeString(page, SummaryCommand.render(rollup, SummaryCommand.Format.html), StandardCharsets.UTF_8);

        String dom = run(chromium, dir, "--dump-dom", page.toUri().toString());
        assertThat(dom).contains("<title>某市2022年政务公开重点任务推进台账（sample-progress-2022）（截至2022年8月1日）</title>");
        assertThat(dom).contains("<h1 id=\"title\">某市2022年政务公开重点任务推进台账（sample-progress-2022）</h1>");
        assertThat(dom).contains("2022年8月1日</time> 的工作进展");
        assertThat(rollup.overdue()).hasSize(9);
        for (TaskAsOf t : rollup.overdue()) {
            assertThat(dom).contains("<td class=\"id\">" + t.id() + "</td><td class=\"content\">"
                    + serialized(t.task().label()) + "</td>");
            assertThat(dom).contains(serialized(t.place()));
        }
        // the script is text: escaped in the DOM, never an element, and the title is not changed
        assertThat(dom).contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;公开&lt;b&gt;加粗&lt;/b&gt;&amp;amp;信息");
        assertThat(dom).doesNotContain("<script").doesNotContain("pwned</title>").doesNotContain("<b>加粗");
        // Chinese labels, never enum names
        assertThat(dom).contains("牵头单位", "配合单位", "已完成", "未启动", "推进中", "逾期任务（9项）", "按月到期", "分部分进展",
                "一、第一部分重点工作", ">红</span>");
        String text = dom.replaceAll("<[^>]*>", " ");
        for (String name : List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "UNKNOWN", "LEAD", "SUPPORT", "RESPONSIBLE",
                "RED", "YELLOW", "GREEN", "GREY")) {
            assertThat(text).as("enum name %s on the page", name).doesNotContain(name);
        }
        assertThat(dom).contains("<svg id=\"month-chart\"");
        assertThat(dom.split("<rect ", -1)).hasSize(13);

        Path shot = Path.of("target/summary-page.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        run(chromium, dir, "--screenshot=" + shot, "--window-size=1400,2600", "--hide-scrollbars", page.toUri().toString());
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Path pdf = Path.of("target/summary-page.pdf").toAbsolutePath();
        run(chromium, dir, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        assertThat(pdf).exists();
    }

    /** Text as a browser serialises a text node: only {@code & < >} (and no-break spaces) escaped. */
    private static String serialized(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
    }

    /** The plan with an overdue task whose content holds markup, as a hostile ledger might. */
    private static WorkPlan withHostileText(WorkPlan plan) {
        Section first = plan.sections().get(0);
        Section point = first.sections().get(0);
        Task task = point.tasks().get(0);
        Task hostile = Task.builder().from(task).content(HOSTILE).build();
        List<Task> tasks = new ArrayList<>(point.tasks());
        tasks.set(0, hostile);
        List<Section> points = new ArrayList<>(first.sections());
        points.set(0, Section.builder().from(point).tasks(tasks).build());
        List<Section> parts = new ArrayList<>(plan.sections());
        parts.set(0, Section.builder().from(first).sections(points).build());
        return WorkPlan.builder().from(plan).sections(parts).build();
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        String message = "Chromium is not installed (apt-get install chromium): the summary page is not rendered";
        if (System.getenv("CI") != null) {
            fail(message + ", and CI must never skip this test");
        }
        System.err.println("SummaryPageBrowserTest skipped: " + message);
        Assumptions.abort(message);
        return null;
    }

    private static String run(String chromium, Path work, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = work.resolve("chromium.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + command);
        }
        assertThat(p.exitValue()).as("chromium exit; see %s", log).isZero();
        deleteTree(profile);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
