package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.internal.units.CsvRows;

/**
 * Every responsibility cell of the fixture ledgers, with the assignments a reader of the ledger
 * would write down. The coverage tests check that the tables below hold exactly the cells the
 * fixtures contain.
 */
class FixtureCellsTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");

    /** 鄂尔多斯: column 责任单位; cell, then expected assignments. */
    private static final String ORDOS = """
            市司法局牵头，市政府各部门负责落实
            => 市司法局 LEAD(牵头) | 市政府各部门* RESPONSIBLE(负责落实)
            市司法局牵头，各旗区、市政府各部门负责落实
            => 市司法局 LEAD(牵头) | 各旗区* RESPONSIBLE(负责落实) | 市政府各部门* RESPONSIBLE(负责落实)
            旗区级以上政府负责落实
            => [旗区级以上]政府* RESPONSIBLE(负责落实)
            旗区级以上政府及其部门负责落实
            => [旗区级以上]政府及其部门* RESPONSIBLE(负责落实)
            旗区级以上政务服务部门负责落实
            => [旗区级以上]政务服务部门* RESPONSIBLE(负责落实)
            12345政务服务便民热线平台主管主办单位及民政、教育、人力资源社会保障、卫生健康等部门负责落实
            => 12345政务服务便民热线平台主管主办单位* RESPONSIBLE(负责落实) | 民政=>民政部门 RESPONSIBLE(负责落实) | 教育=>教育部门 RESPONSIBLE(负责落实) | 人力资源社会保障=>人力资源社会保障部门 RESPONSIBLE(负责落实) | 卫生健康=>卫生健康部门 RESPONSIBLE(负责落实)
            各旗区、各市人民政府组成部门负责落实
            => 各旗区* RESPONSIBLE(负责落实) | 各市人民政府组成部门* RESPONSIBLE(负责落实)
            旗区级以上卫生健康及相关部门负责落实
            => [旗区级以上]卫生健康=>卫生健康部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上教育、退役军人事务、人力资源社会保障等相关部门负责落实
            => [旗区级以上]教育=>教育部门* RESPONSIBLE(负责落实) | [旗区级以上]退役军人事务=>退役军人事务部门* RESPONSIBLE(负责落实) | [旗区级以上]人力资源社会保障=>人力资源社会保障部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上人力资源社会保障等相关部门负责落实
            => [旗区级以上]人力资源社会保障=>人力资源社会保障部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上生态环境及其相关部门负责落实
            => [旗区级以上]生态环境及其相关部门* RESPONSIBLE(负责落实)
            旗区级以上发展改革、生态环境及相关部门负责落实
            => [旗区级以上]发展改革=>发展改革部门* RESPONSIBLE(负责落实) | [旗区级以上]生态环境=>生态环境部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上相关主管部门牵头落实
            => [旗区级以上]相关主管部门* LEAD(牵头落实)
            旗区级以上民政、卫生健康、医疗保障等相关部门负责落实
            => [旗区级以上]民政=>民政部门* RESPONSIBLE(负责落实) | [旗区级以上]卫生健康=>卫生健康部门* RESPONSIBLE(负责落实) | [旗区级以上]医疗保障=>医疗保障部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上住房和城乡建设、自然资源等相关部门负责落实
            => [旗区级以上]住房和城乡建设=>住房和城乡建设部门* RESPONSIBLE(负责落实) | [旗区级以上]自然资源=>自然资源部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上应急管理等相关部门负责落实
            => [旗区级以上]应急管理=>应急管理部门* RESPONSIBLE(负责落实) | [旗区级以上]相关部门* RESPONSIBLE(负责落实)
            旗区级以上政府及其相关部门负责落实
            => [旗区级以上]政府及其相关部门* RESPONSIBLE(负责落实)
            旗区级以上发展改革、市场监管部门牵头，相关部门负责落实
            => [旗区级以上]发展改革=>发展改革部门* LEAD(牵头) | [旗区级以上]市场监管部门* LEAD(牵头) | 相关部门* RESPONSIBLE(负责落实)
            旗区级以上发展改革、财政、人力资源社会保障、税务等部门负责落实
            => [旗区级以上]发展改革=>发展改革部门* RESPONSIBLE(负责落实) | [旗区级以上]财政=>财政部门* RESPONSIBLE(负责落实) | [旗区级以上]人力资源社会保障=>人力资源社会保障部门* RESPONSIBLE(负责落实) | [旗区级以上]税务=>税务部门* RESPONSIBLE(负责落实)
            旗区级以上税务部门负责落实
            => [旗区级以上]税务部门* RESPONSIBLE(负责落实)
            市发展和改革、工业和信息化、商务、文化和旅游、市场监管等部门，各旗区人民政府负责落实
            => 市发展和改革=>市发展和改革部门 RESPONSIBLE(负责落实) | 工业和信息化=>市工业和信息化部门 RESPONSIBLE(负责落实) | 商务=>市商务部门 RESPONSIBLE(负责落实) | 文化和旅游=>市文化和旅游部门 RESPONSIBLE(负责落实) | 市场监管=>市市场监管部门 RESPONSIBLE(负责落实) | 各旗区人民政府* RESPONSIBLE(负责落实)
            涉及基层政务公开标准化规范化工作的旗区级以上政府及其部门负责落实
            => [涉及基层政务公开标准化规范化工作的旗区级以上]政府及其部门* RESPONSIBLE(负责落实)
            各旗区人民政府负责落实
            => 各旗区人民政府* RESPONSIBLE(负责落实)
            旗区级以上政务公开工作主管部门牵头，指导、推动、监督本地区各部门开展工作
            => [旗区级以上]政务公开工作主管部门* LEAD(牵头)
            旗区级以上政府网站主管部门牵头，指导、推动、监督本地区各部门开展工作
            => [旗区级以上]政府网站主管部门* LEAD(牵头)
            旗区级以上政务新媒体主管部门牵头，指导、推动、监督本地区各部门开展工作
            => [旗区级以上]政务新媒体主管部门* LEAD(牵头)
            涉及基层政务公开标准化规范化工作的市级有关部门和公共企事业单位信息公开工作主管部门负责落实
            => [涉及基层政务公开标准化规范化工作的]市级有关部门* RESPONSIBLE(负责落实) | [涉及基层政务公开标准化规范化工作的]公共企事业单位信息公开工作主管部门* RESPONSIBLE(负责落实)
            旗区级以上政务公开工作主管部门负责落实
            => [旗区级以上]政务公开工作主管部门* RESPONSIBLE(负责落实)
            """;

    /** 上党区: column 责任单位. */
    private static final String SHANGDANG = """
            上党经开区、各乡镇（街道），区直各有关部门
            => 上党经开区 RESPONSIBLE | 各乡镇（街道）* RESPONSIBLE | 区直各有关部门* RESPONSIBLE
            区司法局牵头，上党经开区、区直各有关部门配合
            => 区司法局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区公安分局牵头，上党经开区、各乡镇（街道）、区直各有关部门配合
            => 区公安分局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区市场监管局牵头，上党经开区、区直各有关部门配合
            => 区市场监管局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            上党经开区，各乡镇（街道），区直各有关部门
            => 上党经开区 RESPONSIBLE | 各乡镇（街道）* RESPONSIBLE | 区直各有关部门* RESPONSIBLE
            区行政审批局牵头，上党经开区、区直各有关部门配合
            => 区行政审批局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区行政审批局牵头，上党经开区、区直各有关部门落实
            => 区行政审批局 LEAD(牵头) | 上党经开区 RESPONSIBLE(落实) | 区直各有关部门* RESPONSIBLE(落实)
            各行业主管部门牵头落实
            => 各行业主管部门* LEAD(牵头落实)
            区教育局牵头落实
            => 区教育局 LEAD(牵头落实)
            区政府办牵头，上党经开区，各乡镇（街道），区直各有关部门配合
            => 区政府办 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            上党经开区、区发改局、区行政审批局、区工信局、区住建局、区交通局、区农业农村局、区卫体局、区水利局及各乡镇（街道）负责落实
            => 上党经开区 RESPONSIBLE(负责落实) | 区发改局 RESPONSIBLE(负责落实) | 区行政审批局 RESPONSIBLE(负责落实) | 区工信局 RESPONSIBLE(负责落实) | 区住建局 RESPONSIBLE(负责落实) | 区交通局 RESPONSIBLE(负责落实) | 区农业农村局 RESPONSIBLE(负责落实) | 区卫体局 RESPONSIBLE(负责落实) | 区水利局 RESPONSIBLE(负责落实) | 各乡镇（街道）* RESPONSIBLE(负责落实)
            区财政局牵头，上党经开区，各乡镇（街道）、区直有关部门配合
            => 区财政局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直有关部门* SUPPORT(配合)
            区市场监管局牵头，上党经开区，各乡镇（街道）、区直有关部门配合
            => 区市场监管局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直有关部门* SUPPORT(配合)
            区政府办
            => 区政府办 RESPONSIBLE
            区税务局、区财政局牵头，上党经开区、区直各有关部门配合
            => 区税务局 LEAD(牵头) | 区财政局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区卫体局牵头，上党经开区、各乡镇（街道）、区直各有关部门配合
            => 区卫体局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区人社局牵头，上党经开区、各乡镇（街道）、区直各有关部门配合
            => 区人社局 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区政府办牵头，上党经开区、各乡镇（街道）、区直各有关部门配合
            => 区政府办 LEAD(牵头) | 上党经开区 SUPPORT(配合) | 各乡镇（街道）* SUPPORT(配合) | 区直各有关部门* SUPPORT(配合)
            区政府办区财政局
            => 区政府办 RESPONSIBLE | 区财政局 RESPONSIBLE
            """;

    /** 乌海: three role columns; header, cell, then expected assignments. */
    private static final String WUHAI = """
            主体责任单位|各区政府
            => 各区政府* PRINCIPAL
            主体责任单位|市政府
            => 市政府 PRINCIPAL
            主管责任单位|市政府
            => 市政府 COMPETENT
            主管责任单位|市政府公共资源交易中心
            => 市政府公共资源交易中心 COMPETENT
            指导责任单位|市政府
            => 市政府 GUIDE
            指导责任单位|市行政审批和政务服务局
            => 市行政审批和政务服务局 GUIDE
            指导责任单位|市自然资源局 住房和城乡建设局
            => 市自然资源局 GUIDE | 住房和城乡建设局=>市住房和城乡建设局 GUIDE
            指导责任单位|市发改委 住房和城乡建设局
            => 市发改委 GUIDE | 住房和城乡建设局=>市住房和城乡建设局 GUIDE
            指导责任单位|市财政局
            => 市财政局 GUIDE
            指导责任单位|市应急管理局 市民政局
            => 市应急管理局 GUIDE | 市民政局 GUIDE
            指导责任单位|市税务局
            => 市税务局 GUIDE
            指导责任单位|市住房和城乡建设局 行政审批和政务服务局 城市管理综合执法局
            => 市住房和城乡建设局 GUIDE | 行政审批和政务服务局=>市行政审批和政务服务局 GUIDE | 城市管理综合执法局=>市城市管理综合执法局 GUIDE
            指导责任单位|市生态环境局
            => 市生态环境局 GUIDE
            指导责任单位|市文体旅游广电局
            => 市文体旅游广电局 GUIDE
            指导责任单位|市司法局
            => 市司法局 GUIDE
            指导责任单位|市扶贫办
            => 市扶贫办 GUIDE
            指导责任单位|市民政局
            => 市民政局 GUIDE
            指导责任单位|市市场监督管理局
            => 市市场监督管理局 GUIDE
            指导责任单位|市人力资源和社会保障局
            => 市人力资源和社会保障局 GUIDE
            指导责任单位|市公安局
            => 市公安局 GUIDE
            指导责任单位|市农牧局
            => 市农牧局 GUIDE
            指导责任单位|市教育局
            => 市教育局 GUIDE
            指导责任单位|市卫生健康委员会
            => 市卫生健康委员会 GUIDE
            指导责任单位|市有关部门
            => 市有关部门* GUIDE
            指导责任单位|市政府办公室 市行政审批和政务服务局
            => 市政府办公室 GUIDE | 市行政审批和政务服务局 GUIDE
            指导责任单位|市委网信办 市政府信息办
            => 市委网信办 GUIDE | 市政府信息办 GUIDE
            指导责任单位|市委宣传部 市政府办公室
            => 市委宣传部 GUIDE | 市政府办公室 GUIDE
            指导责任单位|市委宣传部 市政府办公室 市行政审批和政务服务局
            => 市委宣传部 GUIDE | 市政府办公室 GUIDE | 市行政审批和政务服务局 GUIDE
            指导责任单位|市委宣传部 市政府信息办
            => 市委宣传部 GUIDE | 市政府信息办 GUIDE
            指导责任单位|市委网信办 市政府办公室 市政府信息办 市行政审批和政务服务局
            => 市委网信办 GUIDE | 市政府办公室 GUIDE | 市政府信息办 GUIDE | 市行政审批和政务服务局 GUIDE
            指导责任单位|市委组织部 市政府办公室
            => 市委组织部 GUIDE | 市政府办公室 GUIDE
            """;

    /** 阿拉善左旗: the units named as the subject of duties in the prose. */
    private static final String ALXA = """
            旗直各部门、苏木镇(街道办)
            => 旗直各部门* RESPONSIBLE | 苏木镇(街道办) RESPONSIBLE
            各苏木镇(街道办)
            => 各苏木镇(街道办)* RESPONSIBLE
            疫情防控指挥部
            => 疫情防控指挥部 RESPONSIBLE
            文件起草单位
            => 文件起草单位* RESPONSIBLE
            相关部门
            => 相关部门* RESPONSIBLE
            """;

    static Stream<Arguments> cells() {
        Stream.Builder<Arguments> all = Stream.builder();
        table(ORDOS).forEach((cell, expected) -> all.add(Arguments.of("责任单位", cell, expected)));
        table(SHANGDANG).forEach((cell, expected) -> all.add(Arguments.of("责任\n单位", cell, expected)));
        table(WUHAI).forEach((key, expected) -> {
            String[] hc = key.split("\\|", 2);
            all.add(Arguments.of(hc[0], hc[1], expected));
        });
        table(ALXA).forEach((cell, expected) -> all.add(Arguments.of(null, cell, expected)));
        return all.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cells")
    void reads_every_fixture_cell_into_its_units_and_roles(String header, String cell, String expected) {
        assertThat(Rendered.of(ResponsibilityParser.parse(cell, header))).isEqualTo(expected);
    }

    @Test
    void ordos_table_covers_every_responsibility_cell_of_the_ledger() throws Exception {
        assertThat(table(ORDOS).keySet())
                .containsExactlyInAnyOrderElementsOf(csvColumn("ordos-2022-ledger.gbk.csv", Charset.forName("GB18030")));
    }

    @Test
    void shangdang_table_covers_every_responsibility_cell_of_the_ledger() throws Exception {
        assertThat(table(SHANGDANG).keySet())
                .containsExactlyInAnyOrderElementsOf(csvColumn("shangdang-2022-tasks.csv", StandardCharsets.UTF_8));
    }

    @Test
    void wuhai_table_covers_every_cell_of_the_three_role_columns() throws IOException {
        Set<String> found = new LinkedHashSet<>();
        List<String> header = null;
        for (String line : Files.readAllLines(FIXTURES.resolve("seeds/wuhai-basic-level-tasks.extract.txt"))) {
            List<String> fields = List.of(line.split("\t", -1));
            if (fields.contains("主体责任单位")) {
                header = fields;
                continue;
            }
            if (header == null || fields.size() < header.size() - 1) {
                continue;
            }
            for (String column : List.of("主体责任单位", "主管责任单位", "指导责任单位")) {
                String cell = fields.get(header.indexOf(column)).strip();
                if (!cell.isEmpty()) {
                    found.add(column + "|" + cell);
                }
            }
            // two rows of the extract are shifted by a merged cell: their 指导 units sit under 完成时限
            String shifted = fields.get(header.indexOf("完成时限")).strip();
            if (shifted.endsWith("局")) {
                found.add("指导责任单位|" + shifted);
            }
        }
        assertThat(found).hasSize(31);
        assertThat(table(WUHAI).keySet()).containsAll(found);
    }

    @Test
    void alxa_units_are_written_in_the_published_text() throws IOException {
        String text = Files.readString(FIXTURES.resolve("alxa-left-banner-2022-points.txt"));
        assertThat(table(ALXA).keySet()).allSatisfy(cell -> assertThat(text).contains(cell));
    }

    private static Set<String> csvColumn(String file, Charset charset) throws Exception {
        String text = new String(Files.readAllBytes(FIXTURES.resolve(file)), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRows.Row> rows = CsvRows.parse(text);
        int column = -1;
        Set<String> cells = new LinkedHashSet<>();
        for (CsvRows.Row row : rows) {
            List<String> f = row.fields();
            if (column < 0) {
                for (int i = 0; i < f.size(); i++) {
                    if (f.get(i).replaceAll("\\s", "").equals("责任单位")) {
                        column = i;
                    }
                }
                continue;
            }
            if (f.size() > column && !f.get(column).isBlank()) {
                cells.add(f.get(column));
            }
        }
        return cells;
    }

    /** Reads "cell\n=> expected" pairs. */
    private static Map<String, String> table(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String cell = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("=> ")) {
                out.put(cell, line.substring(3));
            } else if (!line.isBlank()) {
                cell = line;
            }
        }
        return out;
    }
}
