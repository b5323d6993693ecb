package org.taizhang.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Numbering;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;

/**
 * Generates arbitrary plans for property tests: sections nested up to three deep, every deadline
 * kind, Chinese text with full-width punctuation, emoji, empty strings, control characters, extra
 * columns, inferred fields and source references.
 */
final class WorkPlans {
    private static final List<String> PIECES = List.of("", "市司法局", "各旗区", "（一）", "“一网通办”",
            "，", "。", "：", "；", "【重点】", "😀", "📋🚀", "政务公开", "2022年9月底前", "\t", "\n",
            "\"quoted\"", "back\\slash", "</script>", "=SUM(A1)", " ", "ｆｕｌｌ－ｗｉｄｔｈ　", "①②",
            "\u0000", "\u2028", "null", "{}");
    private static final List<String> FIELDS = List.of(Task.NUMBER, Task.NAME, Task.CONTENT,
            Task.BASIS, Task.RESPONSIBILITY, Task.DEADLINE, Task.INDICATORS, Task.PROGRESS,
            Task.STATUS, Task.REMARKS);
    private static final Gen<Integer> PERCENT = Generate.range(0, 99);

    private WorkPlans() {}

    /** @return a generator of plans */
    static Gen<WorkPlan> plans() {
        return in -> {
            WorkPlan.Builder b = WorkPlan.builder();
            if (chance(in, 70)) {
                b.title(text(in));
            }
            if (chance(in, 50)) {
                b.issuer(text(in));
            }
            if (chance(in, 60)) {
                b.year(Generate.range(1990, 2100).generate(in));
            }
            if (chance(in, 50)) {
                b.issuedOn(date(in));
            }
            int notes = chance(in, 30) ? Generate.range(1, 3).generate(in) : 0;
            for (int i = 0; i < notes; i++) {
                b.addNote(text(in));
            }
            int sections = Generate.range(0, 3).generate(in);
            for (int i = 0; i < sections; i++) {
                b.addSection(section(in, 1));
            }
            int tasks = Generate.range(0, 2).generate(in);
            for (int i = 0; i < tasks; i++) {
                b.addTask(task(in));
            }
            if (chance(in, 50)) {
                b.source(source(in));
            }
            return b.build();
        };
    }

    /** @return a generator of deadlines of every kind */
    static Gen<Deadline> deadlines() {
        return in -> deadline(in, true);
    }

    /** @return a generator of responsibilities */
    static Gen<Responsibility> responsibilities() {
        return WorkPlans::responsibility;
    }

    private static Section section(RandomnessSource in, int depth) {
        Section.Builder b = Section.builder().title(text(in));
        if (chance(in, 70)) {
            b.number(text(in));
        }
        b.numbering(Generate.enumValues(Numbering.class).generate(in));
        if (depth < 3) {
            int children = Generate.range(0, 2).generate(in);
            for (int i = 0; i < children; i++) {
                b.addSection(section(in, depth + 1));
            }
        }
        int tasks = Generate.range(0, 3).generate(in);
        for (int i = 0; i < tasks; i++) {
            b.addTask(task(in));
        }
        if (chance(in, 30)) {
            b.source(source(in));
        }
        return b.build();
    }

    private static Task task(RandomnessSource in) {
        Task.Builder b = Task.builder();
        if (chance(in, 50)) {
            b.number(text(in));
        }
        if (chance(in, 30)) {
            b.name(text(in));
        }
        if (chance(in, 80)) {
            b.content(text(in));
        }
        if (chance(in, 20)) {
            b.basis(text(in));
        }
        if (chance(in, 70)) {
            b.responsibility(responsibility(in));
        }
        if (chance(in, 70)) {
            b.deadline(deadline(in, true));
        }
        if (chance(in, 20)) {
            b.indicators(text(in));
        }
        if (chance(in, 20)) {
            b.progress(text(in));
        }
        b.status(Generate.enumValues(Status.class).generate(in));
        if (Generate.booleans().generate(in)) {
            b.completedOn(LocalDate.of(2022, 1, 1).plusDays(Generate.range(0, 400).generate(in)));
        }
        if (chance(in, 20)) {
            b.remarks(text(in));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        int columns = Generate.range(0, 2).generate(in);
        for (int i = 0; i < columns; i++) {
            extra.put(text(in), text(in));
        }
        b.extra(extra);
        if (chance(in, 40)) {
            b.source(source(in));
        }
        for (String field : FIELDS) {
            if (chance(in, 10)) {
                b.addInferred(field);
            }
        }
        return b.build();
    }

    private static Responsibility responsibility(RandomnessSource in) {
        Responsibility.Builder b = Responsibility.builder().text(text(in));
        int n = Generate.range(0, 3).generate(in);
        for (int i = 0; i < n; i++) {
            Unit.Builder unit = Unit.builder().name("单位" + text(in));
            if (chance(in, 20)) {
                unit.canonicalName(text(in));
            }
            if (chance(in, 30)) {
                unit.collective(true);
            }
            if (chance(in, 20)) {
                unit.qualifier(text(in));
            }
            if (chance(in, 15)) {
                unit.person(true);
            }
            Assignment.Builder a = Assignment.builder().unit(unit.build())
                    .role(Generate.enumValues(Role.class).generate(in));
            if (chance(in, 60)) {
                a.roleText(text(in));
            }
            b.addAssignment(a.build());
        }
        return b.build();
    }

    private static Deadline deadline(RandomnessSource in, boolean mayCompose) {
        DeadlineKind kind = Generate.enumValues(DeadlineKind.class).generate(in);
        if (kind == DeadlineKind.COMPOSITE && !mayCompose) {
            kind = DeadlineKind.ABSOLUTE;
        }
        Deadline.Builder b = Deadline.builder().text(text(in)).kind(kind);
        switch (kind) {
            case ABSOLUTE:
                b.addDue(date(in));
                break;
            case MULTIPLE:
                b.addDue(date(in), date(in), date(in));
                break;
            case RECURRING:
                b.rrule("FREQ=YEARLY;BYMONTH=" + Generate.range(1, 12).generate(in) + ";BYMONTHDAY=-1");
                b.addDue(date(in), date(in));
                break;
            case ONGOING:
                b.until(date(in));
                break;
            case RELATIVE:
                if (chance(in, 50)) {
                    b.anchor(Anchor.EVENT).event(text(in));
                } else {
                    b.anchor(Anchor.ISSUED);
                }
                b.offset(Offset.of(Generate.range(0, 400).generate(in),
                        Generate.enumValues(PeriodUnit.class).generate(in)));
                if (chance(in, 50)) {
                    b.addDue(date(in));
                }
                break;
            case COMPOSITE:
                int parts = Generate.range(1, 3).generate(in);
                for (int i = 0; i < parts; i++) {
                    b.addPart(deadline(in, false));
                }
                break;
            default:
                break;
        }
        if (chance(in, 30)) {
            b.action(text(in));
        }
        if (chance(in, 10)) {
            b.provisional(true);
        }
        return b.build();
    }

    private static SourceRef source(RandomnessSource in) {
        SourceRef.Builder b = SourceRef.builder();
        if (chance(in, 50)) {
            b.file(text(in) + ".xlsx");
        }
        if (chance(in, 50)) {
            b.sheet(text(in));
        }
        if (chance(in, 30)) {
            b.table(Generate.range(1, 50).generate(in));
        }
        if (chance(in, 60)) {
            b.row(Generate.range(1, 200_000).generate(in));
        }
        if (chance(in, 40)) {
            b.putCell(Task.CONTENT, "B" + Generate.range(1, 999).generate(in));
            b.putCell(Task.DEADLINE, "table 2, row 5, cell 3");
        }
        return b.build();
    }

    private static String text(RandomnessSource in) {
        StringBuilder sb = new StringBuilder();
        int atoms = Generate.range(0, 4).generate(in);
        for (int i = 0; i < atoms; i++) {
            int what = PERCENT.generate(in);
            if (what < 50) {
                sb.append(Generate.pick(PIECES).generate(in));
            } else if (what < 80) {
                sb.appendCodePoint(Generate.range(0x4E00, 0x9FFF).generate(in));
            } else if (what < 90) {
                sb.appendCodePoint(Generate.range(0x1F300, 0x1FAFF).generate(in));
            } else {
                sb.append(Generate.characters(0x20, 0xD7FF).generate(in));
            }
        }
        return sb.toString();
    }

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(2000, 1, 1).plusDays(Generate.range(0, 365 * 60).generate(in));
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return PERCENT.generate(in) < percent;
    }
}
