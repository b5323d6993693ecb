package org.taizhang.core.internal.validation;

import java.util.Map;
import java.util.TreeSet;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code value.inferred}: a value the reader filled from a merged or blank cell above
 * ({@link Task#inferred()}), one finding per field, at the cell the value came from.
 */
final class InferredValueRule implements ValidationRule {
    static final String CODE = "value.inferred";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.INFO);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (findings.isDisabled(CODE)) {
            return;
        }
        boolean fromTables = !context.plan().tables().isEmpty();
        for (OutlineEntry<Task> e : context.tasks()) {
            for (String field : new TreeSet<>(e.item().inferred())) {
                String from = e.item().source().map(s -> s.cells().get(field)).orElse(null);
                findings.task(CODE, e, field, Fields.chinese(field) + howInferred(field, fromTables)
                        + (from == null ? "" : " " + from), null);
            }
        }
    }

    // a table fills a value from the cell above; a status is read from the 落实情况 text; prose names
    // units and deadlines inside its sentences
    private static String howInferred(String field, boolean fromTables) {
        if (Task.STATUS.equals(field) || Task.COMPLETED_ON.equals(field)) {
            return "根据落实情况文字推断";
        }
        return fromTables ? "取自上方合并或空白单元格" : "从正文语句中读出";
    }
}
