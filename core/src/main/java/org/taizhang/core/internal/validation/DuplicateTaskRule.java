package org.taizhang.core.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code task.duplicate}: two tasks of one section with the same content, white space and
 * punctuation width aside. The later one is reported, with the first as the hint.
 */
final class DuplicateTaskRule implements ValidationRule {
    static final String CODE = "task.duplicate";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (List<OutlineEntry<Task>> siblings : Siblings.of(context.tasks())) {
            Map<String, String> first = new HashMap<>();
            for (OutlineEntry<Task> e : siblings) {
                String content = e.item().content().orElse("");
                if (content.isBlank() || e.item().inferred().contains(Task.CONTENT)) {
                    continue; // a content filled down from a merged cell is shared by design
                }
                String key = java.text.Normalizer.normalize(content, java.text.Normalizer.Form.NFKC)
                        .replaceAll("\\s+", "");
                String earlier = first.putIfAbsent(key, e.id());
                if (earlier != null) {
                    findings.task(CODE, e, Task.CONTENT, "与任务 " + earlier + " 内容相同", "与 " + earlier + " 重复");
                }
            }
        }
    }
}
