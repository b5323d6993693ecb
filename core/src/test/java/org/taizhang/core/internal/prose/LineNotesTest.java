package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notes of units and deadlines after a task's text, in the forms offices write them, and brackets
 * that are content. Columns: the line | the content left | the units as {@code name:ROLE} | the
 * deadline text.
 */
class LineNotesTest {
    private static String units(LineNotes n) {
        return n.notes.stream().filter(d -> d.units != null).map(d -> d.responsibility().orElseThrow())
                .flatMap(r -> r.assignments().stream()).map(a -> a.unit().name() + ":" + a.role())
                .collect(Collectors.joining(" "));
    }

    private static String deadline(LineNotes n) {
        return n.notes.stream().filter(d -> d.deadline != null).map(d -> d.deadline).findFirst().orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // lead and responsible, full-width brackets, after the full stop or before it
        "完善重大行政决策目录公开制度。（县农业农村局牵头，各乡镇负责）|完善重大行政决策目录公开制度。|县农业农村局:LEAD 各乡镇:RESPONSIBLE|",
        "完善重大行政决策目录公开制度（县农业农村局牵头，各乡镇负责）。|完善重大行政决策目录公开制度。|县农业农村局:LEAD 各乡镇:RESPONSIBLE|",
        "推进医保信息公开(牵头单位:县卫健委、县医保局;责任单位:县直有关单位)|推进医保信息公开|县卫健委:LEAD 县医保局:LEAD 县直有关单位:RESPONSIBLE|",
        "规范政务服务事项清单〔牵头单位:县政务服务中心,责任单位:县直各部门,各镇(开发区)〕|规范政务服务事项清单|县政务服务中心:LEAD 县直各部门:RESPONSIBLE 各镇(开发区):RESPONSIBLE|",
        "及时发布文化和旅游活动信息（县文旅局牵头）。|及时发布文化和旅游活动信息。|县文旅局:LEAD|",
        "做好安全生产执法信息公开。（市应急管理局、市消防救援支队按职责分工负责）|做好安全生产执法信息公开。|市应急管理局:RESPONSIBLE 市消防救援支队:RESPONSIBLE|",
        "推动涉企政策精准推送（区营商环境建设局牵头，区工信局、区市场监管局配合）|推动涉企政策精准推送|区营商环境建设局:LEAD 区工信局:SUPPORT 区市场监管局:SUPPORT|",
        "开展农村集体“三资”公开（责任单位：各乡镇人民政府）|开展农村集体“三资”公开|各乡镇人民政府:RESPONSIBLE|",
        "加强防汛信息发布（市水利局、市气象局）|加强防汛信息发布|市水利局:RESPONSIBLE 市气象局:RESPONSIBLE|",
        "【牵头单位：省发展改革委；配合单位：省财政厅】落实项目信息公开|【牵头单位：省发展改革委；配合单位：省财政厅】落实项目信息公开||",
        // labelled fields of time are the deadline, never units
        "开展营商环境评价（牵头单位：市发改委；完成时限：2023年10月底前）|开展营商环境评价|市发改委:LEAD|2023年10月底前",
        "(责任单位:县教体局,责任时限:6月底前)编制招生政策解读|(责任单位:县教体局,责任时限:6月底前)编制招生政策解读||",
        "编制招生政策解读(责任单位:县教体局,责任时限:6月底前)|编制招生政策解读|县教体局:RESPONSIBLE|6月底前",
        "公开乡村振兴项目库（责任单位：县乡村振兴局，时间：2023年12月）|公开乡村振兴项目库|县乡村振兴局:RESPONSIBLE|2023年12月",
        "修订应急预案（县应急管理局牵头；完成时间：9月30日前）|修订应急预案|县应急管理局:LEAD|9月30日前",
        // unlabelled deadlines inside the note
        "规范依申请公开办理流程（县司法局牵头，县直各部门配合，9月底前完成）|规范依申请公开办理流程|县司法局:LEAD 县直各部门:SUPPORT|9月底前",
        "落实河湖长制信息公开（县水利局负责，持续推进）|落实河湖长制信息公开|县水利局:RESPONSIBLE|持续推进",
        "建设统一政策库（2023年6月底前完成）|建设统一政策库||2023年6月底前",
        "开展“回头看”（每季度）|开展“回头看”||每季度",
        // labelled fields on the line itself
        "做好年度报告编制工作。责任单位：县政府办；完成时限：2024年1月31日前|做好年度报告编制工作。|县政府办:RESPONSIBLE|2024年1月31日前",
        "牵头单位：市司法局  配合单位：市直各部门||市司法局:LEAD 市直各部门:SUPPORT|",
        "做好执法信息公示工作，责任单位：区直各行政执法部门，完成时限：常态化开展。|做好执法信息公示工作|区直各行政执法部门:RESPONSIBLE|常态化开展",
        "重点做好以下工作（区政府办牵头）：|重点做好以下工作：|区政府办:LEAD|",
        "按时办理建议提案，办结率达到100%。（区政府办、各承办单位；9月30日前）|按时办理建议提案，办结率达到100%。|区政府办:RESPONSIBLE 各承办单位:RESPONSIBLE|9月30日前",
        "规范涉企检查（协同单位：区工信局；办结时限：11月底）|规范涉企检查|区工信局:SUPPORT|11月底",
        // content in brackets stays
        "全面推行“三减”(减材料、减环节、减时限)|全面推行“三减”(减材料、减环节、减时限)||",
        "按照规定公开部门预算(财预〔2023〕12号)|按照规定公开部门预算(财预〔2023〕12号)||",
        "落实《政府信息公开条例》（国务院令第711号）|落实《政府信息公开条例》（国务院令第711号）||",
        "实现政务服务事项全覆盖（含开发区）|实现政务服务事项全覆盖（含开发区）||",
        "公开内容覆盖各乡镇（街道）|公开内容覆盖各乡镇（街道）||",
        "推动“一网通办”（以下简称“通办”）|推动“一网通办”（以下简称“通办”）||",
        "完善政策文件库（详见附件2）|完善政策文件库（详见附件2）||",
        "编制《2023—2025年规划》（试行）|编制《2023—2025年规划》（试行）||",
        "编制政策文件汇编（2022年版）|编制政策文件汇编（2022年版）||",
        "制定发展规划（2021—2025年）|制定发展规划（2021—2025年）||",
        "加强部门协作（如公安、税务等部门）。|加强部门协作（如公安、税务等部门）。||",
        "加大公开力度（重点是财政预决算、重大项目）|加大公开力度（重点是财政预决算、重大项目）||",
        "提升服务能力（服务对象：企业和群众）|提升服务能力（服务对象：企业和群众）||",
        "推动改革落地（各县区）|推动改革落地|各县区:RESPONSIBLE|",
        "开展民主评议（全年）|开展民主评议||全年",
        // a bracket cut short or never opened swallows nothing
        "对未按要求公开的单位进行通报（牵头单位：县政府办|对未按要求公开的单位进行通报（牵头单位：县政府办||",
        "加强监督检查，县政府办牵头）|加强监督检查，县政府办牵头）||",
        "严格考核（县政府办牵头（督查室|严格考核（县政府办牵头（督查室||",
    })
    void reads_the_note_after_the_text(String line, String content, String units, String deadline) {
        LineNotes n = LineNotes.take(line);
        assertThat(n.text).isEqualTo(Objects.toString(content, ""));
        assertThat(units(n)).isEqualTo(Objects.toString(units, ""));
        assertThat(deadline(n)).isEqualTo(Objects.toString(deadline, ""));
    }
}
