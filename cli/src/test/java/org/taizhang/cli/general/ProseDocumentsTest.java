package org.taizhang.cli.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.cli.general.Plans.cells;
import static org.taizhang.cli.general.Plans.deadline;
import static org.taizhang.cli.general.Plans.headings;
import static org.taizhang.cli.general.Plans.responsibility;
import static org.taizhang.cli.general.Plans.task;
import static org.taizhang.cli.general.Plans.tasks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** Work-points documents with no table, in Word and as text, read through {@link Ledgers}. */
class ProseDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void reads_a_word_notice_whose_points_run_into_their_paragraphs() throws Exception {
        Path file = new DocxFile()
                .paragraph("某市人民政府办公室关于印发《某市2023年政务公开工作要点》的通知")
                .paragraph("各县（区）人民政府，市直各部门：")
                .paragraph("现将《某市2023年政务公开工作要点》印发给你们，请认真抓好落实。")
                .paragraph("某市2023年政务公开工作要点")
                .paragraph("一、以公开促落实，助力经济稳进提质")
                .paragraph("（一）持续做好规范性文件集中公开。依托市政府网站集中公开现行有效的规范性文件，市司法局要于6月底前完成清理。")
                .paragraph("（二）加强涉企政策发布。各县（区）政府要在政策出台后5个工作日内在网站集中发布。")
                .paragraph("二、以公开强监督，提升政府治理效能")
                .paragraph("（三）深化决策公开。")
                .paragraph("市直各部门要每季度公开重大决策事项目录。")
                .paragraph("1.做好决策前公开征求意见。")
                .paragraph("2.做好决策后解读：市融媒体中心要同步制作图解。")
                .paragraph("（此件公开发布）")
                .paragraph("某市人民政府办公室")
                .paragraph("2023年4月3日")
                .write(dir, "city-points.docx");

        WorkPlan plan = Ledgers.read(file);

        assertThat(plan.title()).contains("某市2023年政务公开工作要点");
        assertThat(plan.issuer()).contains("某市人民政府办公室");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 4, 3));
        assertThat(plan.notes()).containsExactly("某市人民政府办公室关于印发《某市2023年政务公开工作要点》的通知",
                "各县（区）人民政府，市直各部门：", "现将《某市2023年政务公开工作要点》印发给你们，请认真抓好落实。");
        assertThat(headings(plan, 1)).containsExactly("一、以公开促落实，助力经济稳进提质", "二、以公开强监督，提升政府治理效能",
                "（此件公开发布）");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.name().orElse(""))
                .containsExactly("持续做好规范性文件集中公开", "加强涉企政策发布");
        Task first = task(plan, "持续做好规范性文件集中公开");
        assertThat(first.content()).contains("依托市政府网站集中公开现行有效的规范性文件，市司法局要于6月底前完成清理。");
        assertThat(deadline(first)).isEqualTo("6月底前");
        assertThat(first.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 6, 30));
        assertThat(responsibility(first)).isEqualTo("市司法局");
        assertThat(cells(first)).containsEntry(Task.NAME, "paragraph 6").containsEntry(Task.CONTENT, "paragraph 6");
        assertThat(responsibility(task(plan, "加强涉企政策发布"))).isEqualTo("各县（区）政府");

        Section decisions = plan.sections().get(1).sections().get(0);
        assertThat(decisions.heading()).isEqualTo("（三）深化决策公开");
        assertThat(decisions.numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(decisions.tasks()).extracting(t -> t.number().orElse("-")).containsExactly("-", "1", "2");
        assertThat(decisions.tasks().get(0).deadline().orElseThrow().kind()).isEqualTo(DeadlineKind.RECURRING);
        Task explain = decisions.tasks().get(2);
        assertThat(explain.name()).contains("做好决策后解读");
        assertThat(explain.content()).contains("市融媒体中心要同步制作图解。");
        assertThat(responsibility(explain)).isEqualTo("市融媒体中心");
        assertThat(plan.sections().get(2).tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("某市人民政府办公室", "2023年4月3日");
        assertThat(plan.taskCount()).isEqualTo(7);
    }

    @Test
    void reads_a_word_copy_of_a_web_page_keeping_its_furniture_as_notes() throws Exception {
        Path file = new DocxFile()
                .paragraph("某县2024年政务公开工作要点")
                .paragraph("发布时间：2024-03-15　　来源：某县人民政府办公室")
                .paragraph("【字体：大 中 小】")
                .paragraph("\u3000\u30001.强化政策解读")
                .paragraph("\u3000\u3000县政府办要于政策印发后3个工作日内发布解读。")
                .paragraph("\u3000\u30002.推进基层公开")
                .paragraph("\u3000\u3000各乡镇要于年底前完成标准目录更新。")
                .paragraph("\u3000\u30003.做好年度报告。县政务公开办要于1月31日前发布年度报告。")
                .paragraph("【打印】【关闭】")
                .paragraph("责任编辑：王芳")
                .write(dir, "county-web.docx");

        WorkPlan plan = Ledgers.read(file);

        assertThat(plan.title()).contains("某县2024年政务公开工作要点");
        assertThat(plan.issuer()).contains("某县人民政府办公室");
        assertThat(plan.year()).contains(2024);
        assertThat(plan.issuedOn()).contains(LocalDate.of(2024, 3, 15));
        assertThat(plan.notes()).containsExactly("发布时间：2024-03-15　　来源：某县人民政府办公室", "【字体：大 中 小】",
                "【打印】【关闭】", "责任编辑：王芳");
        assertThat(plan.sections()).isEmpty();
        assertThat(tasks(plan)).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3");
        assertThat(tasks(plan)).extracting(t -> t.name().orElse(""))
                .containsExactly("强化政策解读", "推进基层公开", "做好年度报告");
        Task base = task(plan, "推进基层公开");
        assertThat(base.content()).contains("各乡镇要于年底前完成标准目录更新。");
        assertThat(base.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2024, 12, 31));
        assertThat(cells(base)).containsEntry(Task.NAME, "paragraph 6").containsEntry(Task.CONTENT, "paragraph 7");
        assertThat(responsibility(task(plan, "做好年度报告"))).isEqualTo("县政务公开办");
    }

    @Test
    void reads_a_gbk_text_export_without_a_notice_through_the_registry() throws Exception {
        Path file = dir.resolve("district.txt");
        Files.write(file, String.join("\r\n",
                "某区2022年政务公开工作要点",
                "",
                "　　一、推进决策公开",
                "",
                "　　（一）落实决策预公开制度。区司法局要督促承办单位在决策前公开征求意见。",
                "",
                "　　二、夯实平台建设",
                "",
                "　　（二）加强政务新媒体管理。各街道要每季度开展一次自查。",
                "",
                "附件：某区政务公开任务分工",
                "某区人民政府办公室",
                "2022年5月10日").getBytes("GB18030"));

        WorkPlan plan = Ledgers.read(file);

        assertThat(plan.title()).contains("某区2022年政务公开工作要点");
        assertThat(plan.issuer()).contains("某区人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 5, 10));
        assertThat(headings(plan, 1)).containsExactly("一、推进决策公开", "二、夯实平台建设", "附件：某区政务公开任务分工");
        Task decisions = task(plan, "落实决策预公开制度");
        assertThat(decisions.source().orElseThrow().row()).contains(5);
        assertThat(responsibility(decisions)).isEqualTo("区司法局");
        assertThat(task(plan, "加强政务新媒体管理").deadline().orElseThrow().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(plan.taskCount()).isEqualTo(4);
        assertThat(plan.notes()).isEmpty();
    }
}
