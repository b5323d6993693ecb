package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of 责任单位 cells that ledgers of other governments write and that are easy to misread:
 * non-unit fields among labels, statements and notes, stray brackets, named leaders, sentences, lists
 * of levels under one 各, conventions attached to the first unit, and text that names no unit. Each
 * line is {@code cell => expected} (rendered by {@link Rendered}, {@code @} marks a person); {@code \n}
 * is a line break; {@code #} starts a comment.
 */
class CellKindsTest {

    private static final String CELLS = """
            # labelled fields mixed with fields that are no units
            (牵头单位:县教体局;责任单位:各乡镇,完成时限:2023年底前)
            => 县教体局 LEAD(牵头单位) | 各乡镇* RESPONSIBLE(责任单位)
            牵头单位：市住建局；责任时限：2024年6月底前
            => 市住建局 LEAD(牵头单位)
            牵头单位：县发改局；配合单位：县财政局、县自然资源局；完成时间：2023年12月底
            => 县发改局 LEAD(牵头单位) | 县财政局 SUPPORT(配合单位) | 县自然资源局 SUPPORT(配合单位)
            责任单位:各苏木镇、嘎查村,时间节点:2024年6月30日前
            => 各苏木镇* RESPONSIBLE(责任单位) | 嘎查村 RESPONSIBLE(责任单位)
            【牵头单位】区卫健局【配合单位】区医保局【时间】长期坚持
            => 区卫健局 LEAD(牵头单位) | 区医保局 SUPPORT(配合单位)
            主办单位：旗文旅局\\n协办单位：旗财政局\\n备注：详见附件
            => 旗文旅局 LEAD(主办单位) | 旗财政局 SUPPORT(协办单位)
            县卫健局（牵头）、县医保局、县市场监管局（完成时限：2023年9月）
            => 县卫健局 LEAD(牵头) | 县医保局 RESPONSIBLE | 县市场监管局 RESPONSIBLE
            责任单位：州民政局 联系人：张某 电话：0471-1234567
            => 州民政局 RESPONSIBLE(责任单位)

            # statements and notes that are no units
            以下各项均需各乡镇落实，不再逐项列出
            => 各乡镇* RESPONSIBLE(落实)
            以下各项均由各街道负责，不再一一列出
            => 各街道* RESPONSIBLE(负责)
            (详见附表2)
            =>
            县教体局(详见附表2)
            => 县教体局 RESPONSIBLE
            旗委组织部、旗人社局（详见附件3）
            => 旗委组织部 RESPONSIBLE | 旗人社局 RESPONSIBLE
            县住建局（具体名单见附表）
            => 县住建局 RESPONSIBLE

            # stray or missing brackets
            配合单位:县财政局、县审计局)
            => 县财政局 SUPPORT(配合单位) | 县审计局 SUPPORT(配合单位)
            （牵头单位：区发改局；配合单位：区统计局
            => 区发改局 LEAD(牵头单位) | 区统计局 SUPPORT(配合单位)
            市教育局、市人社局）
            => 市教育局 RESPONSIBLE | 市人社局 RESPONSIBLE
            (市发改委牵头，市财政局配合
            => 市发改委 LEAD(牵头) | 市财政局 SUPPORT(配合)

            # named leaders are assignees marked as persons
            牵头领导:王某某副县长 牵头部门:县住建局
            => 王某某副县长@ LEAD(牵头领导) | 县住建局 LEAD(牵头部门)
            牵头领导：张某某常务副县长；牵头单位：县政府办；配合单位：县直各部门
            => 张某某常务副县长@ LEAD(牵头领导) | 县政府办 LEAD(牵头单位) | 县直各部门* SUPPORT(配合单位)
            牵头部门：区住建局 责任领导：李某某副区长 完成时限：长期坚持
            => 区住建局 LEAD(牵头部门) | 李某某副区长@ RESPONSIBLE(责任领导)
            责任领导：王某 副县长
            => 王某 副县长@ RESPONSIBLE(责任领导)
            责任人：张三、李四
            => 张三@ RESPONSIBLE(责任人) | 李四@ RESPONSIBLE(责任人)
            赵某旗长牵头，旗直各部门配合
            => 赵某旗长@ LEAD(牵头) | 旗直各部门* SUPPORT(配合)

            # sentences
            由市场监管部门会同商务部门开展专项检查
            => 市场监管部门* LEAD(会同) | 商务部门* SUPPORT(会同)
            市委宣传部负责解读，市政府办公室配合
            => 市委宣传部 RESPONSIBLE(负责) | 市政府办公室 SUPPORT(配合)
            市卫生健康委员会负责政策解读和宣传，市医疗保障局配合
            => 市卫生健康委员会 RESPONSIBLE(负责) | 市医疗保障局 SUPPORT(配合)
            县发改局牵头，县财政局、县自然资源局按职责分工负责
            => 县发改局 LEAD(牵头) | 县财政局 RESPONSIBLE(按职责分工负责) | 县自然资源局 RESPONSIBLE(按职责分工负责)
            由县应急管理局牵头，县消防救援大队配合
            => 县应急管理局 LEAD(牵头) | 县消防救援大队 SUPPORT(配合)
            此项工作由各镇（街道）自行组织实施
            => 各镇（街道）* RESPONSIBLE(组织实施)
            请各单位按照要求认真抓好落实
            => 各单位* RESPONSIBLE(抓好落实)
            省委宣传部会同省文旅厅开展督查
            => 省委宣传部 LEAD(会同) | 省文旅厅 SUPPORT(会同)
            县纪委监委督导，县直各单位落实
            => 县纪委监委 GUIDE(督导) | 县直各单位* RESPONSIBLE(落实)

            # lists of levels under one 各 are one collective
            各县、区人民政府
            => 各县、区人民政府* RESPONSIBLE
            各旗、区人民政府
            => 各旗、区人民政府* RESPONSIBLE
            各县（市、区）政府
            => 各县（市、区）政府* RESPONSIBLE
            各县、市、区人民政府负责，市发改委指导
            => 各县、市、区人民政府* RESPONSIBLE(负责) | 市发改委 GUIDE(指导)
            各县、区
            => 各县、区* RESPONSIBLE
            各乡、镇人民政府，县直有关部门
            => 各乡、镇人民政府* RESPONSIBLE | 县直有关部门* RESPONSIBLE
            各乡镇、省政府办公室
            => 各乡镇* RESPONSIBLE | 省政府办公室 RESPONSIBLE

            # text that names no unit gives no assignment
            按时报送工作进展情况
            =>
            认真落实，确保取得实效
            =>
            长期坚持
            =>
            按照上级要求执行
            =>
            人民银行县支行、县农商行
            => 人民银行县支行 RESPONSIBLE | 县农商行 RESPONSIBLE

            # names that look like more than one
            城关镇人民政府、城关镇卫生院
            => 城关镇人民政府 RESPONSIBLE | 城关镇卫生院 RESPONSIBLE
            南昌海关、县直机关工委
            => 南昌海关 RESPONSIBLE | 县直机关工委 RESPONSIBLE
            1.县教育局（牵头）2.县财政局3.县人社局
            => 县教育局 LEAD(牵头) | 县财政局 RESPONSIBLE | 县人社局 RESPONSIBLE
            """;

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        String[] lines = CELLS.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String expected = lines[++i].strip().substring(2).strip();
            out.add(Arguments.of(line.replace("\\n", "\n"), expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void reads_the_cell(String cell, String expected) {
        assertThat(Rendered.of(ResponsibilityParser.parse(cell))).isEqualTo(expected);
    }

    @Test
    void keeps_the_fields_that_are_no_units_by_label() {
        ResponsibilityParser parser = ResponsibilityParser.standard();
        ParseResult r = parser.read("(牵头单位:县教体局;责任单位:各乡镇,完成时限:2023年底前)", "责任单位", Conventions.none());
        assertThat(r.fields()).containsExactly(Map.entry("完成时限", "2023年底前"));
        assertThat(r.deadlineText()).hasValue("2023年底前");

        ParseResult contact = parser.read("责任单位：州民政局 联系人：张某 电话：0471-1234567", null, Conventions.none());
        assertThat(contact.fields()).containsExactly(Map.entry("联系人", "张某"), Map.entry("电话", "0471-1234567"));
        assertThat(contact.deadlineText()).isEmpty();

        ParseResult bracketed = parser.read("县医保局（完成时限：2023年9月）", null, Conventions.none());
        assertThat(bracketed.deadlineText()).hasValue("2023年9月");

        ParseResult node = parser.read("【牵头单位】区卫健局【时间节点】每季度末", null, Conventions.none());
        assertThat(node.fields()).containsExactly(Map.entry("时间节点", "每季度末"));
        assertThat(node.responsibility().text()).isEqualTo("【牵头单位】区卫健局【时间节点】每季度末");

        assertThat(parser.read("市发改委牵头", null, Conventions.none()).fields()).isEmpty();
    }

    @Test
    void a_convention_on_the_first_unit_makes_it_lead_and_the_others_support_in_later_rows_too() {
        ResponsibilityParser parser = ResponsibilityParser.standard();
        ParseResult first = parser.read("县教体局(排在首位的为牵头单位,下同)、县财政局", "责任单位", Conventions.none());
        assertThat(Rendered.of(first.responsibility())).isEqualTo("县教体局 LEAD | 县财政局 SUPPORT");
        ParseResult second = parser.read("县卫健局、县医保局、县市场监管局", "责任单位", first.conventions());
        assertThat(Rendered.of(second.responsibility()))
                .isEqualTo("县卫健局 LEAD | 县医保局 SUPPORT | 县市场监管局 SUPPORT");
        ParseResult own = parser.read("县民政局牵头，县财政局配合", "责任单位", second.conventions());
        assertThat(Rendered.of(own.responsibility())).isEqualTo("县民政局 LEAD(牵头) | 县财政局 SUPPORT(配合)");
        ParseResult leader = parser.read("责任领导：王某；县住建局、县城管局", "责任单位", second.conventions());
        assertThat(Rendered.of(leader.responsibility()))
                .isEqualTo("王某@ RESPONSIBLE(责任领导) | 县住建局 RESPONSIBLE | 县城管局 RESPONSIBLE");
        assertThat(first.deadlineText()).isEqualTo(Optional.empty());
    }
}
