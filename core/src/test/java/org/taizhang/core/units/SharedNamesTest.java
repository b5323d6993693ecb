package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cells whose units share parts written once: a body written once at the end of a list of places
 * ({@code 经开区、高新区管委会}), a {@code 各} written once at its start ({@code 各设区市、县（市、区）人民政府}),
 * a full place name inherited ({@code 宁波市财政局、税务局}), and duty descriptions written right after
 * the units. Same notation as {@link RealCellsTest}.
 */
class SharedNamesTest {

    private static final String CELLS = """
            # A body written once after a list of places
            经开区、高新区管委会
            => 经开区=>经开区管委会 RESPONSIBLE | 高新区管委会 RESPONSIBLE
            市发改委、经开区、高新区管委会
            => 市发改委 RESPONSIBLE | 经开区=>经开区管委会 RESPONSIBLE | 高新区管委会 RESPONSIBLE
            经开区、高新区、滨海新区管委会配合
            => 经开区=>经开区管委会 SUPPORT(配合) | 高新区=>高新区管委会 SUPPORT(配合) | 滨海新区管委会 SUPPORT(配合)
            市商务局牵头，经开区、综保区管理委员会配合
            => 市商务局 LEAD(牵头) | 经开区=>经开区管理委员会 SUPPORT(配合) | 综保区管理委员会 SUPPORT(配合)
            鄞州区、海曙区人民政府
            => 鄞州区=>鄞州区人民政府 RESPONSIBLE | 海曙区人民政府 RESPONSIBLE
            经开区，高新区管委会
            => 经开区 RESPONSIBLE | 高新区管委会 RESPONSIBLE
            经开区、高新区
            => 经开区 RESPONSIBLE | 高新区 RESPONSIBLE
            上党经开区、区政府办
            => 上党经开区 RESPONSIBLE | 区政府办 RESPONSIBLE
            各盟市、自治区人民政府
            => 各盟市* RESPONSIBLE | 自治区人民政府 RESPONSIBLE
            各乡镇、街道办事处
            => 各乡镇* RESPONSIBLE | 街道办事处 RESPONSIBLE

            # 各 written once before a list of places sharing a body
            各设区市、县（市、区）人民政府
            => 各设区市=>各设区市人民政府* RESPONSIBLE | 县（市、区）人民政府=>各县（市、区）人民政府* RESPONSIBLE
            省发展改革委牵头，各设区市、县（市、区）人民政府负责落实
            => 省发展改革委 LEAD(牵头) | 各设区市=>各设区市人民政府* RESPONSIBLE(负责落实) | 县（市、区）人民政府=>各县（市、区）人民政府* RESPONSIBLE(负责落实)
            各市、县（区）党委
            => 各市=>各市党委* RESPONSIBLE | 县（区）党委=>各县（区）党委* RESPONSIBLE
            各县（市、区）、各有关部门（单位）
            => 各县（市、区）* RESPONSIBLE | 各有关部门（单位）* RESPONSIBLE

            # A full place name inherited
            宁波市财政局、税务局
            => 宁波市财政局 RESPONSIBLE | 税务局=>宁波市税务局 RESPONSIBLE
            海曙区教育局牵头，卫健局、民政局配合
            => 海曙区教育局 LEAD(牵头) | 卫健局=>海曙区卫健局 SUPPORT(配合) | 民政局=>海曙区民政局 SUPPORT(配合)
            象山县委组织部、人社局
            => 象山县委组织部 RESPONSIBLE | 人社局=>象山县人社局 RESPONSIBLE
            浙江省发展改革委、经信厅
            => 浙江省发展改革委 RESPONSIBLE | 经信厅=>浙江省经信厅 RESPONSIBLE
            克什克腾旗住建局、交通运输局
            => 克什克腾旗住建局 RESPONSIBLE | 交通运输局=>克什克腾旗交通运输局 RESPONSIBLE
            宁波市市场监管局、商务局
            => 宁波市市场监管局 RESPONSIBLE | 商务局=>宁波市商务局 RESPONSIBLE
            住房城乡建设局、交通局
            => 住房城乡建设局 RESPONSIBLE | 交通局 RESPONSIBLE
            产业园区管委会、财政局
            => 产业园区管委会 RESPONSIBLE | 财政局 RESPONSIBLE
            国家税务总局宁波市税务局、财政局
            => 国家税务总局宁波市税务局 RESPONSIBLE | 财政局 RESPONSIBLE
            宁波市财政局、国网宁波供电公司、税务局
            => 宁波市财政局 RESPONSIBLE | 国网宁波供电公司 RESPONSIBLE | 税务局 RESPONSIBLE

            # Duty descriptions after the units
            市委宣传部牵头，会同市财政局等部门推进
            => 市委宣传部 LEAD(牵头) | 市财政局 SUPPORT(会同)
            市财政局会同市发改委等有关部门组织实施
            => 市财政局 LEAD(会同) | 市发改委 SUPPORT(会同) | 有关部门* SUPPORT(会同)
            市发改委、市财政局推进
            => 市发改委 RESPONSIBLE | 市财政局 RESPONSIBLE
            市教育局牵头，市人社局、市财政局共同推进
            => 市教育局 LEAD(牵头) | 市人社局 RESPONSIBLE | 市财政局 RESPONSIBLE
            市住建局牵头开展，市城管局配合完成
            => 市住建局 LEAD(牵头) | 市城管局 SUPPORT(配合)
            市推进办
            => 市推进办 RESPONSIBLE
            市农业农村局、各县（市、区）抓好落实
            => 市农业农村局 RESPONSIBLE(抓好落实) | 各县（市、区）* RESPONSIBLE(抓好落实)

            # Collectives written in other words
            市直有关部门（单位）
            => 市直有关部门（单位）* RESPONSIBLE
            各县市区党委政府
            => 各县市区党委政府* RESPONSIBLE
            市政府各组成部门
            => 市政府各组成部门* RESPONSIBLE
            驻市各单位
            => 驻市各单位* RESPONSIBLE
            中央驻市单位
            => 中央驻市单位* RESPONSIBLE
            市直各部门（单位）、驻市有关单位
            => 市直各部门（单位）* RESPONSIBLE | 驻市有关单位* RESPONSIBLE
            各地各部门
            => 各地各部门* RESPONSIBLE
            市级有关部门、相关县（市、区）人民政府
            => 市级有关部门* RESPONSIBLE | 相关县（市、区）人民政府* RESPONSIBLE
            各区县（自治县）政府、市级各部门
            => 各区县（自治县）政府* RESPONSIBLE | 市级各部门* RESPONSIBLE
            各县（市、区）委、政府
            => 各县（市、区）委* RESPONSIBLE | 政府=>各县（市、区）政府* RESPONSIBLE
            镇党委、政府
            => 镇党委 RESPONSIBLE | 政府=>镇政府 RESPONSIBLE
            市发改委、政府办
            => 市发改委 RESPONSIBLE | 政府办=>市政府办 RESPONSIBLE
            市财政局负责统筹推进
            => 市财政局 RESPONSIBLE(负责)
            市直各单位按职责分工抓好落实
            => 市直各单位* RESPONSIBLE(按职责分工抓好落实)
            """;

    private static List<String[]> cells() {
        List<String[]> out = new ArrayList<>();
        String pending = null;
        for (String line : CELLS.split("\\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=> ")) {
                out.add(new String[] {pending, line.substring(3)});
                pending = null;
            } else {
                pending = line;
            }
        }
        return out;
    }

    static Stream<Arguments> table() {
        return cells().stream().map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void reads_units_that_share_parts_written_once(String text, String expected) {
        assertThat(Rendered.of(ResponsibilityParser.parse(text))).isEqualTo(expected);
    }
}
