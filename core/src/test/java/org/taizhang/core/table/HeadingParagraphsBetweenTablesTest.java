package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Paragraphs standing between Word tables: part and point headings, and 续表 lines. */
class HeadingParagraphsBetweenTablesTest {
    private static final String[] CN = {"一", "二", "三", "四", "五", "六"};
    private static final String[] HEADER = {"序号", "具体任务", "责任单位", "完成时限"};

    /** Builds a Word-like document: paragraphs and tables in body order. */
    private static final class Body {
        private final List<TextLine> paragraphs = new ArrayList<>();
        private final List<Integer> gridsBefore = new ArrayList<>();
        private final List<Grid> grids = new ArrayList<>();
        private int paragraphNo;

        Body paragraph(String text) {
            paragraphNo++;
            paragraphs.add(new TextLine(text, "paragraph " + paragraphNo, paragraphNo));
            gridsBefore.add(grids.size());
            return this;
        }

        /** A table of the given tasks, {@code 序号 | 具体任务 | 责任单位 | 完成时限}, with or without its header. */
        Body table(boolean header, String... tasks) {
            int n = grids.size() + 1;
            Grid.Builder b = Grid.builder("table " + n, CellAddressing.table(n));
            int r = 1;
            if (header) {
                row(b, r++, HEADER);
            }
            for (String task : tasks) {
                row(b, r++, String.valueOf(r), task, "市政府办公室", "6月底前");
            }
            grids.add(b.build());
            return this;
        }

        GridDocument doc() {
            return new GridDocument("p.docx", paragraphs, grids, gridsBefore);
        }
    }

    private static List<String> contents(Section s) {
        List<String> out = new ArrayList<>();
        for (Task t : s.tasks()) {
            out.add(t.content().orElse(""));
        }
        return out;
    }

    @Test
    void part_headings_between_tables_with_the_header_repeated_become_parts_around_their_tables()
            throws Exception {
        WorkPlan plan = read(new Body().paragraph("附件").paragraph("某市2023年政务公开工作任务分解表")
                .paragraph("一、深化政务公开").table(true, "公开预算", "公开决算")
                .paragraph("二、优化政务服务").table(true, "推进一网通办").doc());
        assertThat(plan.title()).contains("某市2023年政务公开工作任务分解表");
        assertThat(plan.notes()).containsExactly("附件");
        assertThat(plan.sections()).extracting(Section::heading).containsExactly("一、深化政务公开", "二、优化政务服务");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_COMMA);
        assertThat(contents(plan.sections().get(0))).containsExactly("公开预算", "公开决算");
        assertThat(contents(plan.sections().get(1))).containsExactly("推进一网通办");
        assertThat(plan.tasks()).isEmpty();
        Section second = plan.sections().get(1);
        assertThat(second.source().get().row()).contains(4);
        assertThat(second.source().get().cells()).containsEntry("title", "paragraph 4");
        Task task = second.tasks().get(0);
        assertThat(task.source().get().table()).contains(2);
        assertThat(task.source().get().cells()).containsEntry(Task.CONTENT, "table 2, row 2, cell 2");
    }

    @Test
    void tables_without_a_header_after_the_first_take_their_part_from_the_paragraph_above() throws Exception {
        WorkPlan plan = read(new Body().paragraph("某区2024年重点任务台账")
                .paragraph("一、深化政务公开").table(true, "公开预算")
                .paragraph("二、优化政务服务").table(false, "推进一网通办", "压减审批时限")
                .paragraph("三、加强保障").table(false, "开展培训").doc());
        assertThat(plan.sections()).extracting(Section::title).containsExactly("深化政务公开", "优化政务服务", "加强保障");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(1, 2, 1);
        Task second = plan.sections().get(1).tasks().get(1);
        assertThat(second.content()).contains("压减审批时限");
        assertThat(second.source().get().cells()).containsEntry(Task.CONTENT, "table 2, row 2, cell 2")
                .containsEntry(Task.RESPONSIBILITY, "table 2, row 2, cell 3");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void a_continuation_line_between_two_halves_of_a_part_is_a_note_and_the_part_goes_on() throws Exception {
        WorkPlan plan = read(new Body().paragraph("某县2023年政务公开任务分解表")
                .paragraph("一、深化政务公开").table(true, "公开预算", "公开决算")
                .paragraph("续表").table(true, "公开政策解读")
                .paragraph("二、优化政务服务").table(true, "推进一网通办").doc());
        assertThat(plan.sections()).extracting(Section::title).containsExactly("深化政务公开", "优化政务服务");
        assertThat(contents(plan.sections().get(0))).containsExactly("公开预算", "公开决算", "公开政策解读");
        assertThat(plan.notes()).containsExactly("续表");
        assertThat(plan.title()).contains("某县2023年政务公开任务分解表");
    }

    @Test
    void a_part_heading_repeated_with_a_continued_mark_continues_its_part() throws Exception {
        WorkPlan plan = read(new Body().paragraph("某县2023年政务公开任务分解表")
                .paragraph("一、深化政务公开").table(true, "公开预算")
                .paragraph("一、深化政务公开（续）").table(true, "公开决算").doc());
        assertThat(plan.sections()).hasSize(1);
        assertThat(contents(plan.sections().get(0))).containsExactly("公开预算", "公开决算");
    }

    @Test
    void point_headings_between_tables_nest_under_the_part_headings() throws Exception {
        WorkPlan plan = read(new Body().paragraph("某市2023年政务公开任务分解表")
                .paragraph("一、深化政务公开").paragraph("（一）推进决策公开").table(true, "公开预算")
                .paragraph("（二）推进执行公开").table(false, "公开决算", "公开审计")
                .paragraph("二、优化政务服务").paragraph("（一）推进一网通办").table(false, "建设专区").doc());
        assertThat(plan.sections()).extracting(Section::title).containsExactly("深化政务公开", "优化政务服务");
        Section first = plan.sections().get(0);
        assertThat(first.tasks()).isEmpty();
        assertThat(first.sections()).extracting(Section::heading).containsExactly("（一）推进决策公开", "（二）推进执行公开");
        assertThat(first.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_PAREN);
        assertThat(contents(first.sections().get(1))).containsExactly("公开决算", "公开审计");
        Section point = plan.sections().get(1).sections().get(0);
        assertThat(point.title()).isEqualTo("推进一网通办");
        assertThat(contents(point)).containsExactly("建设专区");
        assertThat(point.tasks().get(0).source().get().table()).contains(3);
    }

    @Test
    void a_heading_above_the_only_table_but_above_the_title_stays_a_note() throws Exception {
        Body body = new Body().paragraph("各旗区人民政府，市直各部门：").paragraph("三、工作要求");
        Grid.Builder b = Grid.builder("table 1", CellAddressing.table(1));
        row(b, 1, "某市2022年政务公开工作台账", "", "", "");
        row(b, 2, HEADER);
        row(b, 3, "1", "公开预算", "市财政局", "6月底前");
        b.merge(1, 0, 1, 3);
        body.grids.add(b.build());
        WorkPlan plan = read(body.doc());
        assertThat(plan.title()).contains("某市2022年政务公开工作台账");
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.tasks()).extracting(t -> t.content().orElse("")).containsExactly("公开预算");
        assertThat(plan.notes()).containsExactly("各旗区人民政府，市直各部门：", "三、工作要求");
    }

    @Test
    void a_continued_table_whose_first_task_reads_like_header_words_keeps_that_task() throws Exception {
        Body body = new Body().paragraph("某县2022年重点工作任务台账").paragraph("一、推进决策公开")
                .table(true, "公开决策目录").paragraph("二、推进结果公开");
        Grid.Builder b = Grid.builder("table 2", CellAddressing.table(2));
        row(b, 1, "2", "公开政策落实情况", "县政府各部门", "年底前");
        body.grids.add(b.build());
        WorkPlan plan = read(body.doc());
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(1, 1);
        Task task = plan.sections().get(1).tasks().get(0);
        assertThat(task.content()).contains("公开政策落实情况");
        assertThat(task.source().get().cells()).containsEntry(Task.CONTENT, "table 2, row 1, cell 2");
    }

    @Test
    void a_numbered_sentence_between_tables_is_a_note_not_a_part() throws Exception {
        WorkPlan plan = read(new Body().paragraph("某市2023年政务公开任务分解表")
                .paragraph("一、深化政务公开").table(true, "公开预算")
                .paragraph("一、各单位要高度重视。按时报送进展情况。").table(true, "公开决算").doc());
        assertThat(plan.sections()).hasSize(1);
        assertThat(contents(plan.sections().get(0))).containsExactly("公开预算", "公开决算");
        assertThat(plan.notes()).containsExactly("一、各单位要高度重视。按时报送进展情况。");
    }

    @Test
    void without_the_paragraph_order_headings_stay_title_lines() throws Exception {
        GridDocument placed = new Body().paragraph("某市2023年政务公开任务分解表")
                .paragraph("一、深化政务公开").table(true, "公开预算")
                .paragraph("二、优化政务服务").table(true, "公开决算").doc();
        WorkPlan plan = read(new GridDocument("p.docx", placed.paragraphs(), placed.grids()));
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.notes()).containsExactly("一、深化政务公开", "二、优化政务服务");
    }

    @Test
    void the_document_tells_which_paragraphs_stand_before_each_table() {
        GridDocument d = new Body().paragraph("标题").paragraph("一、甲").table(true, "a")
                .paragraph("二、乙").table(false, "b").paragraph("某办公室").doc();
        assertThat(d.knowsParagraphOrder()).isTrue();
        assertThat(d.paragraphsBefore(0)).extracting(TextLine::text).containsExactly("标题", "一、甲");
        assertThat(d.paragraphsBefore(1)).extracting(TextLine::text).containsExactly("二、乙");
        assertThat(d.paragraphsBefore(2)).extracting(TextLine::text).containsExactly("某办公室");
        assertThat(d.gridsBefore(3)).isEqualTo(2);
        assertThatThrownBy(() -> new GridDocument("p.docx", d.paragraphs(), d.grids(), List.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 entries for 4 paragraphs");
        assertThatThrownBy(() -> new GridDocument("p.docx", d.paragraphs(), d.grids(), List.of(0, 1, 0, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_part_heading_holds_the_tasks_of_the_tables_below_it() {
        qt().withExamples(40).forAll(lists().of(integers().between(1, 4)).ofSizeBetween(1, 6),
                integers().between(0, 1)).checkAssert((sizes, repeat) -> {
                    Body body = new Body().paragraph("某市2023年重点任务台账");
                    for (int p = 0; p < sizes.size(); p++) {
                        body.paragraph(CN[p] + "、部分" + p);
                        String[] tasks = new String[sizes.get(p)];
                        for (int i = 0; i < tasks.length; i++) {
                            tasks[i] = "任务" + p + "-" + i;
                        }
                        body.table(p == 0 || repeat == 1, tasks);
                    }
                    WorkPlan plan;
                    try {
                        plan = read(body.doc());
                    } catch (LedgerException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(plan.sections()).extracting(Section::taskCount).isEqualTo(sizes);
                    assertThat(plan.sections()).extracting(s -> s.number().orElse(""))
                            .isEqualTo(List.of(CN).subList(0, sizes.size()));
                    for (int p = 0; p < sizes.size(); p++) {
                        assertThat(plan.sections().get(p).tasks().get(0).source().get().table()).contains(p + 1);
                        assertThat(plan.sections().get(p).tasks().get(0).content()).contains("任务" + p + "-0");
                    }
                    assertThat(plan.notes()).isEmpty();
                });
    }
}
