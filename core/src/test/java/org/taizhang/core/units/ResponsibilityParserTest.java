package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;

class ResponsibilityParserTest {

    private static String read(String text) {
        return Rendered.of(ResponsibilityParser.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            市教育局牵头，市人社局、市卫健委参与 # 市教育局 LEAD(牵头) | 市人社局 SUPPORT(参与) | 市卫健委 SUPPORT(参与)
            县政府办公室牵头，县发改局、县财政局按职责分工负责 # 县政府办公室 LEAD(牵头) | 县发改局 RESPONSIBLE(按职责分工负责) | 县财政局 RESPONSIBLE(按职责分工负责)
            市公安局、市交通运输局（按职责分工负责） # 市公安局 RESPONSIBLE(按职责分工负责) | 市交通运输局 RESPONSIBLE(按职责分工负责)
            省发展改革委、省财政厅等按职责分工负责 # 省发展改革委 RESPONSIBLE(按职责分工负责) | 省财政厅 RESPONSIBLE(按职责分工负责)
            各镇（街道）、县直各部门 # 各镇（街道）* RESPONSIBLE | 县直各部门* RESPONSIBLE
            区政府办主办，区财政局协办 # 区政府办 LEAD(主办) | 区财政局 SUPPORT(协办)
            市委宣传部牵头负责，市委网信办协助 # 市委宣传部 LEAD(牵头负责) | 市委网信办 SUPPORT(协助)
            市发改委、市财政局分别牵头 # 市发改委 LEAD(分别牵头) | 市财政局 LEAD(分别牵头)
            市财政局会同市发改委负责 # 市财政局 LEAD(会同) | 市发改委 SUPPORT(会同)
            区应急局牵头，区公安分局协同 # 区应急局 LEAD(牵头) | 区公安分局 SUPPORT(协同)
            各县（区）政府分别负责落实 # 各县（区）政府* RESPONSIBLE(分别负责落实)
            市直各部门参照落实 # 市直各部门* RESPONSIBLE(参照落实)
            各县（市、区）政府负责，市政府有关部门指导 # 各县（市、区）政府* RESPONSIBLE(负责) | 市政府有关部门* GUIDE(指导)
            市教育局牵头；市人社局、市财政局配合。 # 市教育局 LEAD(牵头) | 市人社局 SUPPORT(配合) | 市财政局 SUPPORT(配合)
            市发改委牵头,市财政局配合 # 市发改委 LEAD(牵头) | 市财政局 SUPPORT(配合)
            市卫健委牵头、市医保局配合 # 市卫健委 LEAD(牵头) | 市医保局 SUPPORT(配合)
            市司法局（牵头），市直各部门 # 市司法局 LEAD(牵头) | 市直各部门* RESPONSIBLE
            市教育局（牵头）、市人社局、市财政局 # 市教育局 LEAD(牵头) | 市人社局 RESPONSIBLE | 市财政局 RESPONSIBLE
            市委办公室、市政府办公室牵头，市直各部门、各县（市、区）党委和政府负责 # 市委办公室 LEAD(牵头) | 市政府办公室 LEAD(牵头) | 市直各部门* RESPONSIBLE(负责) | 各县（市、区）党委和政府* RESPONSIBLE(负责)
            市应急管理局牵头，市公安局、市消防救援支队等配合 # 市应急管理局 LEAD(牵头) | 市公安局 SUPPORT(配合) | 市消防救援支队 SUPPORT(配合)
            市公安局、市交通运输局等有关部门 # 市公安局 RESPONSIBLE | 市交通运输局 RESPONSIBLE | 有关部门* RESPONSIBLE
            市国资委及市属国有企业 # 市国资委 RESPONSIBLE | 市属国有企业* RESPONSIBLE
            市委和市政府 # 市委 RESPONSIBLE | 市政府 RESPONSIBLE
            区住房和城乡建设局和区人力资源和社会保障局 # 区住房和城乡建设局 RESPONSIBLE | 区人力资源和社会保障局 RESPONSIBLE
            各乡镇人民政府、街道办事处 # 各乡镇人民政府* RESPONSIBLE | 街道办事处 RESPONSIBLE
            市总工会、团市委、市妇联 # 市总工会 RESPONSIBLE | 团市委 RESPONSIBLE | 市妇联 RESPONSIBLE
            国家税务总局鄂尔多斯市税务局 # 国家税务总局鄂尔多斯市税务局 RESPONSIBLE
            市公安局交警支队 # 市公安局交警支队 RESPONSIBLE
            市政府办公室（市政务公开办） # 市政府办公室（市政务公开办） RESPONSIBLE
            市财政局(市国资委)、各县〔区〕政府 # 市财政局(市国资委) RESPONSIBLE | 各县〔区〕政府* RESPONSIBLE
            区委区政府 # 区委 RESPONSIBLE | 区政府 RESPONSIBLE
            市委宣传部市政府办公室。 # 市委宣传部 RESPONSIBLE | 市政府办公室 RESPONSIBLE
            宣传处会办公室 # 宣传处 RESPONSIBLE | 会办公室 RESPONSIBLE
            区民社局、退役军人事务局 # 区民社局 RESPONSIBLE | 退役军人事务局=>区退役军人事务局 RESPONSIBLE
            市场监管局牵头，税务局、人社局配合 # 市场监管局 LEAD(牵头) | 税务局 SUPPORT(配合) | 人社局 SUPPORT(配合)
            市规划局负责城乡规划 # 市规划局 RESPONSIBLE(负责)
            市发改委牵头，12345热线配合 # 市发改委 LEAD(牵头) | 12345热线 SUPPORT(配合)
            市教育局\\n市财政局 # 市教育局 RESPONSIBLE | 市财政局 RESPONSIBLE
            """)
    void reads_real_variants_of_responsibility_cells(String cell, String expected) {
        assertThat(read(cell.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void reads_the_design_example_with_lead_and_collectives() {
        Responsibility r = ResponsibilityParser.parse("市司法局牵头，各旗区、市政府各部门负责落实");
        assertThat(r.text()).isEqualTo("市司法局牵头，各旗区、市政府各部门负责落实");
        assertThat(r.assignments()).extracting(a -> a.unit().name(), Assignment::role, a -> a.roleText().orElse(""),
                        a -> a.unit().isCollective())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("市司法局", Role.LEAD, "牵头", false),
                        org.assertj.core.groups.Tuple.tuple("各旗区", Role.RESPONSIBLE, "负责落实", true),
                        org.assertj.core.groups.Tuple.tuple("市政府各部门", Role.RESPONSIBLE, "负责落实", true));
    }

    @Test
    void reads_labelled_parts_with_the_label_as_role_text() {
        assertThat(read("(牵头单位:市审批局、市发改委;责任单位:市直各部门)"))
                .isEqualTo("市审批局 LEAD(牵头单位) | 市发改委 LEAD(牵头单位) | 市直各部门* RESPONSIBLE(责任单位)");
        assertThat(read("牵头责任单位：市委网信办；协同责任单位：市公安局、市市场监管局"))
                .isEqualTo("市委网信办 LEAD(牵头责任单位) | 市公安局 SUPPORT(协同责任单位) | 市市场监管局 SUPPORT(协同责任单位)");
        assertThat(read("牵头单位：市政府办公室 责任单位：各县区政府、市直各部门"))
                .isEqualTo("市政府办公室 LEAD(牵头单位) | 各县区政府* RESPONSIBLE(责任单位) | 市直各部门* RESPONSIBLE(责任单位)");
    }

    @Test
    void marks_leaders_as_persons_in_their_roles() {
        Responsibility r = ResponsibilityParser.parse("配合领导:张副市长");
        assertThat(r.text()).isEqualTo("配合领导:张副市长");
        assertThat(r.assignments()).singleElement().satisfies(a -> {
            assertThat(a.unit().isPerson()).isTrue();
            assertThat(a.unit().isCollective()).isFalse();
            assertThat(a.role()).isEqualTo(Role.SUPPORT);
        });
        assertThat(read("责任领导：王建国；牵头单位：市发改委"))
                .isEqualTo("王建国@ RESPONSIBLE(责任领导) | 市发改委 LEAD(牵头单位)");
        assertThat(read("李明副市长牵头，市发改委负责"))
                .isEqualTo("李明副市长@ LEAD(牵头) | 市发改委 RESPONSIBLE(负责)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "主体责任单位, PRINCIPAL", "主管责任单位, COMPETENT", "指导责任单位, GUIDE", "牵头单位, LEAD",
        "配合单位, SUPPORT", "协办单位, SUPPORT", "责任单位, RESPONSIBLE", "责任部门, RESPONSIBLE",
        "责任科室, RESPONSIBLE", "'责任\n单位', RESPONSIBLE"
    })
    void gives_units_without_role_words_the_role_of_their_column(String header, Role role) {
        assertThat(ResponsibilityParser.columnRole(header)).isEqualTo(role);
        Responsibility r = ResponsibilityParser.parse("市委宣传部 市政府办公室", header);
        assertThat(r.assignments()).extracting(Assignment::role).containsExactly(role, role);
        assertThat(r.assignments()).allSatisfy(a -> assertThat(a.roleText()).isEmpty());
    }

    @Test
    void role_words_in_the_text_win_over_the_column() {
        assertThat(Rendered.of(ResponsibilityParser.parse("区司法局牵头，区直各有关部门配合", "主体责任单位")))
                .isEqualTo("区司法局 LEAD(牵头) | 区直各有关部门* SUPPORT(配合)");
    }

    @Test
    void reads_full_width_and_half_width_punctuation_alike() {
        assertThat(read("市教育局牵头；市人社局、市财政局配合。"))
                .isEqualTo(read("市教育局牵头;市人社局,市财政局配合."));
        assertThat(read("各县(区)政府、市直各部门")).isEqualTo("各县(区)政府* RESPONSIBLE | 市直各部门* RESPONSIBLE");
    }

    @Test
    void keeps_separators_inside_brackets_as_part_of_the_name() {
        assertThat(read("各县（市、区）人民政府，市直有关部门"))
                .isEqualTo("各县（市、区）人民政府* RESPONSIBLE | 市直有关部门* RESPONSIBLE");
    }

    @Test
    void applies_a_first_listed_convention_written_in_the_cell() {
        assertThat(read("市教育局、市人社局、市财政局（列第一位者为牵头单位）"))
                .isEqualTo("市教育局 LEAD | 市人社局 SUPPORT | 市财政局 SUPPORT");
        assertThat(read("市教育局、市人社局、市财政局。注：首位单位为牵头单位，其他为配合单位"))
                .isEqualTo("市教育局 LEAD | 市人社局 SUPPORT | 市财政局 SUPPORT");
    }

    @Test
    void applies_a_convention_written_in_the_column_header() {
        assertThat(Rendered.of(ResponsibilityParser.parse("市发改委、市财政局", "责任单位（列第一位者为牵头单位）")))
                .isEqualTo("市发改委 LEAD | 市财政局 SUPPORT");
    }

    @Test
    void carries_a_convention_marked_the_same_below_to_later_rows() {
        ResponsibilityParser parser = ResponsibilityParser.standard();
        ParseResult first = parser.read("市教育局、市财政局（列第一位者为牵头单位，下同）", "责任单位", Conventions.none());
        assertThat(Rendered.of(first.responsibility())).isEqualTo("市教育局 LEAD | 市财政局 SUPPORT");
        assertThat(first.conventions().firstListedLeads()).isTrue();
        assertThat(first.conventions().carriedForward()).isTrue();

        ParseResult second = parser.read("市民政局、市卫健委", "责任单位", first.conventions());
        assertThat(Rendered.of(second.responsibility())).isEqualTo("市民政局 LEAD | 市卫健委 SUPPORT");
        ParseResult third = parser.read("市民政局牵头，市卫健委配合", "责任单位", second.conventions());
        assertThat(Rendered.of(third.responsibility())).isEqualTo("市民政局 LEAD(牵头) | 市卫健委 SUPPORT(配合)");
    }

    @Test
    void does_not_carry_a_convention_without_the_same_below() {
        ParseResult r = ResponsibilityParser.standard()
                .read("市教育局、市财政局（排名第一的为牵头单位）", null, Conventions.none());
        assertThat(Rendered.of(r.responsibility())).isEqualTo("市教育局 LEAD | 市财政局 SUPPORT");
        assertThat(r.conventions()).isEqualTo(Conventions.none());
    }

    @Test
    void keeps_blank_and_null_text_without_assignments() {
        assertThat(ResponsibilityParser.parse(null).text()).isEmpty();
        assertThat(ResponsibilityParser.parse(null).assignments()).isEmpty();
        assertThat(ResponsibilityParser.parse("  \n").assignments()).isEmpty();
        assertThat(ResponsibilityParser.parse("  \n").text()).isEqualTo("  \n");
    }

    @Test
    void keeps_text_longer_than_the_limit_without_assignments() {
        String longText = "市财政局、".repeat(300);
        Responsibility r = ResponsibilityParser.parse(longText);
        assertThat(r.text()).isEqualTo(longText);
        assertThat(r.assignments()).isEmpty();
        ResponsibilityParser wide = ResponsibilityParser.builder().maxLength(2000).build();
        assertThat(wide.read(longText, null).assignments()).hasSize(300);
    }

    @Test
    void reads_hostile_text_in_bounded_time() {
        String nested = "（".repeat(400) + "市财政局" + "）".repeat(400);
        String unclosed = "市财政局（" + "、各".repeat(450);
        String runTogether = "区财政局".repeat(240);
        for (String s : List.of(nested, unclosed, runTogether, "和".repeat(999), "等相关部门".repeat(190))) {
            long start = System.nanoTime();
            Responsibility r = ResponsibilityParser.parse(s);
            assertThat(r.text()).isEqualTo(s);
            assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        }
        assertThat(ResponsibilityParser.parse(runTogether).assignments()).hasSize(240)
                .allSatisfy(a -> assertThat(a.unit().name()).isEqualTo("区财政局"));
    }

    @Test
    void sets_canonical_names_from_a_unit_directory() {
        ResponsibilityParser parser = ResponsibilityParser.builder()
                .directory(UnitDirectory.of(List.of(
                        new KnownUnit("区人力资源和社会保障局", List.of("区人社局"), "区级"))))
                .build();
        Responsibility r = parser.read("区人社局牵头，区财政局配合", null);
        assertThat(r.assignments().get(0).unit().name()).isEqualTo("区人社局");
        assertThat(r.assignments().get(0).unit().canonicalName()).contains("区人力资源和社会保障局");
        assertThat(r.assignments().get(1).unit().canonicalName()).isEmpty();
    }

    @Test
    void expands_short_forms_with_the_built_in_table_only_when_asked() {
        ResponsibilityParser parser = ResponsibilityParser.builder().directory(UnitDirectory.builtIn()).build();
        assertThat(Rendered.of(parser.read("区人社局、发改委", null)))
                .isEqualTo("区人社局=>区人力资源和社会保障局 RESPONSIBLE | 发改委=>区发展和改革委员会 RESPONSIBLE");
        assertThat(Rendered.of(ResponsibilityParser.parse("区人社局、发改委")))
                .isEqualTo("区人社局 RESPONSIBLE | 发改委=>区发改委 RESPONSIBLE");
    }
}
