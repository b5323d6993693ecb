package org.taizhang.core.internal.validation;

import java.util.HashMap;
import java.util.Map;
import org.taizhang.core.Assignment;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code unit.not-a-unit}: text in a 责任单位 cell that does not read as a body: nothing in it could
 * be read as a unit, or a "unit" that is a sentence (clause punctuation, too long) or ends in no word
 * that names a body (局, 委, 办, 政府, 中心, 街道 …).
 */
final class NotAUnitRule implements ValidationRule {
    static final String CODE = "unit.not-a-unit";
    /** The last words of the names of Chinese public bodies and organisations. */
    private static final String[] BODY_ENDS = {
        "局", "委", "办", "厅", "部", "院", "所", "站", "中心", "政府", "镇", "乡", "街道", "旗", "县", "区", "市", "省", "盟",
        "州", "公司", "单位", "部门", "小组", "指挥部", "机关", "队", "会", "室", "处", "科", "团", "社", "行", "馆", "校", "司",
        "社区", "村", "组", "集团", "联", "署", "台", "园", "库", "监狱", "口岸", "海关", "办事处", "机构", "企业", "党委", "党组",
        "人大", "政协", "基地", "苏木", "嘎查", "场", "厂", "矿", "平台", "专班"};
    private static final String SENTENCE = "，。；！？,;!?";
    private static final int LONGEST_NAME = 30;

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Map<String, Boolean> verdicts = new HashMap<>(); // ledgers name the same units again and again
        for (OutlineEntry<Task> e : context.tasks()) {
            if (e.item().responsibility().isEmpty()) {
                continue;
            }
            Responsibility r = e.item().responsibility().get();
            if (r.assignments().isEmpty()) {
                if (!r.text().isBlank()) {
                    findings.task(CODE, e, Task.RESPONSIBILITY, "责任单位 " + Fields.quote(r.text()) + " 中读不出单位",
                            "写明单位名称，如“市司法局牵头，各旗区负责落实”");
                }
                continue;
            }
            for (Assignment a : r.assignments()) {
                String name = a.unit().fullName().strip();
                if (!verdicts.computeIfAbsent(name, NotAUnitRule::readsAsBody)) {
                    findings.task(CODE, e, Task.RESPONSIBILITY, "“" + Fields.quote(name).replaceAll("^“|”$", "")
                            + "”不像单位名称", null);
                    break;
                }
            }
        }
    }

    static boolean readsAsBody(String name) {
        if (name.length() > LONGEST_NAME) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (SENTENCE.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        String core = name;
        if (core.endsWith("）") || core.endsWith(")")) { // 苏木镇（街道）: judge the name before the bracket
            int open = Math.max(core.lastIndexOf('（'), core.lastIndexOf('('));
            core = open > 0 ? core.substring(0, open) : core;
        }
        for (String end : BODY_ENDS) {
            if (core.endsWith(end)) {
                return true;
            }
        }
        return false;
    }
}
