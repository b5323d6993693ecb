package org.taizhang.core.units;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;

/** Generated unit lists, joined by any separator and role word, read back to the same assignments. */
class ResponsibilityParserPropertiesTest {

    private static final Gen<String> PREFIX = arbitrary().pick("市", "区", "县", "旗", "省");
    private static final Gen<String> BODY = arbitrary().pick(
            "财政", "司法", "教育", "人力资源和社会保障", "发展和改革", "住房和城乡建设", "退役军人事务",
            "生态环境", "卫生健康", "行政审批和政务服务", "市场监督管理", "自然资源", "应急管理", "农业农村",
            "公安", "民政", "审计", "统计", "文化和旅游", "工业和信息化", "城市管理综合执法", "医疗保障");
    private static final Gen<String> SUFFIX = arbitrary().pick("局", "委", "办", "中心", "委员会", "厅");
    private static final Gen<String> NAME = PREFIX.zip(BODY, SUFFIX, (p, b, s) -> p + b + s);
    private static final Gen<String> COLLECTIVE = arbitrary().pick(
            "各旗区", "市政府各部门", "区直各有关部门", "各乡镇（街道）", "市直各部门", "各县（市、区）人民政府");
    private static final Gen<String> UNIT = arbitrary().pick(true, true, true, false)
            .zip(NAME, COLLECTIVE, (named, n, c) -> named ? n : c);
    private static final Gen<String> SEPARATOR = arbitrary().pick("、", "，", ",", " ", "\n", "　", "及", "和");
    private static final Gen<String[]> ROLE = arbitrary().pick(
            new String[] {"牵头", "LEAD"}, new String[] {"主办", "LEAD"}, new String[] {"牵头负责", "LEAD"},
            new String[] {"配合", "SUPPORT"}, new String[] {"协助", "SUPPORT"}, new String[] {"参与", "SUPPORT"},
            new String[] {"协办", "SUPPORT"}, new String[] {"协同", "SUPPORT"}, new String[] {"负责", "RESPONSIBLE"},
            new String[] {"负责落实", "RESPONSIBLE"}, new String[] {"落实", "RESPONSIBLE"},
            new String[] {"按职责分工负责", "RESPONSIBLE"}, new String[] {"", "RESPONSIBLE"});

    /** One list of units and the role word written after it. */
    private record Group(List<String> units, List<String> separators, String[] role) {
        String text() {
            StringBuilder sb = new StringBuilder(units.get(0));
            for (int i = 1; i < units.size(); i++) {
                sb.append(separators.get(i - 1)).append(units.get(i));
            }
            return sb.append(role[0]).toString();
        }
    }

    private static final Gen<Group> GROUP = lists().of(UNIT).ofSizeBetween(1, 5)
            .zip(lists().of(SEPARATOR).ofSize(4), ROLE, Group::new);

    @Test
    void a_generated_list_with_one_role_word_reads_back_unit_for_unit() {
        qt().withExamples(400).forAll(GROUP).checkAssert(g -> check(List.of(g), g.text()));
    }

    @Test
    void two_lists_separated_by_a_comma_or_semicolon_keep_their_own_roles() {
        qt().withExamples(300)
                .forAll(GROUP, GROUP, arbitrary().pick("，", "；", ";", "。"))
                .checkAssert((a, b, sep) -> {
                    if (!a.role()[0].isEmpty()) {
                        check(List.of(a, b), a.text() + sep + b.text());
                    }
                });
    }

    private static void check(List<Group> groups, String text) {
        List<String> expectedUnits = new ArrayList<>();
        List<Role> expectedRoles = new ArrayList<>();
        List<String> expectedTexts = new ArrayList<>();
        for (Group g : groups) {
            for (String u : g.units()) {
                expectedUnits.add(u);
                expectedRoles.add(Role.valueOf(g.role()[1]));
                expectedTexts.add(g.role()[0]);
            }
        }
        Responsibility r = ResponsibilityParser.parse(text);
        org.assertj.core.api.Assertions.assertThat(r.assignments())
                .as(text)
                .extracting(a -> a.unit().name())
                .containsExactlyElementsOf(expectedUnits);
        org.assertj.core.api.Assertions.assertThat(r.assignments()).as(text)
                .extracting(Assignment::role).containsExactlyElementsOf(expectedRoles);
        org.assertj.core.api.Assertions.assertThat(r.assignments()).as(text)
                .extracting(a -> a.roleText().orElse("")).containsExactlyElementsOf(expectedTexts);
        org.assertj.core.api.Assertions.assertThat(r.assignments()).as(text)
                .allSatisfy(a -> org.assertj.core.api.Assertions.assertThat(a.unit().isCollective())
                        .isEqualTo(a.unit().name().contains("各")));
    }
}
