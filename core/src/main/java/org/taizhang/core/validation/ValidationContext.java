package org.taizhang.core.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.UnitDirectory;

/**
 * What a {@link ValidationRule} is given: the plan with its sections and tasks in outline order, the
 * as-of date and unit directory the validator was given, and the ledger tables the tasks came from.
 *
 * <p>A plan with table records ({@link WorkPlan#tables()}) has a column for a field when the table a
 * task came from has one. A plan read from prose (its tasks come from lines or paragraphs) has only a
 * content "column": its paragraphs name units and dates only where the text does, so an empty unit
 * or deadline is no flaw. Any other plan without table records (built in code, or read from JSON written before tables
 * were recorded) is taken to have a column for a field when any of its tasks has a value there.
 * Immutable and thread-safe.
 */
public final class ValidationContext {
    private static final Pattern SHEET_CELL = Pattern.compile("^(.*!)?([A-Z]{1,3})(\\d+)$");
    private static final Pattern TABLE_CELL = Pattern.compile("^table (\\d+), row (\\d+), cell (\\d+)$");

    private final WorkPlan plan;
    private final List<OutlineEntry<Task>> tasks;
    private final List<OutlineEntry<Section>> sections;
    private final LocalDate asOf;
    private final UnitDirectory units;
    private final Set<String> fieldsInPlan = new HashSet<>();

    ValidationContext(WorkPlan plan, LocalDate asOf, UnitDirectory units) {
        this.plan = plan;
        this.tasks = plan.allTasks();
        this.sections = plan.allSections();
        this.asOf = asOf;
        this.units = units;
        if (plan.tables().isEmpty() && fromProse(tasks)) {
            fieldsInPlan.add(Task.CONTENT); // a paragraph always says what is to be done
        } else if (plan.tables().isEmpty()) {
            for (OutlineEntry<Task> e : tasks) {
                Task t = e.item();
                t.name().ifPresent(v -> fieldsInPlan.add(Task.NAME));
                t.content().ifPresent(v -> fieldsInPlan.add(Task.CONTENT));
                t.responsibility().ifPresent(v -> fieldsInPlan.add(Task.RESPONSIBILITY));
                t.deadline().ifPresent(v -> fieldsInPlan.add(Task.DEADLINE));
                t.progress().ifPresent(v -> fieldsInPlan.add(Task.PROGRESS));
            }
        }
    }

    /**
     * @param tasks the tasks of a plan
     * @return true when there are tasks and every one of them came from lines or paragraphs of prose
     */
    static boolean fromProse(List<OutlineEntry<Task>> tasks) {
        if (tasks.isEmpty()) {
            return false;
        }
        for (OutlineEntry<Task> e : tasks) {
            Map<String, String> cells = e.item().source().map(SourceRef::cells).orElse(Map.of());
            if (cells.isEmpty() || !cells.values().stream().allMatch(c -> c.startsWith("line ") || c.startsWith("paragraph "))) {
                return false;
            }
        }
        return true;
    }

    /** @return the plan */
    public WorkPlan plan() {
        return plan;
    }

    /** @return every task with its outline id, in outline order */
    public List<OutlineEntry<Task>> tasks() {
        return tasks;
    }

    /** @return every section with its outline id, depth first */
    public List<OutlineEntry<Section>> sections() {
        return sections;
    }

    /** @return the day overdue tasks are judged on, if one was given */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** @return the units the caller knows, if a directory was given */
    public Optional<UnitDirectory> units() {
        return Optional.ofNullable(units);
    }

    /**
     * @param task a task of the plan
     * @return the ledger table it came from: the last table, in the same sheet, whose header stands
     *     at or above the task; empty for a plan without table records
     */
    public Optional<LedgerTable> tableOf(Task task) {
        List<LedgerTable> tables = plan.tables();
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        if (tables.size() == 1 || task.source().isEmpty()) {
            return Optional.of(tables.get(0));
        }
        SourceRef s = task.source().get();
        LedgerTable best = null;
        for (LedgerTable t : tables) {
            SourceRef h = t.source().orElse(null);
            if (h == null || !h.sheet().equals(s.sheet())) {
                continue;
            }
            boolean above = h.table().orElse(0) < s.table().orElse(0)
                    || h.table().orElse(0).equals(s.table().orElse(0)) && h.row().orElse(0) <= s.row().orElse(0);
            if (above) {
                best = t;
            }
        }
        return Optional.of(best != null ? best : tables.get(0));
    }

    /**
     * @param task a task of the plan
     * @param field a task field name ({@link Task#RESPONSIBILITY}…)
     * @return true when the task's table has a column for the field; see the class comment for plans
     *     without table records
     */
    public boolean hasColumn(Task task, String field) {
        Optional<LedgerTable> table = tableOf(task);
        if (table.isEmpty()) {
            return fieldsInPlan.contains(field);
        }
        return table.get().hasColumn(field);
    }

    /**
     * Where a field of a task stands: its own cell ({@code 任务台账!D12}); for a blank field, the
     * cell of the field's column in the task's row, named from the table's header; else the task's
     * row; else the file.
     *
     * @param task a task
     * @param field a field name, or null for the task's row
     * @return the place, or null when nothing is known
     */
    public String place(Task task, String field) {
        SourceRef s = task.source().orElse(null);
        if (s == null) {
            return filePlace();
        }
        if (field != null) {
            String own = s.cells().get(field);
            if (own != null) {
                return own;
            }
            String derived = s.row().flatMap(row -> tableOf(task).flatMap(LedgerTable::source)
                    .map(h -> h.cells().get(field)).map(header -> sameRow(header, row, s))).orElse(null);
            if (derived != null) {
                return derived;
            }
        }
        String row = s.place();
        return row.isEmpty() ? s.file().orElse(filePlace()) : row;
    }

    /** The header cell's column in the task's row: {@code 任务台账!D3} and row 12 give {@code 任务台账!D12}. */
    private static String sameRow(String headerCell, int row, SourceRef task) {
        Matcher m = SHEET_CELL.matcher(headerCell);
        if (m.matches()) {
            return (m.group(1) == null ? "" : m.group(1)) + m.group(2) + row;
        }
        m = TABLE_CELL.matcher(headerCell);
        if (m.matches()) {
            return "table " + task.table().map(String::valueOf).orElse(m.group(1)) + ", row " + row
                    + ", cell " + m.group(3);
        }
        return null;
    }

    /**
     * @param section a section
     * @return the cell of its title, else its row, else the file
     */
    public String place(Section section) {
        SourceRef s = section.source().orElse(null);
        if (s == null) {
            return filePlace();
        }
        Map<String, String> cells = s.cells();
        if (cells.containsKey("number")) {
            return cells.get("number");
        }
        if (cells.containsKey("title")) {
            return cells.get("title");
        }
        String row = s.place();
        return row.isEmpty() ? filePlace() : row;
    }

    /**
     * @param table a table of the plan
     * @return its header row ({@code 任务台账!row 3}, {@code table 1, row 1}), else the file
     */
    public String place(LedgerTable table) {
        String p = table.source().map(SourceRef::place).orElse("");
        return p.isEmpty() ? filePlace() : p;
    }

    /** @return the place of a finding about the whole plan: the file name, else {@code 全文} */
    public String filePlace() {
        return plan.source().flatMap(SourceRef::file).orElse("全文");
    }
}
