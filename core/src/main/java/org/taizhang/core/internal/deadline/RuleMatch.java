package org.taizhang.core.internal.deadline;

import java.util.List;

/**
 * A recurring rule as read: its end and its RRULE; a yearly list whose days differ
 * ({@code 每年3月10日、9月20日}) needs one rule per day, the others in {@code moreRules}.
 *
 * @param end where the rule's text ends
 * @param rrule the (first) rule
 * @param moreRules the further rules, empty for most
 */
record RuleMatch(int end, String rrule, List<String> moreRules) {
    RuleMatch(int end, String rrule) {
        this(end, rrule, List.of());
    }
}
