package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.Assignment;
import org.taizhang.core.Role;

/**
 * Cells written the way ledgers of many provinces write them — units of provinces, leagues,
 * prefectures, counties, banners, districts and towns, enterprises and collectives; every separator;
 * role words after a list, labels, bracketed roles, numbered lists, 会同 sentences, leaders and a
 * deadline field — read back to the assignments they were built from.
 */
class CellGrammarPropertiesTest {

    private static final Gen<String> LEVEL = arbitrary().pick("省", "市", "区", "县", "旗", "州", "盟", "自治区");
    private static final Gen<String> BODY = arbitrary().pick(
            "发改委", "发展改革委", "财政局", "人社局", "人力资源社会保障局", "住建局", "教体局", "教育局", "卫健委",
            "卫生健康委员会", "市场监管局", "文旅局", "文化和旅游局", "自然资源局", "生态环境局", "农业农村局", "水利局",
            "交通运输局", "应急管理局", "商务局", "统计局", "审计局", "医保局", "民政局", "司法局", "公安局",
            "退役军人事务局", "林草局", "乡村振兴局", "政务服务中心", "融媒体中心", "委宣传部", "委组织部", "委网信办",
            "委编办", "政府办公室", "政府办", "纪委监委", "总工会", "妇联", "科协", "残联", "数据局", "大数据中心",
            "机关事务管理局", "城管局", "综合行政执法局", "信访局", "消防救援大队", "气象局", "城投集团", "供电公司");
    private static final Gen<String> NAMED = LEVEL.zip(BODY, (l, b) -> l + b);
    private static final Gen<String> TOWN = arbitrary().pick(
            "城关镇人民政府", "青山街道办事处", "巴彦浩特镇", "乌兰苏木", "桃源乡人民政府", "东城街道", "新华街道办事处");
    private static final Gen<String> COLLECTIVE = arbitrary().pick(
            "各乡镇", "各街道", "各苏木镇", "各乡镇（街道）", "各县（市、区）人民政府", "各旗、区人民政府",
            "各县、区人民政府", "县直各部门", "市直有关单位", "区直各有关部门", "各开发区管委会", "各嘎查村",
            "盟直各有关部门", "州直有关部门", "各旗县市区人民政府");
    private static final Gen<String> UNIT = integers().between(0, 9).zip(NAMED, TOWN, COLLECTIVE,
            (k, n, t, c) -> k < 6 ? n : k < 7 ? t : c);
    private static final Gen<String> SEPARATOR = arbitrary().pick("、", "，", ",", " ", "\n", "　", "/");
    private static final Gen<String[]> ROLE = arbitrary().pick(
            new String[] {"牵头", "LEAD"}, new String[] {"牵头负责", "LEAD"}, new String[] {"主办", "LEAD"},
            new String[] {"主责", "LEAD"}, new String[] {"配合", "SUPPORT"}, new String[] {"协助", "SUPPORT"},
            new String[] {"协办", "SUPPORT"}, new String[] {"参与", "SUPPORT"}, new String[] {"负责", "RESPONSIBLE"},
            new String[] {"负责落实", "RESPONSIBLE"}, new String[] {"落实", "RESPONSIBLE"},
            new String[] {"按职责分工负责", "RESPONSIBLE"}, new String[] {"指导", "GUIDE"},
            new String[] {"督导", "GUIDE"});
    private static final Gen<String[]> LABEL = arbitrary().pick(
            new String[] {"牵头单位", "LEAD"}, new String[] {"牵头部门", "LEAD"}, new String[] {"配合单位", "SUPPORT"},
            new String[] {"协办单位", "SUPPORT"}, new String[] {"责任单位", "RESPONSIBLE"},
            new String[] {"主办单位", "LEAD"}, new String[] {"参与单位", "SUPPORT"}, new String[] {"指导单位", "GUIDE"});
    private static final Gen<String> FIELD = arbitrary().pick(
            "完成时限", "责任时限", "完成时间", "时间节点", "时间");
    private static final Gen<String> DUE = arbitrary().pick("2023年底前", "2024年6月30日前", "长期坚持", "每季度末");
    private static final Gen<String> LEADER = arbitrary().pick(
            "张某某副县长", "李某常务副市长", "王某某同志", "赵某旗长", "刘某某副区长");
    private static final Gen<List<String>> UNITS = lists().of(UNIT).ofSizeBetween(1, 4);

    /** The assignments a cell was built from: unit name, role, role text, person. */
    private record Expected(String name, Role role, String roleText, boolean person) {
        static Expected of(Assignment a) {
            return new Expected(a.unit().name(), a.role(), a.roleText().orElse(""), a.unit().isPerson());
        }
    }

    private static String join(List<String> units, String separator) {
        return String.join(separator, units);
    }

    private static void add(List<Expected> out, List<String> units, String[] role, String roleText) {
        for (String u : units) {
            out.add(new Expected(u, Role.valueOf(role[1]), roleText, false));
        }
    }

    private static void check(String cell, List<Expected> expected) {
        List<Expected> actual = ResponsibilityParser.parse(cell).assignments().stream().map(Expected::of).toList();
        assertThat(actual).as(cell).containsExactlyElementsOf(expected);
    }

    /** A cell and the assignments it was built from; {@code due} is its deadline field, or null. */
    private record Case(String text, List<Expected> expected, String due) {}

    /** One list of units with its role word. */
    private record Listed(List<String> units, String separator, String[] role) {}

    private static final Gen<Listed> LISTED = UNITS.zip(SEPARATOR, ROLE, Listed::new);

    private static final Gen<Case> TWO_LISTS = LISTED.zip(LISTED, arbitrary().pick("，", "；", ";", "。", "\n"),
            (a, b, sep) -> {
                List<Expected> expected = new ArrayList<>();
                add(expected, a.units(), a.role(), a.role()[0]);
                add(expected, b.units(), b.role(), b.role()[0]);
                return new Case(join(a.units(), a.separator()) + a.role()[0] + sep + join(b.units(), "、")
                        + b.role()[0], expected, null);
            });

    /** Two labelled parts (shape 0), with a leader (1), with a deadline field (2), both in brackets (3). */
    private static final Gen<Case> LABELLED = LABEL.zip(UNITS, LABEL, UNITS, (l1, u1, l2, u2) -> new Object[] {l1, u1, l2, u2})
            .zip(arbitrary().pick("；", ";", "\n", "，", " "), LEADER.zip(FIELD, DUE, (l, f, d) -> new String[] {l, f, d}),
                    integers().between(0, 3), CellGrammarPropertiesTest::labelled);

    @SuppressWarnings("unchecked")
    private static Case labelled(Object[] parts, String sep, String[] extra, int shape) {
        String[] l1 = (String[]) parts[0];
        List<String> u1 = (List<String>) parts[1];
        String[] l2 = (String[]) parts[2];
        List<String> u2 = (List<String>) parts[3];
        StringBuilder cell = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        if (shape == 1 || shape == 3) {
            cell.append("牵头领导：").append(extra[0]).append(sep);
            expected.add(new Expected(extra[0], Role.LEAD, "牵头领导", true));
        }
        cell.append(l1[0]).append("：").append(join(u1, "、")).append(sep)
                .append(l2[0]).append(':').append(join(u2, "、"));
        add(expected, u1, l1, l1[0]);
        add(expected, u2, l2, l2[0]);
        if (shape >= 2) {
            cell.append(sep).append(extra[1]).append("：").append(extra[2]);
        }
        return new Case(shape == 3 ? "（" + cell + "）" : cell.toString(), expected, shape >= 2 ? extra[2] : null);
    }

    @Test
    void lists_each_with_its_role_word_read_back() {
        qt().withExamples(500).forAll(TWO_LISTS).checkAssert(c -> check(c.text(), c.expected()));
    }

    @Test
    void labelled_parts_with_a_leader_and_a_deadline_field_read_back() {
        qt().withExamples(400).forAll(LABELLED).checkAssert(c -> {
            check(c.text(), c.expected());
            ParseResult r = ResponsibilityParser.standard().read(c.text(), null, Conventions.none());
            assertThat(r.deadlineText()).as(c.text()).isEqualTo(java.util.Optional.ofNullable(c.due()));
        });
    }

    @Test
    void numbered_lists_with_the_lead_in_brackets_read_back() {
        qt().withExamples(300)
                .forAll(lists().of(UNIT).ofSizeBetween(2, 4), arbitrary().pick("1.", "1、", "（1）", "①"),
                        arbitrary().pick("\n", " ", "；", ""), arbitrary().pick("（牵头）", "(牵头)", "（牵头单位）"))
                .checkAssert((units, style, sep, mark) -> {
                    StringBuilder cell = new StringBuilder();
                    for (int i = 0; i < units.size(); i++) {
                        if (i > 0) {
                            cell.append(sep);
                        }
                        cell.append(number(style, i + 1)).append(units.get(i));
                        if (i == 0) {
                            cell.append(mark);
                        }
                    }
                    List<Expected> expected = new ArrayList<>();
                    String roleText = mark.substring(1, mark.length() - 1);
                    expected.add(new Expected(units.get(0), Role.LEAD, roleText, false));
                    for (String u : units.subList(1, units.size())) {
                        expected.add(new Expected(u, Role.RESPONSIBLE, "", false));
                    }
                    check(cell.toString(), expected);
                });
    }

    @Test
    void a_sentence_with_together_reads_lead_and_support() {
        qt().withExamples(300)
                .forAll(UNIT, lists().of(UNIT).ofSizeBetween(1, 3), arbitrary().pick("由", ""),
                        arbitrary().pick("开展专项检查", "共同推进", "组织实施", "", "推进落实"))
                .checkAssert((lead, others, by, duty) -> {
                    String cell = by + lead + "会同" + join(others, "、") + duty;
                    List<Expected> expected = new ArrayList<>();
                    expected.add(new Expected(lead, Role.LEAD, "会同", false));
                    // a duty or a role word other than a support word after them leaves them SUPPORT(会同)
                    for (String u : others) {
                        expected.add(new Expected(u, Role.SUPPORT, "会同", false));
                    }
                    check(cell, expected);
                });
    }

    private static String number(String style, int n) {
        switch (style) {
            case "1.":
                return n + ".";
            case "1、":
                return n + "、";
            case "（1）":
                return "（" + n + "）";
            default:
                return String.valueOf((char) ('①' + n - 1));
        }
    }
}
