package org.taizhang.core.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taizhang.core.Assignment;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Where a whole plan stands on a day: its totals, every section's rollup (recursively), every
 * unit in every role, every month of the plan year, and the overdue and due-soon tasks.
 *
 * <p>A parent's counts are the sums of its child sections' and its own tasks'; every task is
 * counted once in the plan and once in each section above it. The months are those of the plan
 * year (the year of {@code asOf} when the plan has none); due dates outside it are not counted.
 * Immutable and thread-safe.
 */
public final class PlanRollup {
    private final WorkPlan plan;
    private final LocalDate asOf;
    private final Rollup rollup;
    private final List<SectionRollup> sections;
    private final List<UnitRollup> units;
    private final List<MonthRollup> months;
    private final List<TaskAsOf> tasks;

    private PlanRollup(WorkPlan plan, LocalDate asOf, Rollup rollup, List<SectionRollup> sections,
            List<UnitRollup> units, List<MonthRollup> months, List<TaskAsOf> tasks) {
        this.plan = plan;
        this.asOf = asOf;
        this.rollup = rollup;
        this.sections = List.copyOf(sections);
        this.units = List.copyOf(units);
        this.months = List.copyOf(months);
        this.tasks = List.copyOf(tasks);
    }

    /**
     * Rolls a plan up with DESIGN's default traffic light.
     *
     * @param plan the plan
     * @param asOf the day asked about
     * @return the rollups
     */
    public static PlanRollup of(WorkPlan plan, LocalDate asOf) {
        return of(plan, asOf, TrafficLightPolicy.standard());
    }

    /**
     * Rolls a plan up.
     *
     * @param plan the plan
     * @param asOf the day asked about
     * @param policy how lights are given
     * @return the rollups
     */
    public static PlanRollup of(WorkPlan plan, LocalDate asOf, TrafficLightPolicy policy) {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(policy);
        List<OutlineEntry<Task>> entries = plan.allTasks();
        List<TaskAsOf> tasks = new ArrayList<>(entries.size());
        for (OutlineEntry<Task> e : entries) {
            tasks.add(TaskAsOf.of(e, asOf, policy));
        }
        Walk walk = new Walk(tasks, plan.allSections(), policy);
        Tally total = new Tally();
        List<SectionRollup> sections = walk.children(plan.sections(), plan.tasks(), total);
        int year = plan.year().orElse(asOf.getYear());
        return new PlanRollup(plan, asOf, total.rollup(policy), sections, units(tasks), months(tasks, year), tasks);
    }

    /** Walks the outline in the order of {@link WorkPlan#allTasks()} and {@link WorkPlan#allSections()}. */
    private static final class Walk {
        private final List<TaskAsOf> tasks;
        private final List<OutlineEntry<Section>> sections;
        private final TrafficLightPolicy policy;
        private int nextTask;
        private int nextSection;

        Walk(List<TaskAsOf> tasks, List<OutlineEntry<Section>> sections, TrafficLightPolicy policy) {
            this.tasks = tasks;
            this.sections = sections;
            this.policy = policy;
        }

        List<SectionRollup> children(List<Section> childSections, List<Task> ownTasks, Tally parent) {
            List<SectionRollup> out = new ArrayList<>(childSections.size());
            for (int i = 0; i < childSections.size(); i++) {
                OutlineEntry<Section> entry = sections.get(nextSection++);
                Tally tally = new Tally();
                List<SectionRollup> below = children(entry.item().sections(), entry.item().tasks(), tally);
                Rollup r = tally.rollup(policy);
                parent.add(r);
                out.add(new SectionRollup(entry, r, below));
            }
            for (int i = 0; i < ownTasks.size(); i++) {
                parent.add(tasks.get(nextTask++));
            }
            return out;
        }
    }

    private static List<UnitRollup> units(List<TaskAsOf> tasks) {
        Map<Role, Map<String, int[]>> counts = new EnumMap<>(Role.class);
        for (TaskAsOf t : tasks) {
            List<Assignment> assignments = t.task().responsibility().map(r -> r.assignments()).orElse(List.of());
            for (int i = 0; i < assignments.size(); i++) {
                Assignment a = assignments.get(i);
                String unit = TaskAsOf.unitAsWritten(a);
                if (namedBefore(assignments, i, a.role(), unit)) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(a.role(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(unit, k -> new int[2]);
                c[0]++;
                c[1] += t.isOverdue() ? 1 : 0;
            }
        }
        List<UnitRollup> out = new ArrayList<>();
        counts.forEach((role, units) -> units.forEach((unit, c) -> out.add(new UnitRollup(unit, role, c[0], c[1]))));
        out.sort(Comparator.comparing(UnitRollup::role)
                .thenComparing(Comparator.comparingInt(UnitRollup::overdue).reversed())
                .thenComparing(Comparator.comparingInt(UnitRollup::tasks).reversed()));
        return out;
    }

    /** @return true when an earlier assignment of the task names the same unit in the same role */
    private static boolean namedBefore(List<Assignment> assignments, int i, Role role, String unit) {
        for (int j = 0; j < i; j++) {
            Assignment b = assignments.get(j);
            if (b.role() == role && TaskAsOf.unitAsWritten(b).equals(unit)) {
                return true;
            }
        }
        return false;
    }

    private static List<MonthRollup> months(List<TaskAsOf> tasks, int year) {
        int[] due = new int[12];
        for (TaskAsOf t : tasks) {
            t.task().deadline().ifPresent(d -> {
                for (LocalDate day : d.parts().isEmpty() ? d.due() : d.dueDates()) {
                    if (day.getYear() == year) {
                        due[day.getMonthValue() - 1]++;
                    }
                }
            });
        }
        List<MonthRollup> out = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            out.add(new MonthRollup(YearMonth.of(year, m), due[m - 1]));
        }
        return out;
    }

    /** @return the plan */
    public WorkPlan plan() {
        return plan;
    }

    /** @return the day asked about */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the counts of every task in the plan */
    public Rollup rollup() {
        return rollup;
    }

    /** @return the rollups of the top-level sections (parts), each with its child sections */
    public List<SectionRollup> sections() {
        return sections;
    }

    /** @return every section's rollup, depth first, in outline order */
    public List<SectionRollup> allSections() {
        List<SectionRollup> out = new ArrayList<>();
        flatten(sections, out);
        return out;
    }

    private static void flatten(List<SectionRollup> level, List<SectionRollup> out) {
        for (SectionRollup s : level) {
            out.add(s);
            flatten(s.sections(), out);
        }
    }

    /**
     * @return every unit in every role it holds: by role (in the order of {@link Role}), then most
     *     overdue first, then most tasks first, then in order of first appearance
     */
    public List<UnitRollup> units() {
        return units;
    }

    /** @return the twelve months of the plan year, January first */
    public List<MonthRollup> months() {
        return months;
    }

    /** @return every task on the day, in outline order */
    public List<TaskAsOf> tasks() {
        return tasks;
    }

    /** @return the overdue tasks, in outline order */
    public List<TaskAsOf> overdue() {
        return tasks.stream().filter(TaskAsOf::isOverdue).toList();
    }

    /** @return the tasks due soon, earliest due date first, then in outline order */
    public List<TaskAsOf> dueSoon() {
        return tasks.stream().filter(TaskAsOf::isDueSoon)
                .sorted(Comparator.comparing(t -> t.dueSoonOn().orElseThrow())).toList();
    }

    @Override
    public String toString() {
        return plan.title().orElse("(untitled)") + " as of " + asOf + ": " + rollup;
    }
}
