package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.KnownUnit;
import org.taizhang.core.units.ResponsibilityParser;
import org.taizhang.core.units.UnitDirectory;

/** Validation never throws on a plan, and every finding can be found: it has an outline id or a place. */
class ValidationPropertiesTest {
    private static final String[] TEXTS = {"", " ", "全面公开财政预算和决算信息", "加强政策解读，", "（", "１２３", "\u0000", "、、",
        "已完成", "尚未启动", "部分已完成，部分未完成", "x".repeat(300)};
    private static final String[] UNITS = {"", "市司法局牵头，各旗区负责落实", "市财政局配合", "市司法局、市财政局牵头", "按照要求认真落实",
        "（待定）", "各苏木镇（街道）", "区人社局"};
    private static final String[] DEADLINES = {"", "2022年13月底前", "2月30日", "9月底前", "全年持续推进", "每季度", "印发后30日内",
        "适时完成", "2023年6月底前", "2021年3月", "10月底前补录完成，每年3月底前公布", "十三月", "２０２２年２月２９日"};
    private static final String[] NUMBERS = {"1", "2", "3", "５", "①", "一", "十三", "1.2", "abc", ""};
    private static final String[] FIELDS = {Task.NUMBER, Task.NAME, Task.CONTENT, Task.RESPONSIBILITY, Task.DEADLINE,
        Task.PROGRESS, Task.REMARKS, "其他"};
    private static final Validator VALIDATOR = Validator.builder().serviceRules(false).asOf(LocalDate.of(2022, 10, 1))
            .units(UnitDirectory.of(List.of(KnownUnit.of("市司法局"), KnownUnit.of("市财政局"))).withBuiltInAbbreviations())
            .build();

    @Test
    void validation_never_throws_and_every_finding_has_an_id_or_a_place() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            WorkPlan plan = plan(new Random(seed));
            ValidationReport r = VALIDATOR.validate(plan);
            assertThat(r.findings()).allSatisfy(f -> {
                assertThat(f.id().isPresent() || f.place().isPresent()).as(f.toString()).isTrue();
                assertThat(f.code()).isNotEqualTo(Validator.RULE_FAILED);
                assertThat(f.message()).isNotBlank();
            });
            assertThat(r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO))
                    .isEqualTo(r.findings().size());
        });
    }

    static WorkPlan plan(Random rnd) {
        WorkPlan.Builder plan = WorkPlan.builder();
        if (rnd.nextBoolean()) {
            plan.year(2000 + rnd.nextInt(40));
        }
        if (rnd.nextBoolean()) {
            plan.issuedOn(LocalDate.of(2022, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        }
        if (rnd.nextBoolean()) {
            plan.source(SourceRef.ofFile("x.xlsx"));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            LedgerTable.Builder t = LedgerTable.builder().headerFound(rnd.nextBoolean());
            for (String f : FIELDS) {
                if (rnd.nextBoolean()) {
                    t.addColumns(f);
                }
            }
            if (rnd.nextBoolean()) {
                t.source(SourceRef.builder().sheet(rnd.nextBoolean() ? "S" : "T").row(rnd.nextInt(5))
                        .putCell(Task.RESPONSIBILITY, rnd.nextBoolean() ? "S!C3" : "table 1, row 1, cell 3").build());
            }
            plan.addTables(t.build());
        }
        plan.addAllSections(sections(rnd, 0));
        for (int i = rnd.nextInt(4); i > 0; i--) {
            plan.addTasks(task(rnd));
        }
        return plan.build();
    }

    private static List<Section> sections(Random rnd, int depth) {
        int n = depth > 2 ? 0 : rnd.nextInt(4);
        java.util.ArrayList<Section> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Section.Builder s = Section.builder().title(pick(rnd, TEXTS))
                    .numbering(Numbering.values()[rnd.nextInt(Numbering.values().length)]);
            if (rnd.nextBoolean()) {
                s.number(pick(rnd, NUMBERS));
            }
            if (rnd.nextBoolean()) {
                s.source(SourceRef.builder().row(rnd.nextInt(100)).build());
            }
            s.addAllSections(sections(rnd, depth + 1));
            for (int t = rnd.nextInt(5); t > 0; t--) {
                s.addTasks(task(rnd));
            }
            out.add(s.build());
        }
        return out;
    }

    private static Task task(Random rnd) {
        Task.Builder t = Task.builder();
        if (rnd.nextBoolean()) {
            t.content(pick(rnd, TEXTS));
        }
        if (rnd.nextInt(4) == 0) {
            t.name(pick(rnd, TEXTS));
        }
        if (rnd.nextBoolean()) {
            t.number(pick(rnd, NUMBERS));
        }
        if (rnd.nextBoolean()) {
            t.responsibility(ResponsibilityParser.parse(pick(rnd, UNITS)));
        }
        if (rnd.nextBoolean()) {
            String text = pick(rnd, DEADLINES);
            t.deadline(rnd.nextInt(3) == 0 ? Deadline.unparsed(text) : Deadline.parse(text, DeadlineContext.ofYear(2022)));
        }
        if (rnd.nextBoolean()) {
            t.progress(pick(rnd, TEXTS));
        }
        t.status(Status.values()[rnd.nextInt(Status.values().length)]);
        for (String f : FIELDS) {
            if (rnd.nextInt(6) == 0) {
                t.addInferred(f);
            }
        }
        if (rnd.nextInt(4) != 0) {
            SourceRef.Builder src = SourceRef.builder();
            if (rnd.nextBoolean()) {
                src.sheet(rnd.nextBoolean() ? "S" : "T");
            }
            if (rnd.nextBoolean()) {
                src.table(1 + rnd.nextInt(3));
            }
            if (rnd.nextInt(5) != 0) {
                src.row(1 + rnd.nextInt(200));
            }
            if (rnd.nextBoolean()) {
                src.putCell(pick(rnd, FIELDS), "S!B" + rnd.nextInt(9));
            }
            t.source(src.build());
        }
        return t.build();
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
