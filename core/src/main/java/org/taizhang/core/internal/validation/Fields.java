package org.taizhang.core.internal.validation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.taizhang.core.Deadline;
import org.taizhang.core.Task;

/** Small shared helpers: the Chinese names of task fields, blank checks, deadlines with their parts. */
final class Fields {
    private static final Map<String, String> CHINESE = Map.of(
            Task.NUMBER, "序号", Task.NAME, "任务名称", Task.CONTENT, "具体任务", Task.BASIS, "政策法规要求",
            Task.RESPONSIBILITY, "责任单位", Task.DEADLINE, "完成时限", Task.INDICATORS, "量化指标",
            Task.PROGRESS, "落实情况", Task.STATUS, "状态", Task.REMARKS, "备注");

    private Fields() {}

    /**
     * @param field a task field name
     * @return its usual column header ({@code 责任单位}), or the name itself for an extra column
     */
    static String chinese(String field) {
        return CHINESE.getOrDefault(field, field);
    }

    static boolean blank(Optional<String> s) {
        return s.isEmpty() || s.get().isBlank();
    }

    /** @return true when the task says what is to be done: a name or a content */
    static boolean hasContent(Task t) {
        return !blank(t.content()) || !blank(t.name());
    }

    static boolean hasUnit(Task t) {
        return t.responsibility().map(r -> !r.text().isBlank() || !r.assignments().isEmpty()).orElse(false);
    }

    static boolean hasDeadline(Task t) {
        return t.deadline().map(d -> !d.text().isBlank()).orElse(false);
    }

    /** Visits a deadline and, for a composite, each of its parts. */
    static void eachClause(Deadline d, Consumer<Deadline> visit) {
        visit.accept(d);
        for (Deadline part : d.parts()) {
            eachClause(part, visit);
        }
    }

    /** @return the text cut to a length a message can hold */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("“");
        String t = text.strip();
        boolean space = false;
        int n = 0;
        for (int i = 0; i < t.length() && n < 30; i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                n++;
                space = false;
            }
            sb.append(c);
            n++;
        }
        return sb.append(n >= 30 && t.length() > 30 ? "…" : "").append('”').toString();
    }
}
