package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;

/**
 * Arbitrary text made of the pieces real cells are made of (unit words, role words, labels,
 * brackets, separators, list numbers, marks) and of arbitrary characters: parsing never throws,
 * keeps the text, and invents no unit and no role text.
 */
class ResponsibilityParserRobustnessTest {

    private static final Gen<String> PIECE = arbitrary().pick(List.of(
            "市", "区", "县", "旗", "镇", "省", "各", "有关", "相关", "直", "级以上", "涉及", "的", "两级",
            "财政局", "发改委", "政府", "人民政府", "党委", "办事处", "办公室", "部门", "单位", "中心", "所", "公司",
            "街道", "乡镇", "苏木", "社区", "国网", "人民银行", "中共", "中央",
            "牵头", "配合", "负责", "负责落实", "按职责分工负责", "会同", "协办", "主办", "指导", "统筹", "负总责",
            "落实主体责任", "为牵头单位", "以上单位均为责任单位", "以上单位", "等", "等有关部门", "等部门", "及", "和",
            "及其", "与", "以及", "牵头单位", "配合单位", "责任单位", "责任领导", "副市长", "同志", "由",
            "：", ":", "、", "，", ",", "；", ";", "。", ".", " ", "\n", "/", "（", "）", "(", ")", "【", "】", "〔", "〕",
            "1.", "2、", "（3）", "①", "一、", "12345", "★", "☆", "列第一位者为牵头单位", "下同", "排名不分先后",
            "其他为配合单位", "注：", "（下同）", "（排名不分先后）", "【牵头单位】", "（责任领导：王副市长）", "（牵头）",
            "（市教育局牵头）", "市、县"));

    private static final Gen<String> ANY_CHARS = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40);

    private static final Gen<String> TEXT = lists().of(arbitrary().pick(true, true, true, false)
                    .zip(PIECE, ANY_CHARS, (piece, p, any) -> piece ? p : any))
            .ofSizeBetween(0, 40)
            .map(parts -> String.join("", parts));

    private static final Gen<String> HEADER = arbitrary().pick(Arrays.asNullable(
            "责任单位", "牵头单位", "配合单位", "主体责任单位", "责任单位（列第一位者为牵头单位）", "责任领导"));

    @Test
    void parsing_any_text_keeps_it_and_invents_no_unit() {
        qt().withExamples(1500).forAll(TEXT, HEADER).checkAssert((text, header) -> {
            Responsibility r = ResponsibilityParser.parse(text, header);
            assertThat(r.text()).isEqualTo(text);
            for (Assignment a : r.assignments()) {
                assertThat(a.unit().name()).as(text).isNotBlank();
                assertThat(text).as("unit of %s", text).contains(a.unit().body());
                a.roleText().ifPresent(t -> assertThat(text + "|" + header).as(text).contains(t));
                a.unit().qualifier().ifPresent(q -> assertThat(text).as(text).contains(q));
            }
        });
    }

    @Test
    void carried_conventions_never_break_a_later_row() {
        ResponsibilityParser parser = ResponsibilityParser.standard();
        qt().withExamples(500).forAll(TEXT, TEXT).checkAssert((first, second) -> {
            ParseResult one = parser.read(first, "责任单位", Conventions.none());
            ParseResult two = parser.read(second, "责任单位", one.conventions());
            assertThat(two.responsibility().text()).isEqualTo(second);
            assertThat(two.responsibility().assignments()).allSatisfy(a ->
                    assertThat(second).contains(a.unit().body()));
        });
    }

    @Test
    void a_cell_of_repeated_real_pieces_up_to_the_limit_gives_one_assignment_per_unit() {
        qt().withExamples(50).forAll(integers().between(1, 90)).checkAssert(n -> {
            String cell = "1.市财政局（牵头）、".repeat(n);
            Responsibility r = ResponsibilityParser.parse(cell);
            assertThat(r.assignments()).hasSize(n)
                    .allSatisfy(a -> assertThat(a.unit().name()).isEqualTo("市财政局"))
                    .allSatisfy(a -> assertThat(a.role()).isEqualTo(Role.LEAD));
        });
    }

    @Test
    void long_hostile_text_is_read_in_bounded_time() {
        List<String> hostile = List.of(
                "【牵头单位】".repeat(160),
                "（市财政局牵头".repeat(140),
                "以上单位均为".repeat(160),
                "1.1.1.1.".repeat(120),
                "①".repeat(999),
                "★市".repeat(490),
                "各县（市、区）党委、政府、".repeat(70),
                "市、".repeat(490),
                "为牵头单位为".repeat(160),
                "责任领导：".repeat(190));
        for (String s : hostile) {
            long start = System.nanoTime();
            Responsibility r = ResponsibilityParser.parse(s);
            assertThat(r.text()).isEqualTo(s);
            assertThat(System.nanoTime() - start).as(s.substring(0, 12)).isLessThan(2_000_000_000L);
        }
    }

    @Test
    void keeps_names_whole_around_a_removed_note() {
        ResponsibilityParser parser = ResponsibilityParser.standard();
        String first = "市".repeat(36);
        String second = "市".repeat(37) + "（下同)市";
        ParseResult one = parser.read(first, "责任单位", Conventions.none());
        ParseResult two = parser.read(second, "责任单位", one.conventions());
        // the 市 after the note is not joined to the name before it (alone it names no unit)
        assertThat(Rendered.of(two.responsibility())).isEqualTo("市".repeat(37) + " RESPONSIBLE");
    }

    @Test
    void a_bracketed_label_inside_a_bracket_stays_as_written() {
        String text = "市市市市市市" + "!".repeat(32) + "(市市市市市市市市市市市市市" + "!".repeat(24) + "("
                + "!".repeat(8) + "市市部门）市市市市市市市市市市" + "!".repeat(31) + ")";
        Responsibility r = ResponsibilityParser.parse(text, "责任单位");
        // no unit (the text names none), and above all no piece cut out of the brackets
        assertThat(r.assignments()).extracting(a -> a.unit().name()).allMatch(text::equals);
        Responsibility named = ResponsibilityParser.parse(text + "局", "责任单位");
        assertThat(named.assignments()).extracting(a -> a.unit().name()).containsExactly(text + "局");
    }

    @Test
    void a_note_about_people_keeps_the_names_on_either_side_apart() {
        String text = "市市市市市市市市市市市市" + "!".repeat(29) + "(!!!市市市市市市市市市市市市市责任领导：)市";
        Responsibility r = ResponsibilityParser.parse(text, "责任单位");
        // neither side names a unit, and no name reaches into the note
        assertThat(r.assignments()).extracting(a -> a.unit().name()).noneMatch(n -> n.contains("("));
        String units = "市财政局(!!!市市市市市市市市市市市市市责任领导：)市民政局";
        assertThat(ResponsibilityParser.parse(units, "责任单位").assignments()).extracting(a -> a.unit().name())
                .containsExactly("市财政局", "市民政局");
    }

    /** Picks that may be null. */
    private static final class Arrays {
        private Arrays() {}

        static List<String> asNullable(String... values) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>(List.of(values));
            out.add(null);
            return out;
        }
    }
}
