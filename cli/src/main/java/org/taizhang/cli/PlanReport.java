package org.taizhang.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** A plain-text account of what was read from a ledger: outline, units by role, deadlines by kind. */
final class PlanReport {
    private static final int TOP_UNITS = 8;

    private final WorkPlan plan;

    PlanReport(WorkPlan plan) {
        this.plan = plan;
    }

    void print(PrintWriter out) {
        out.println(plan.title().orElse("(untitled ledger)"));
        plan.source().flatMap(SourceRef::file).ifPresent(f -> out.println("  file:      " + f));
        plan.issuer().ifPresent(i -> out.println("  issuer:    " + i));
        plan.year().ifPresent(y -> out.println("  plan year: " + y));
        plan.issuedOn().ifPresent(d -> out.println("  issued on: " + d));
        out.println();
        printOutline(out);
        printUnits(out);
        printDeadlines(out);
        out.flush();
    }

    private void printOutline(PrintWriter out) {
        Map<Integer, Integer> byLevel = new LinkedHashMap<>();
        for (OutlineEntry<Section> s : plan.allSections()) {
            byLevel.merge(s.path().size() + 1, 1, Integer::sum);
        }
        out.println("Outline");
        String[] names = {"parts", "points", "sub-points"};
        byLevel.forEach((level, n) -> out.printf("  %-11s %d%n",
                (level <= names.length ? names[level - 1] : "level " + level) + ":", n));
        out.printf("  %-11s %d%n", "tasks:", plan.taskCount());
        for (Section part : plan.sections()) {
            out.printf("    %s  (%d tasks)%n", shorten(part.heading(), 40), part.taskCount());
        }
        out.println();
    }

    private void printUnits(PrintWriter out) {
        Map<Role, Map<String, Integer>> byRole = new EnumMap<>(Role.class);
        int withoutUnits = 0;
        for (OutlineEntry<Task> e : plan.allTasks()) {
            List<Assignment> assignments = e.item().responsibility()
                    .map(r -> r.assignments()).orElse(List.of());
            if (assignments.isEmpty()) {
                withoutUnits++;
            }
            for (Assignment a : assignments) {
                byRole.computeIfAbsent(a.role(), r -> new LinkedHashMap<>())
                        .merge(a.unit().qualifier().filter(q -> !a.unit().fullName().startsWith(q)).orElse("")
                                + a.unit().fullName(), 1, Integer::sum);
            }
        }
        out.println("Units by role");
        byRole.forEach((role, units) -> {
            int total = units.values().stream().mapToInt(Integer::intValue).sum();
            String top = units.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(TOP_UNITS).map(u -> u.getKey() + " " + u.getValue())
                    .collect(Collectors.joining("、"));
            out.printf("  %-12s %3d assignments, %d units: %s%s%n", role, total, units.size(), top,
                    units.size() > TOP_UNITS ? "…" : "");
        });
        if (withoutUnits > 0) {
            out.printf("  %d tasks name no responsible unit%n", withoutUnits);
        }
        out.println();
    }

    private void printDeadlines(PrintWriter out) {
        Map<DeadlineKind, Integer> byKind = new EnumMap<>(DeadlineKind.class);
        Map<String, String> unparsed = new LinkedHashMap<>();
        int without = 0;
        for (OutlineEntry<Task> e : plan.allTasks()) {
            Task t = e.item();
            if (t.deadline().isEmpty()) {
                without++;
                continue;
            }
            Deadline d = t.deadline().get();
            byKind.merge(d.kind(), 1, Integer::sum);
            if (d.kind() == DeadlineKind.UNPARSED) {
                String where = t.source().map(s -> s.cells().getOrDefault(Task.DEADLINE, s.place()))
                        .orElse("task " + e.id());
                unparsed.put(where, d.text());
            }
        }
        out.println("Deadlines by kind");
        byKind.forEach((kind, n) -> out.printf("  %-11s %d%n", kind + ":", n));
        if (without > 0) {
            out.printf("  %-11s %d%n", "none:", without);
        }
        out.println();
        if (unparsed.isEmpty()) {
            out.println("Unparsed deadline phrases: none");
        } else {
            out.println("Unparsed deadline phrases");
            unparsed.forEach((where, text) -> out.printf("  %s  %s%n", where, shorten(text, 60)));
        }
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
