package org.taizhang.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/**
 * Model → CSV → grid: whatever plan is written, the grid read back holds the title, the header,
 * each section heading as its level, number and title, and each task's fields under their headers,
 * text for text. (Model → CSV → model goes through the table layer's header and outline detection.)
 */
class CsvRoundTripTest {
    // pieces that stress quoting, the formula guard, multi-line cells and Chinese punctuation
    private static final List<String> PIECES = List.of("公开", "政务", "市司法局", "=1+1", "+86", "-负",
            "@提及", "＝全角", "＋号", "'撇号", "含,逗号", "含\"引号\"", "多\n行", "\t制表", "分号;", " 空格 ",
            "2022年9月底前", "（一）", "一、", "Ａ", "😀");

    private static Gen<String> text() {
        Gen<String> piece = Generate.pick(PIECES);
        return SourceDSL.lists().of(piece).ofSizeBetween(1, 3).map(l -> String.join("", l));
    }

    private static Gen<Optional<String>> maybe() {
        return text().toOptionals(40);
    }

    private static Gen<Task> tasks() {
        Gen<Task> base = maybe().zip(maybe(), text(), maybe(), (number, name, content, responsibility) -> {
            Task.Builder t = Task.builder().content(content);
            number.ifPresent(t::number);
            name.ifPresent(t::name);
            responsibility.ifPresent(r -> t.responsibility(Responsibility.ofText(r)));
            return t.build();
        });
        return base.zip(maybe(), maybe(), maybe(), (task, deadline, remarks, extra) -> {
            Task.Builder t = Task.builder().from(task);
            deadline.ifPresent(d -> t.deadline(Deadline.unparsed(d)));
            remarks.ifPresent(t::remarks);
            extra.ifPresent(e -> t.putExtra("附加", e));
            return t.build();
        });
    }

    private static Gen<Section> sections() {
        Gen<List<Task>> taskLists = SourceDSL.lists().of(tasks()).ofSizeBetween(0, 3);
        Gen<Section> point = text().zip(taskLists, (title, ts) -> Section.builder().number("一")
                .numbering(Numbering.CN_PAREN).title(title).addAllTasks(ts).build());
        return text().zip(SourceDSL.lists().of(point).ofSizeBetween(0, 2), taskLists,
                (title, points, ts) -> Section.builder().number("二").numbering(Numbering.CN_COMMA)
                        .title(title).addAllSections(points).addAllTasks(ts).build());
    }

    private static Gen<WorkPlan> plans() {
        return maybe().zip(SourceDSL.lists().of(tasks()).ofSizeBetween(0, 3),
                SourceDSL.lists().of(sections()).ofSizeBetween(0, 3), (title, loose, sections) -> {
                    WorkPlan.Builder p = WorkPlan.builder().addAllTasks(loose).addAllSections(sections);
                    title.ifPresent(p::title);
                    return p.build();
                });
    }

    @Test
    void csv_round_trip_keeps_every_heading_and_task_field_as_written() {
        qt().withExamples(150).forAll(plans()).checkAssert(plan -> {
            Grid grid = writeAndRead(plan);
            int row = 0;
            if (plan.title().isPresent()) {
                assertThat(grid.sourceRow(0)).isEqualTo(1);
                assertThat(grid.cell(0, 0).text()).isEqualTo(plan.title().get());
                row = 1;
            }
            List<String> header = new ArrayList<>();
            grid.row(row).forEach(c -> header.add(c.text()));
            row++;
            for (Object expected : outline(plan)) {
                List<Cell> cells = grid.row(row++);
                if (expected instanceof List) {
                    List<?> heading = (List<?>) expected; // 层级, 序号, title
                    assertThat(cells.subList(0, 3)).extracting(Cell::text).isEqualTo(heading);
                    assertThat(cells.subList(3, cells.size())).allMatch(Cell::isBlank);
                } else {
                    Map<String, String> actual = new LinkedHashMap<>();
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).text().isEmpty()) {
                            actual.put(header.get(c), cells.get(c).text());
                        }
                    }
                    assertThat(actual).isEqualTo(fields((Task) expected));
                }
            }
            assertThat(row).isEqualTo(grid.rowCount());
        });
    }

    // headings (as their first three cells) and tasks in the order the writer lays them out
    private static List<Object> outline(WorkPlan plan) {
        List<Object> out = new ArrayList<>(plan.tasks());
        for (Section s : plan.sections()) {
            addSection(s, "一级", out);
        }
        return out;
    }

    private static void addSection(Section s, String level, List<Object> out) {
        out.add(List.of(level, s.numbering().format(s.number().orElseThrow()), s.title()));
        out.addAll(s.tasks());
        for (Section child : s.sections()) {
            addSection(child, "二级", out);
        }
    }

    private static Map<String, String> fields(Task t) {
        Map<String, String> m = new LinkedHashMap<>();
        t.number().ifPresent(v -> m.put("序号", v));
        t.name().ifPresent(v -> m.put("任务名称", v));
        t.content().ifPresent(v -> m.put("具体任务", v));
        t.responsibility().ifPresent(v -> m.put("责任单位", v.text()));
        t.deadline().ifPresent(v -> m.put("完成时限", v.text()));
        t.remarks().ifPresent(v -> m.put("备注", v));
        m.putAll(t.extra());
        return m;
    }

    private static Grid writeAndRead(WorkPlan plan) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CsvLedgerWriter().write(plan, out, WriteOptions.defaults());
            return new CsvLedgerReader().readDocument(out.toByteArray(),
                    new ReadContext("round.csv", ReadOptions.defaults())).grids().get(0);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }
}
