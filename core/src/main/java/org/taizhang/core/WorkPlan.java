package org.taizhang.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ledger document (工作要点 / 任务台账): its title, issuer, plan year and issue date, and its
 * outline of sections and tasks.
 *
 * <p>Tasks that belong to no section sit in {@link #tasks()}. Outline ids are derived by
 * {@link #allSections()} and {@link #allTasks()}; see {@link OutlineEntry}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class WorkPlan {

    /** @return the title, such as {@code 鄂尔多斯市2022年政务公开工作要点任务台账} */
    public abstract Optional<String> title();

    /** @return the issuing body */
    public abstract Optional<String> issuer();

    /** @return the plan year, which deadlines without a year refer to */
    public abstract Optional<Integer> year();

    /** @return the issue date, which {@code 印发后30日内} counts from */
    public abstract Optional<LocalDate> issuedOn();

    /**
     * Text that stands outside the outline, kept as written so that nothing is lost: lines above
     * a table's header other than the title ({@code 附件２}, {@code 填报单位：…}), a notice's head and
     * preamble.
     *
     * @return the lines, in document order
     */
    public abstract List<String> notes();

    /** @return the top-level sections */
    public abstract List<Section> sections();

    /** @return the tasks outside any section */
    public abstract List<Task> tasks();

    /** @return the file it was read from */
    public abstract Optional<SourceRef> source();

    /**
     * The ledger tables the plan was read from, with the task fields their headers have columns
     * for. Empty for a plan built in code or read from prose: validation then takes a field as a
     * column when any task of the plan has it (see {@code docs/validation.md}).
     *
     * @return the tables, in document order
     */
    public abstract List<LedgerTable> tables();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WorkPlan}; not thread-safe. */
    public static class Builder extends ImmutableWorkPlan.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /** @return every section, depth first, each with its outline id */
    @Value.Lazy
    public List<OutlineEntry<Section>> allSections() {
        List<OutlineEntry<Section>> out = new ArrayList<>();
        walk("", sections(), tasks(), new ArrayList<>(), out, null);
        return List.copyOf(out);
    }

    /** @return every task in outline order (a node's sections first, then its own tasks), each with its id */
    @Value.Lazy
    public List<OutlineEntry<Task>> allTasks() {
        List<OutlineEntry<Task>> out = new ArrayList<>();
        walk("", sections(), tasks(), new ArrayList<>(), null, out);
        return List.copyOf(out);
    }

    /** @return the number of tasks in the whole plan */
    public int taskCount() {
        return allTasks().size();
    }

    private static void walk(String prefix, List<Section> sections, List<Task> tasks,
            List<Section> path, List<OutlineEntry<Section>> sectionsOut,
            List<OutlineEntry<Task>> tasksOut) {
        // one copy of the path for all the node's children: a large plan has a million tasks
        List<Section> here = List.copyOf(path);
        int n = 0;
        for (Section s : sections) {
            ++n;
            if (sectionsOut != null) {
                sectionsOut.add(new OutlineEntry<>(prefix, n, s, here));
            }
            path.add(s);
            walk(prefix + n + ".", s.sections(), s.tasks(), path, sectionsOut, tasksOut);
            path.remove(path.size() - 1);
        }
        for (Task t : tasks) {
            ++n;
            if (tasksOut != null) {
                tasksOut.add(new OutlineEntry<>(prefix, n, t, here));
            }
        }
    }

    @Override
    public String toString() {
        return title().orElse("(untitled)") + " (" + taskCount() + " tasks)";
    }
}
