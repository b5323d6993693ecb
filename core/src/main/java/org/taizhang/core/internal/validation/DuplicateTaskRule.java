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

    /** The content without white space, full-width forms folded only when there are any. */
    static String key(String content) {
        boolean wide = false;
        StringBuilder sb = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
                wide |= c >= '\uFF01' && c <= '\uFF5E';
            }
        }
        String k = sb.toString();
        return wide ? java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFKC) : k;
    }

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
                String key = key(content);
                String earlier = first.putIfAbsent(key, e.id());
                if (earlier != null) {
                    findings.task(CODE, e, Task.CONTENT, "与任务 " + earlier + " 内容相同", "与 " + earlier + " 重复");
                }
            }
        }
    }
}
