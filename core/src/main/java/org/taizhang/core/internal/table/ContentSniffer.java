package org.taizhang.core.internal.table;

import java.util.List;
import java.util.regex.Pattern;
import org.taizhang.core.internal.vocabulary.MatchKey;

/** Guesses what a column holds from its cells, for header words the synonym list does not know. */
final class ContentSniffer {
    private static final Pattern DEADLINE = Pattern.compile(
            "^.{0,16}?(\\d{1,2}月|年底|年末|上半年|下半年|季度|全年|持续|长期|常态|每年|每月|每周|"
                    + "日内|日前|适时|\\d{4}年).{0,16}$");
    private static final Pattern UNIT = Pattern.compile(
            "(局|办|委|政府|部门|单位|中心|街道|乡镇|旗区|公司|院|所|厅|处|科|室|牵头|配合|负责|落实|"
                    + "分局|法院|检察院|管委会)[）)]?$");
    private static final Pattern UNIT_SEPARATED = Pattern.compile(
            "^[^。；;]{2,60}(局|办|委|政府|部门|单位|中心)([、，, ][^。；;]+)?$");

    private ContentSniffer() {}

    /** @return true when most of the (non-blank) cells look like 完成时限 phrases */
    static boolean mostlyDeadlines(List<String> cells) {
        return mostly(cells, s -> s.length() <= 40 && DEADLINE.matcher(s).find());
    }

    /** @return true when most of the (non-blank) cells look like lists of responsible units */
    static boolean mostlyUnits(List<String> cells) {
        return mostly(cells, s -> s.length() <= 80
                && (UNIT.matcher(s).find() || UNIT_SEPARATED.matcher(s).find()));
    }

    /** @return true when most of the (non-blank) cells are short numbers such as {@code 1}, {@code 12} */
    static boolean mostlyNumbers(List<String> cells) {
        return mostly(cells, s -> Texts.number(s).matches("\\d{1,4}[.、]?"));
    }

    private static boolean mostly(List<String> cells, java.util.function.Predicate<String> test) {
        int n = 0;
        int hit = 0;
        for (String c : cells) {
            String s = MatchKey.of(c);
            if (s.isEmpty()) {
                continue;
            }
            n++;
            if (test.test(s)) {
                hit++;
            }
        }
        return n > 0 && hit * 10 >= n * 7;
    }
}
