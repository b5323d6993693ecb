package org.taizhang.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.core.table.TestLedgers.csv;
import static org.taizhang.core.table.TestLedgers.doc;
import static org.taizhang.core.table.TestLedgers.read;
import static org.taizhang.core.table.TestLedgers.row;
import static org.taizhang.core.table.TestLedgers.sheet;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Ledgers laid out the way other governments write them: other header words, other layouts. */
class OtherLayoutsTest {

    /** Two title rows, a header with line breaks, no 序号, 1./2. points merged down. */
    private static Grid provincialLedger() {
        Grid.Builder b = sheet("Sheet1");
        row(b, 1, "附件1");
        row(b, 2, "某省司法厅2023年政务公开重点工作任务台账");
        row(b, 3, "重点\n任务", "工作要求", "责任\n处室", "时间节点", "进展情况", "状态", "责任人");
        row(b, 4, "1.深化政策解读", "做好解读材料同步发布", "办公室", "3月底前", "已制定方案", "已完成", "张三");
        row(b, 5, "", "开展在线访谈", "", "全年", "", "推进中", "");
        row(b, 6, "2.规范依申请公开", "规范答复文书", "法规处", "6月底前", "", "暂缓", "李四");
        b.merge(4, 0, 5, 0).merge(4, 2, 5, 2);
        return b.build();
    }

    @Test
    void finds_the_header_below_two_title_rows_across_line_breaks_and_new_header_words() throws Exception {
        WorkPlan plan = read(doc(provincialLedger()));
        assertThat(plan.title()).contains("某省司法厅2023年政务公开重点工作任务台账");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.sections()).extracting(Section::heading).containsExactly("1.深化政策解读", "2.规范依申请公开");
        assertThat(plan.sections()).extracting(Section::numbering).containsOnly(Numbering.ARABIC_DOT);
        assertThat(plan.sections().get(0).title()).isEqualTo("深化政策解读");
        Task first = plan.sections().get(0).tasks().get(0);
        assertThat(first.content()).contains("做好解读材料同步发布");
        assertThat(first.responsibility().map(Responsibility::text)).contains("办公室");
        assertThat(first.deadline().map(Deadline::text)).contains("3月底前");
        assertThat(first.progress()).contains("已制定方案");
        assertThat(first.number()).isEmpty();
        assertThat(first.source().get().cells()).containsEntry(Task.CONTENT, "Sheet1!B4")
                .containsEntry(Task.RESPONSIBILITY, "Sheet1!C4").containsEntry("责任人", "Sheet1!G4");
    }

    @Test
    void keeps_an_unknown_column_in_extra_under_its_header() throws Exception {
        WorkPlan plan = read(doc(provincialLedger()));
        Task first = plan.sections().get(0).tasks().get(0);
        assertThat(first.extra()).containsExactly(java.util.Map.entry("责任人", "张三"));
        Task second = plan.sections().get(0).tasks().get(1);
        assertThat(second.extra()).isEmpty();
        assertThat(second.responsibility().map(Responsibility::text)).contains("办公室");
        assertThat(second.inferred()).containsExactly(Task.RESPONSIBILITY);
        assertThat(second.source().get().cells()).containsEntry(Task.RESPONSIBILITY, "Sheet1!C4");
    }

    @Test
    void maps_status_words_and_keeps_an_unknown_status_text_in_extra() throws Exception {
        WorkPlan plan = read(doc(provincialLedger()));
        assertThat(plan.sections().get(0).tasks()).extracting(Task::status)
                .containsExactly(Status.DONE, Status.IN_PROGRESS);
        Task odd = plan.sections().get(1).tasks().get(0);
        assertThat(odd.status()).isEqualTo(Status.UNKNOWN);
        assertThat(odd.extra()).containsEntry("状态", "暂缓").containsEntry("责任人", "李四");
    }

    @Test
    void joins_a_lead_and_a_support_column_with_their_headers() throws Exception {
        Grid.Builder b = sheet("台账");
        row(b, 1, "序号", "工作任务", "牵头单位", "配合单位", "完成时限");
        row(b, 2, "1", "编制公开目录", "市政府办", "市司法局、市财政局", "9月底前");
        row(b, 3, "2", "更新公开指南", "市政府办", "", "年底前");
        WorkPlan plan = read(doc(b.build()));
        assertThat(plan.sections()).isEmpty();
        Task first = plan.tasks().get(0);
        assertThat(first.number()).contains("1");
        assertThat(first.content()).contains("编制公开目录"); // the only text column is the task itself
        assertThat(first.name()).isEmpty();
        assertThat(first.responsibility().map(Responsibility::text))
                .contains("牵头单位：市政府办；配合单位：市司法局、市财政局");
        assertThat(first.source().get().cells()).containsEntry("牵头单位", "台账!C2").containsEntry("配合单位", "台账!D2");
        assertThat(plan.tasks().get(1).responsibility().map(Responsibility::text)).contains("牵头单位：市政府办");
    }

    @Test
    void reads_a_two_row_header_with_role_columns_under_a_merged_responsibility_cell() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "具体措施", "责任单位", "", "完成时间");
        row(b, 2, "", "", "牵头", "配合", "");
        row(b, 3, "1", "公开财政预决算", "财政局", "各部门", "2024年6月底");
        b.merge(1, 0, 2, 0).merge(1, 1, 2, 1).merge(1, 2, 1, 3).merge(1, 4, 2, 4);
        WorkPlan plan = read(doc(b.build()));
        assertThat(plan.tasks()).hasSize(1);
        Task t = plan.tasks().get(0);
        assertThat(t.content()).contains("公开财政预决算");
        assertThat(t.responsibility().map(Responsibility::text)).contains("牵头：财政局；配合：各部门");
        assertThat(t.deadline().map(Deadline::text)).contains("2024年6月底");
        assertThat(t.source().get().row()).contains(3);
    }

    @Test
    void recognises_a_deadline_and_a_unit_column_by_their_cells_when_the_header_word_is_new() throws Exception {
        Grid.Builder b = sheet("S");
        row(b, 1, "序号", "任务内容", "承担主体", "何时办结");
        row(b, 2, "1", "公开权责清单", "区政务服务局", "10月底前");
        row(b, 3, "2", "更新办事指南", "各乡镇（街道）", "全年");
        row(b, 4, "3", "开展政府开放日", "区政府办", "2022年12月底前");
        WorkPlan plan = read(doc(b.build()));
        Task t = plan.tasks().get(0);
        assertThat(t.responsibility().map(Responsibility::text)).contains("区政务服务局");
        assertThat(t.deadline().map(Deadline::text)).contains("10月底前");
        assertThat(t.extra()).isEmpty();
        assertThat(t.source().get().cells()).containsEntry(Task.DEADLINE, "S!D2");
    }

    @Test
    void inherits_blank_cells_inside_a_group_in_a_format_without_merges() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "重点任务", "具体措施", "责任单位", "完成时限", "备注");
        row(b, 2, "（一）加强解读", "同步解读", "市政府办", "全年", "");
        row(b, 3, "", "在线访谈", "", "", "");
        row(b, 4, "(二)回应关切", "舆情回应", "", "9月底前", "");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.sections()).extracting(Section::number).extracting(o -> o.orElse("")).containsExactly("一", "二");
        Task second = plan.sections().get(0).tasks().get(1);
        assertThat(second.responsibility().map(Responsibility::text)).contains("市政府办");
        assertThat(second.deadline().map(Deadline::text)).contains("全年");
        assertThat(second.inferred()).containsExactlyInAnyOrder(Task.RESPONSIBILITY, Task.DEADLINE);
        assertThat(second.source().get().cells()).containsEntry(Task.RESPONSIBILITY, "C2").containsEntry(Task.CONTENT, "B3");
        Task nextGroup = plan.sections().get(1).tasks().get(0);
        assertThat(nextGroup.responsibility()).isEmpty(); // never inherited across groups
        assertThat(nextGroup.inferred()).isEmpty();
    }

    @Test
    void does_not_fill_blank_cells_of_a_flat_csv_ledger() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "任务名称", "任务内容", "责任单位", "时间节点");
        row(b, 2, "1", "政策发布", "首发权威信息", "区政府办", "全年");
        row(b, 3, "2", "政策解读", "开展解读", "", "");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.tasks().get(1).responsibility()).isEmpty();
        assertThat(plan.tasks().get(1).deadline()).isEmpty();
        assertThat(plan.tasks().get(1).name()).contains("政策解读");
    }

    @Test
    void makes_each_ledger_sheet_a_section_named_by_the_sheet() throws Exception {
        Grid.Builder a = sheet("市级");
        row(a, 1, "序号", "任务内容", "责任单位");
        row(a, 2, "1", "公开预算", "市财政局");
        Grid.Builder notes = sheet("填表说明");
        row(notes, 1, "请于每月5日前报送");
        row(notes, 2, "联系人：王五");
        row(notes, 3, "电话：1234");
        row(notes, 4, "邮箱：x");
        Grid.Builder c = sheet("区级");
        row(c, 1, "序号", "任务内容", "责任单位");
        row(c, 2, "1", "公开决算", "各区政府");
        row(c, 3, "2", "公开目录", "各区政府");
        WorkPlan plan = read(doc(a.build(), notes.build(), c.build()));
        assertThat(plan.sections()).extracting(Section::title).containsExactly("市级", "区级");
        assertThat(plan.sections()).extracting(Section::taskCount).containsExactly(1, 2);
        assertThat(plan.sections().get(1).tasks().get(1).source().get().sheet()).contains("区级");
    }

    @Test
    void reads_only_the_sheet_the_options_name() throws Exception {
        Grid.Builder a = sheet("市级");
        row(a, 1, "序号", "任务内容", "责任单位");
        row(a, 2, "1", "公开预算", "市财政局");
        Grid.Builder c = sheet("区级");
        row(c, 1, "序号", "任务内容", "责任单位");
        row(c, 2, "1", "公开决算", "各区政府");
        WorkPlan plan = read(doc(a.build(), c.build()), ReadOptions.builder().sheet("区级").build());
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.tasks()).extracting(t -> t.content().orElse("")).containsExactly("公开决算");
    }

    @Test
    void continues_a_word_table_split_without_repeating_its_header() throws Exception {
        Grid.Builder t1 = Grid.builder("table 1", CellAddressing.table(1));
        row(t1, 1, "序号", "工作任务", "具体内容", "责任单位");
        row(t1, 2, "1", "建设公开专区", "设立查阅点", "区政府办");
        row(t1, 3, "", "", "配备设备", "");
        t1.merge(2, 0, 3, 0).merge(2, 1, 3, 1).merge(2, 3, 3, 3);
        Grid.Builder t2 = Grid.builder("table 2", CellAddressing.table(2));
        row(t2, 1, "", "", "公布服务时间", "各乡镇");
        row(t2, 2, "2", "规范公开目录", "编制目录", "各部门");
        t2.merge(2, 0, 2, 0);
        List<TextLine> paragraphs = List.of(new TextLine("某区人民政府办公室", "paragraph 1", 1),
                new TextLine("某区2024年政务公开任务分解表", "paragraph 2", 2),
                new TextLine("2024年3月1日", "paragraph 3", 3));
        WorkPlan plan = read(new GridDocument("p.docx", paragraphs, List.of(t1.build(), t2.build())));
        assertThat(plan.issuer()).contains("某区人民政府办公室");
        assertThat(plan.title()).contains("某区2024年政务公开任务分解表");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2024, 3, 1));
        assertThat(plan.year()).contains(2024);
        assertThat(plan.sections()).extracting(Section::title).containsExactly("建设公开专区", "规范公开目录");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("设立查阅点", "配备设备", "公布服务时间");
        Task third = plan.sections().get(0).tasks().get(2);
        assertThat(third.source().get().table()).contains(2);
        assertThat(third.source().get().cells()).containsEntry(Task.CONTENT, "table 2, row 1, cell 3");
    }

    @Test
    void takes_the_year_from_the_file_and_the_options_only_for_what_it_does_not_say() throws Exception {
        ReadOptions options = ReadOptions.builder().year(2030).issuedOn(LocalDate.of(2030, 2, 1)).build();
        WorkPlan plan = read(doc(provincialLedger()), options);
        assertThat(plan.year()).contains(2023); // the title says 2023年
        assertThat(plan.issuedOn()).contains(LocalDate.of(2030, 2, 1)); // the file gives no date
        assertThat(plan.sections().get(0).tasks().get(1).deadline().orElseThrow().until())
                .contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void reads_a_file_that_states_no_year_with_the_options_year_else_with_no_due_dates() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "序号", "具体任务", "责任单位", "完成时限");
        row(b, 2, "1", "全面公开财政预算和决算信息", "区财政局", "6月底前");
        row(b, 3, "2", "及时发布重大项目批准和实施信息", "区发改局", "全年");
        GridDocument doc = new GridDocument("x.csv", List.of(), List.of(b.build()));

        WorkPlan given = read(doc, ReadOptions.builder().year(2024).build());
        assertThat(given.year()).contains(2024);
        assertThat(given.tasks().get(0).deadline().orElseThrow().dueDates()).containsExactly(LocalDate.of(2024, 6, 30));

        WorkPlan unknown = read(doc);
        assertThat(unknown.year()).isEmpty();
        Deadline june = unknown.tasks().get(0).deadline().orElseThrow();
        assertThat(june.kind()).isEqualTo(DeadlineKind.ABSOLUTE);
        assertThat(june.dueDates()).isEmpty();
        assertThat(unknown.tasks().get(1).deadline().orElseThrow().until()).isEmpty();
    }

    @Test
    void guesses_the_columns_of_a_table_without_any_header() throws Exception {
        Grid.Builder b = csv();
        row(b, 1, "1", "全面公开财政预算和决算信息", "区财政局", "6月底前");
        row(b, 2, "2", "及时发布重大项目批准和实施信息", "区发改局", "全年");
        WorkPlan plan = read(new GridDocument("x.csv", List.of(), List.of(b.build())));
        assertThat(plan.tasks()).hasSize(2);
        Task t = plan.tasks().get(1);
        assertThat(t.number()).contains("2");
        assertThat(t.content()).contains("及时发布重大项目批准和实施信息");
        assertThat(t.responsibility().map(Responsibility::text)).contains("区发改局");
        assertThat(t.deadline().map(Deadline::text)).contains("全年");
    }

    @Test
    void fails_naming_the_file_when_no_table_holds_a_ledger() {
        Grid.Builder b = sheet("S");
        row(b, 1, "附件");
        GridDocument d = new GridDocument("empty.xlsx", List.of(), List.of(b.build()));
        Grid.Builder other = sheet("T");
        row(other, 1, "序号", "任务内容");
        GridDocument withHeaderOnly = new GridDocument("h.xlsx", List.of(), List.of(b.build(), other.build()));
        assertThatThrownBy(() -> read(d)).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).file()).contains("empty.xlsx"));
        assertThat(catchPlan(withHeaderOnly).taskCount()).isZero();
    }

    private static WorkPlan catchPlan(GridDocument d) {
        try {
            return read(d);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }
}
