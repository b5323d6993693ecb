package org.taizhang.core.internal.validation;

import java.util.Map;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code column.missing}: 台账应当包括具体任务、落实情况、责任单位及完成时限. Once per table and missing
 * column; a missing 落实情况 is a warning (a plan issued before any work is done has none yet).
 */
final class ColumnMissingRule implements ValidationRule {
    static final String CODE = "column.missing";
    private static final String RULE = "台账应当包括具体任务、落实情况、责任单位及完成时限";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.ERROR);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (LedgerTable table : context.plan().tables()) {
            if (!table.hasColumn(Task.CONTENT) && !table.hasColumn(Task.NAME)) {
                missing(findings, table, "具体任务", Severity.ERROR);
            }
            if (!table.hasColumn(Task.RESPONSIBILITY)) {
                missing(findings, table, "责任单位", Severity.ERROR);
            }
            if (!table.hasColumn(Task.DEADLINE)) {
                missing(findings, table, "完成时限", Severity.ERROR);
            }
            if (!table.hasColumn(Task.PROGRESS)) {
                missing(findings, table, "落实情况", Severity.WARNING);
            }
        }
    }

    private static void missing(Findings findings, LedgerTable table, String column, Severity severity) {
        findings.table(CODE, severity, table, "表格缺少“" + column + "”列", RULE);
    }
}
