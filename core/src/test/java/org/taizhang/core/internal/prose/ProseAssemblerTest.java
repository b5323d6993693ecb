package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

class ProseAssemblerTest {

    private static WorkPlan assemble(String text) throws LedgerException {
        return assemble(text, ReadOptions.defaults());
    }

    private static WorkPlan assemble(String text, ReadOptions options) throws LedgerException {
        List<TextLine> lines = new ArrayList<>();
        String[] raw = text.split("\n");
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new TextLine(raw[i].strip(), "line " + (i + 1), i + 1));
            }
        }
        return ProseAssembler.assemble(new GridDocument("p.txt", lines, List.of()),
                new ReadContext("p.txt", options));
    }

    @Test
    void turns_a_point_with_numbered_items_into_a_section_of_item_tasks() throws LedgerException {
        WorkPlan plan = assemble(String.join("\n",
                "某县2023年政务公开工作要点",
                "一、重点任务",
                "（一）加强政策解读",
                "各部门要围绕中心工作做好解读。",
                "1.县政府办要每季度发布解读材料。",
                "（1）图解为主",
                "2.县融媒体中心要于3月底前开设专栏。",
                "（二）做好回应关切",
                "持续做好舆情回应。"));

        assertThat(plan.title()).contains("某县2023年政务公开工作要点");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.issuer()).isEmpty();
        Section part = plan.sections().get(0);
        assertThat(part.heading()).isEqualTo("一、重点任务");
        Section point = part.sections().get(0);
        assertThat(point.numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(point.title()).isEqualTo("加强政策解读");
        assertThat(point.tasks()).extracting(t -> t.number().orElse("-")).containsExactly("-", "1", "2");
        assertThat(point.tasks().get(0).content()).contains("各部门要围绕中心工作做好解读。");
        assertThat(point.tasks().get(0).responsibility().orElseThrow().text()).isEqualTo("各部门");
        Task first = point.tasks().get(1);
        assertThat(first.content()).contains("县政府办要每季度发布解读材料。\n（1）图解为主");
        assertThat(first.deadline().orElseThrow().text()).isEqualTo("每季度");
        assertThat(first.responsibility().orElseThrow().text()).isEqualTo("县政府办");
        assertThat(first.source().orElseThrow().row()).contains(5);
        assertThat(point.tasks().get(2).deadline().orElseThrow().text()).isEqualTo("3月底前");
        Task second = part.tasks().get(0);
        assertThat(second.name()).contains("做好回应关切");
        assertThat(second.deadline()).isEmpty();
        assertThat(plan.taskCount()).isEqualTo(4);
    }

    @Test
    void reads_full_width_brackets_and_a_heading_that_runs_into_its_paragraph() throws LedgerException {
        WorkPlan plan = assemble(String.join("\n",
                "一、深化重点领域公开",
                "（一）推进财政信息公开。财政部门要在年底前公开预算执行情况。",
                "(二)做好就业信息公开",
                "人社部门要每月发布岗位信息。"));

        assertThat(plan.title()).isEmpty();
        List<Task> tasks = plan.sections().get(0).tasks();
        assertThat(tasks).extracting(t -> t.name().orElse("")).containsExactly("推进财政信息公开", "做好就业信息公开");
        assertThat(tasks.get(0).content()).contains("财政部门要在年底前公开预算执行情况。");
        assertThat(tasks.get(0).deadline().orElseThrow().text()).isEqualTo("年底前");
        assertThat(tasks.get(0).responsibility().orElseThrow().text()).isEqualTo("财政部门");
        assertThat(tasks.get(1).number()).contains("二");
        assertThat(tasks.get(1).deadline().orElseThrow().text()).isEqualTo("每月");
    }

    @Test
    void keeps_closing_lines_in_a_last_section_and_takes_the_signature_and_date() throws LedgerException {
        WorkPlan plan = assemble(String.join("\n",
                "某县2022年政务公开工作要点",
                "一、重点任务",
                "（一）加强领导",
                "压实责任。",
                "附件：任务分工表",
                "某县人民政府办公室",
                "二〇二二年三月十五日"));

        assertThat(plan.issuer()).contains("某县人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 3, 15));
        Section closing = plan.sections().get(1);
        assertThat(closing.number()).isEmpty();
        assertThat(closing.numbering()).isEqualTo(Numbering.NONE);
        assertThat(closing.title()).isEqualTo("附件：任务分工表");
        assertThat(closing.tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("某县人民政府办公室", "二〇二二年三月十五日");
        assertThat(closing.tasks()).allMatch(t -> t.deadline().isEmpty());
        assertThat(plan.sections().get(0).tasks().get(0).content()).contains("压实责任。");
    }

    @Test
    void treats_a_date_line_inside_the_outline_as_text() throws LedgerException {
        WorkPlan plan = assemble(String.join("\n",
                "一、重点任务",
                "（一）会议安排",
                "2022年3月1日",
                "（二）后续工作",
                "按计划推进。"));

        assertThat(plan.sections()).hasSize(1);
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("2022年3月1日", "按计划推进。");
        assertThat(plan.issuedOn()).isEmpty();
    }

    @Test
    void takes_year_and_issue_date_from_the_document_before_the_options() throws LedgerException {
        ReadOptions options = ReadOptions.builder().year(2023).issuedOn(LocalDate.of(2023, 1, 2)).build();
        WorkPlan stated = assemble("某县2022年政务公开工作要点\n2022年6月30日\n一、总体\n（一）要点\n内容。", options);
        assertThat(stated.year()).contains(2022);
        assertThat(stated.issuedOn()).contains(LocalDate.of(2022, 6, 30));

        WorkPlan silent = assemble("某县政务公开工作要点\n一、总体\n（一）要点\n9月底前完成内容。", options);
        assertThat(silent.year()).contains(2023);
        assertThat(silent.issuedOn()).contains(LocalDate.of(2023, 1, 2));
    }

    @Test
    void makes_every_line_a_task_when_there_is_no_outline() throws LedgerException {
        WorkPlan plan = assemble("会议纪要\n第一件事。\n第二件事。");

        assertThat(plan.title()).contains("会议纪要");
        assertThat(plan.tasks()).extracting(t -> t.content().orElse("")).containsExactly("第一件事。", "第二件事。");
    }

    @Test
    void takes_only_clear_time_phrases_and_unit_subjects_from_prose() {
        assertThat(DeadlinePhrases.all("于本要点印发后10日内反馈，每月按时汇总报送，2022年9月底前完成"))
                .extracting(p -> p.text).containsExactly("于本要点印发后10日内", "每月", "2022年9月底前");
        assertThat(DeadlinePhrases.all("全年至少开展1次访谈")).extracting(p -> p.text).containsExactly("全年");
        assertThat(DeadlinePhrases.all("提前谋划，加强统筹")).isEmpty();
        assertThat(SentenceUnits.read("未完成的要及时督促整改。要将落实情况纳入年度报告。")).isEmpty();
        assertThat(SentenceUnits.read("严格执行制度,疫情防控指挥部要加强协调。").orElseThrow().text())
                .isEqualTo("疫情防控指挥部");
    }

    @Test
    void a_point_stating_aims_in_a_plan_without_parts_has_no_tasks() throws LedgerException {
        WorkPlan plan = assemble(String.join("\n",
                "某局2023年工作要点",
                "（一）指导思想",
                "坚持稳中求进。",
                "（二）重点任务",
                "1.县政府办要做好公开。",
                "2.年底前完成评估（县统计局负责）。"));

        assertThat(plan.sections()).extracting(Section::heading).containsExactly("（一）指导思想", "（二）重点任务");
        assertThat(plan.sections().get(0).tasks()).isEmpty();
        assertThat(plan.notes()).containsExactly("（一）指导思想", "坚持稳中求进。");
        Task second = plan.sections().get(1).tasks().get(1);
        assertThat(second.content()).contains("完成评估。");
        assertThat(second.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 12, 31));
        assertThat(second.responsibility().orElseThrow().text()).isEqualTo("县统计局负责");
        assertThat(second.inferred()).isEmpty();
    }
}
