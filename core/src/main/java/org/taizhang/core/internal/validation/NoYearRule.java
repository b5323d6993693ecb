package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code plan.no-year}: neither the file nor the caller gave a plan year, so deadlines without a year
 * of their own ({@code 9月底前}, {@code 全年}) have no due dates.
 */
final class NoYearRule implements ValidationRule {
    static final String CODE = "plan.no-year";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (context.plan().year().isEmpty()) {
            findings.plan(CODE, "没有计划年度：不写年份的完成时限（如“9月底前”“全年”）无法计算到期日",
                    "在标题中写明年度，或读取时指定年度（--year）");
        }
    }
}
