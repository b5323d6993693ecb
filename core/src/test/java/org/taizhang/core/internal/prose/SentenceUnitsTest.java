package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units named in the sentences of a task. Columns: the text | the units as {@code name:ROLE}. */
class SentenceUnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "县政府办要于每季度末发布政策解读材料。|县政府办:RESPONSIBLE",
        "各乡镇人民政府、县直有关部门要及时公开惠农补贴发放结果。|各乡镇人民政府:RESPONSIBLE 县直有关部门:RESPONSIBLE",
        "县应急管理局要会同县消防救援大队开展安全生产执法信息公开。|县应急管理局:LEAD 县消防救援大队:SUPPORT",
        "市财政局会同市发改委制定预算公开实施细则。|市财政局:LEAD 市发改委:SUPPORT",
        "由县政务服务中心牵头，县财政局、县自然资源局配合，制定平台建设方案。|县政务服务中心:LEAD 县财政局:SUPPORT 县自然资源局:SUPPORT",
        "由区营商局牵头开展营商环境评价。|区营商局:LEAD",
        "县统计局负责编制统计信息公开目录。|县统计局:RESPONSIBLE",
        "请各乡镇于12月15日前报送年度工作总结。|各乡镇:RESPONSIBLE",
        "请县直各部门按时报送政务公开工作台账。|县直各部门:RESPONSIBLE",
        "严格执行制度，疫情防控指挥部要加强信息发布协调。|疫情防控指挥部:RESPONSIBLE",
        "全县各级各部门要把政务公开纳入重要议事日程。|全县各级各部门:RESPONSIBLE",
        "市住房和城乡建设局要在政府网站公开保障房分配结果。|市住房和城乡建设局:RESPONSIBLE",
        "省市场监管局、省药监局应当按季度公布抽检结果。|省市场监管局:RESPONSIBLE 省药监局:RESPONSIBLE",
        "省市场监管局牵头，会同省有关部门制定年度抽查计划。|省市场监管局:LEAD 省有关部门:SUPPORT",
        "省大数据局负责，2023年底前实现90%以上事项全程网办。|省大数据局:RESPONSIBLE",
        "各行政执法部门于本通知下发后2个月内完成基准修订。|各行政执法部门:RESPONSIBLE",
        "完善合法性审核机制，区直各部门负责。|区直各部门:RESPONSIBLE",
        "镇党政办每半年对各村工作开展情况进行督查通报。|镇党政办:RESPONSIBLE",
        "各乡镇（街道）要于6月底前完成自查。|各乡镇（街道）:RESPONSIBLE",
        "县教育体育局、县卫生健康局在学校和医院设立公开栏。|县教育体育局:RESPONSIBLE 县卫生健康局:RESPONSIBLE",
        "县纪委监委要加强监督检查。|县纪委监委:RESPONSIBLE",
        // no body before the verb: nothing
        "政府网站要及时更新栏目内容。|",
        "各级领导干部要带头学法用法。|",
        "我县要进一步深化改革。|",
        "要将落实情况纳入年度报告。|",
        "未完成的要及时督促整改。|",
        "2023年全县政务公开工作要坚持以人民为中心。|",
        "年底前以村为单位公开补贴发放结果。|",
        "各类市场主体要依法履行信息公示义务。|",
        "对涉及群众切身利益的政策要加强解读。|",
        "把政务公开纳入绩效考核。|",
    })
    void reads_the_subject(String text, String units) {
        String got = SentenceUnits.read(text).map(r -> r.assignments().stream()
                .map(a -> a.unit().name() + ":" + a.role()).collect(Collectors.joining(" "))).orElse("");
        assertThat(got).isEqualTo(Objects.toString(units, ""));
    }
}
