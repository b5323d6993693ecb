package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.DocxFile.row;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.roles;
import static org.taizhang.cli.general.Plans.sections;
import static org.taizhang.cli.general.Plans.task;
import static org.taizhang.cli.general.Plans.tasks;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Word 任务分解表 whose parts are heading paragraphs between tables: the notice, {@code 附件}, the
 * title, then for each part a heading ({@code 一、深化政务公开}) and its own table.
 */
class WordPartsBetweenTablesTest {
    private static final String[] HEADER = row("序号", "具体任务", "责任单位", "完成时限");

    @TempDir
    Path dir;

    private static DocxFile notice() {
        return new DocxFile()
                .paragraph("各乡镇人民政府，区政府各部门：")
                .paragraph("现将《某区2023年政务公开工作任务分解表》印发给你们，请认真抓好落实。")
                .paragraph("某区人民政府办公室")
                .paragraph("2023年3月1日")
                .pageBreak()
                .paragraph("附件")
                .paragraph("某区2023年政务公开工作任务分解表");
    }

    /** (a) Each part's table repeats the header. */
    private Path headerInEveryTable() throws Exception {
        return notice()
                .paragraph("一、深化重点领域信息公开")
                .table(4, HEADER,
                        row("1", "公开年度预算决算", "区财政局", "2023年6月底前"),
                        row("2", "公开重大建设项目批准和实施信息", "区发展改革委牵头，各乡镇配合", "全年"))
                .paragraph("二、优化政务服务")
                .table(4, HEADER,
                        row("3", "推进政务服务一网通办", "区政务服务中心", "9月底前"),
                        row("4", "压减行政审批时限", "区政务服务中心", "年底前"),
                        row("5", "公开办事指南", "区政府各部门", "每季度"))
                .paragraph("三、加强组织保障")
                .table(4, HEADER,
                        row("6", "开展政务公开培训", "区政府办公室", "11月底前"))
                .write(dir, "parts-header-repeated.docx");
    }

    @Test
    void part_headings_between_tables_with_the_header_repeated_open_one_part_per_table() throws Exception {
        WorkPlan plan = Ledgers.read(headerInEveryTable());
        assertThat(plan.title()).contains("某区2023年政务公开工作任务分解表");
        assertThat(plan.issuer()).contains("某区人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 3, 1));
        assertThat(plan.year()).contains(2023);
        assertThat(headings(plan, 1)).containsExactly("一、深化重点领域信息公开", "二、优化政务服务", "三、加强组织保障");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.CN_COMMA);
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(2, 3, 1);
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.notes()).containsExactly("各乡镇人民政府，区政府各部门：",
                "现将《某区2023年政务公开工作任务分解表》印发给你们，请认真抓好落实。", "某区人民政府办公室", "2023年3月1日",
                "附件");

        Section second = plan.sections().get(1);
        assertThat(second.source().get().cells()).containsEntry("title", "paragraph 9");
        Task notice = task(plan, "公开办事指南");
        assertThat(notice.number()).contains("5");
        assertThat(notice.source().get().table()).contains(2);
        assertThat(notice.source().get().row()).contains(4);
        assertThat(cells(notice)).containsEntry(Task.CONTENT, "table 2, row 4, cell 2")
                .containsEntry(Task.DEADLINE, "table 2, row 4, cell 4");
        Task projects = task(plan, "公开重大建设项目");
        assertThat(roles(projects)).containsExactly("区发展改革委:LEAD", "各乡镇:SUPPORT");
        assertThat(task(plan, "压减行政审批时限").deadline().get().due()).containsExactly(LocalDate.of(2023, 12, 31));
    }

    /** (b) Only the first table has the header; the later ones continue it. */
    private Path headerOnlyInFirstTable() throws Exception {
        return new DocxFile()
                .paragraph("附件1")
                .paragraph("某县2022年重点工作任务台账")
                .paragraph("一、全面推进决策公开")
                .table(4, HEADER,
                        row("1", "公开重大行政决策目录", "县司法局", "3月底前"))
                .paragraph("二、持续深化执行公开")
                .table(4,
                        row("2", "公开重点改革任务进展", "县发展改革局", "6月底前"),
                        row("3", "公开督查检查结果", "县政府督查室", "全年"))
                .paragraph("三、稳步推进结果公开")
                .table(4,
                        row("4", "公开政策落实情况", "县政府各部门", "年底前"))
                .write(dir, "parts-header-first.docx");
    }

    @Test
    void tables_without_a_header_take_the_part_heading_above_them() throws Exception {
        WorkPlan plan = Ledgers.read(headerOnlyInFirstTable());
        assertThat(plan.title()).contains("某县2022年重点工作任务台账");
        assertThat(headings(plan, 1)).containsExactly("一、全面推进决策公开", "二、持续深化执行公开", "三、稳步推进结果公开");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(1, 2, 1);
        assertThat(plan.notes()).containsExactly("附件1");
        Task supervision = task(plan, "公开督查检查结果");
        assertThat(plan.sections().get(1).tasks()).contains(supervision);
        assertThat(supervision.source().get().table()).contains(2);
        assertThat(supervision.source().get().row()).contains(2);
        assertThat(cells(supervision)).containsEntry(Task.CONTENT, "table 2, row 2, cell 2")
                .containsEntry(Task.RESPONSIBILITY, "table 2, row 2, cell 3");
        assertThat(deadline(supervision)).isEqualTo("全年");
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3", "4");
    }

    /** (c) A 续表 paragraph between the two halves of one part. */
    private Path continuedTable() throws Exception {
        return new DocxFile()
                .paragraph("某市2023年政务公开重点任务分解表")
                .paragraph("一、深化政务公开")
                .table(4, HEADER,
                        row("1", "公开财政预算", "市财政局", "6月底前"),
                        row("2", "公开财政决算", "市财政局", "8月底前"))
                .pageBreak()
                .paragraph("续表")
                .table(4, HEADER,
                        row("3", "公开政策解读", "市政府办公室", "全年"))
                .paragraph("二、优化营商环境")
                .table(4, HEADER,
                        row("4", "公开涉企收费清单", "市发展改革委", "9月底前"))
                .write(dir, "part-continued.docx");
    }

    @Test
    void a_continued_table_stays_in_its_part_and_the_continuation_line_is_a_note() throws Exception {
        WorkPlan plan = Ledgers.read(continuedTable());
        assertThat(headings(plan, 1)).containsExactly("一、深化政务公开", "二、优化营商环境");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("公开财政预算", "公开财政决算", "公开政策解读");
        assertThat(plan.sections().get(1).taskCount()).isEqualTo(1);
        assertThat(plan.notes()).containsExactly("续表");
        Task continued = task(plan, "公开政策解读");
        assertThat(cells(continued)).containsEntry(Task.CONTENT, "table 2, row 2, cell 2");
        Task last = task(plan, "公开涉企收费清单");
        assertThat(cells(last)).containsEntry(Task.CONTENT, "table 3, row 2, cell 2");
    }

    /** (d) Point headings between tables under part headings. */
    private Path pointsBetweenTables() throws Exception {
        return new DocxFile()
                .paragraph("附件")
                .paragraph("某区2024年政务公开工作要点任务分解表")
                .paragraph("一、围绕优化营商环境加强信息公开")
                .paragraph("（一）公开涉企政策")
                .table(4, HEADER,
                        row("1", "集中公开惠企政策", "区发展改革委", "3月底前"),
                        row("2", "开展政策解读", "区政府各部门", "全年"))
                .paragraph("（二）公开市场监管信息")
                .table(4, HEADER,
                        row("3", "公开双随机抽查结果", "区市场监管局", "每季度"))
                .paragraph("二、加强政务公开平台建设")
                .paragraph("（一）办好政府网站")
                .table(4, HEADER,
                        row("4", "更新政府信息公开专栏", "区政府办公室", "持续推进"),
                        row("5", "开展网站普查", "区政府办公室", "10月底前"),
                        row("6", "整改网站问题", "区政府办公室", "11月底前"))
                .write(dir, "points-between-tables.docx");
    }

    @Test
    void point_headings_between_tables_nest_under_their_parts() throws Exception {
        WorkPlan plan = Ledgers.read(pointsBetweenTables());
        assertThat(plan.title()).contains("某区2024年政务公开工作要点任务分解表");
        assertThat(headings(plan, 1)).containsExactly("一、围绕优化营商环境加强信息公开", "二、加强政务公开平台建设");
        assertThat(headings(plan, 2)).containsExactly("（一）公开涉企政策", "（二）公开市场监管信息", "（一）办好政府网站");
        assertThat(sections(plan, 2)).extracting(Section::numbering).containsOnly(Numbering.CN_PAREN);
        assertThat(sections(plan, 2)).extracting(Section::taskCount).containsExactly(2, 1, 3);
        assertThat(plan.sections()).extracting(s -> s.tasks().size()).containsExactly(0, 0);
        assertThat(plan.sections().get(0).sections()).hasSize(2);
        assertThat(plan.notes()).containsExactly("附件");
        Task survey = task(plan, "开展网站普查");
        assertThat(plan.sections().get(1).sections().get(0).tasks()).contains(survey);
        assertThat(survey.source().get().table()).contains(3);
        assertThat(survey.source().get().row()).contains(3);
        assertThat(cells(survey)).containsEntry(Task.CONTENT, "table 3, row 3, cell 2");
        assertThat(survey.deadline().get().due()).containsExactly(LocalDate.of(2024, 10, 31));
        Section point = plan.sections().get(1).sections().get(0);
        assertThat(point.source().get().cells()).containsEntry("title", "paragraph 7");
    }
}
