package org.taizhang.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.Task;

/**
 * Where rules report. The severity of a finding is the one its rule declares for the code, unless
 * the caller re-graded the code; findings of codes the caller switched off are dropped here. Not
 * thread-safe: one per validation.
 */
public final class Findings {
    private final ValidationContext context;
    private final Map<String, Severity> defaults;
    private final Map<String, Severity> overrides;
    private final Set<String> disabled;
    private final List<Finding> out = new ArrayList<>();

    Findings(ValidationContext context, Map<String, Severity> defaults, Map<String, Severity> overrides,
            Set<String> disabled) {
        this.context = context;
        this.defaults = defaults;
        this.overrides = overrides;
        this.disabled = disabled;
    }

    /**
     * @param code a code
     * @return true when the caller switched it off, so a rule may skip the work of finding it
     */
    public boolean isDisabled(String code) {
        return disabled.contains(code);
    }

    /**
     * Reports a finding about a task.
     *
     * @param code the code
     * @param task the task with its outline id
     * @param field the field the finding is about, for its place ({@link Task#RESPONSIBILITY}…), or
     *     null for the task's row
     * @param message the message in Chinese
     * @param hint a hint, or null
     */
    public void task(String code, OutlineEntry<Task> task, String field, String message, String hint) {
        add(code, null, task.id(), context.place(task.item(), field), message, hint);
    }

    /**
     * Reports a finding about a section.
     *
     * @param code the code
     * @param section the section with its outline id
     * @param message the message in Chinese
     * @param hint a hint, or null
     */
    public void section(String code, OutlineEntry<Section> section, String message, String hint) {
        add(code, null, section.id(), context.place(section.item()), message, hint);
    }

    /**
     * Reports a finding about a ledger table, with a severity of its own.
     *
     * @param code the code
     * @param severity the severity unless the caller re-graded the code, or null for the code's default
     * @param table the table
     * @param message the message in Chinese
     * @param hint a hint, or null
     */
    public void table(String code, Severity severity, LedgerTable table, String message, String hint) {
        add(code, severity, null, context.place(table), message, hint);
    }

    /**
     * Reports a finding about the whole plan; its place is the file.
     *
     * @param code the code
     * @param message the message in Chinese
     * @param hint a hint, or null
     */
    public void plan(String code, String message, String hint) {
        add(code, null, null, context.filePlace(), message, hint);
    }

    /**
     * Reports a finding.
     *
     * @param code the code
     * @param severity the severity unless the caller re-graded the code, or null for the code's default
     * @param id the outline id, or null
     * @param place the place, or null
     * @param message the message in Chinese
     * @param hint a hint, or null
     */
    public void add(String code, Severity severity, String id, String place, String message, String hint) {
        if (disabled.contains(code)) {
            return;
        }
        Severity s = overrides.get(code);
        if (s == null) {
            s = severity != null ? severity : defaults.getOrDefault(code, Severity.WARNING);
        }
        out.add(Finding.of(code, s, message, id, place, hint));
    }

    List<Finding> list() {
        return out;
    }
}
