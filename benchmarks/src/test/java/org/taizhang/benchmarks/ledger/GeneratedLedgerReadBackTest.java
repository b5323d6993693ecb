package org.taizhang.benchmarks.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.benchmarks.race.RawReads;
import org.taizhang.core.Ledgers;
import org.taizhang.core.Numbering;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.json.LedgerJson;

/** The generated files read back as the ledger the generator made, in every format. */
class GeneratedLedgerReadBackTest {
    private static final int TASKS = 1_000;

    @TempDir
    Path dir;

    @Test
    void the_generator_makes_exactly_the_tasks_asked_for_in_bodies_of_parts_and_points() {
        GeneratedLedger ledger = new LedgerGenerator(GenerateLedgers.SEED, 2022).generate(TASKS);
        assertThat(ledger.taskCount()).isEqualTo(TASKS);
        assertThat(ledger.parts().get(0).text()).startsWith("一、");
        assertThat(ledger.parts().get(0).points().get(0).text()).matches("[（(]一[）)].+。");
        assertThat(ledger.parts()).allSatisfy(p -> assertThat(p.points()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.tasks()).hasSizeBetween(1, 5)));
        // about half of the unit and deadline cells are composed afresh, most of them distinct
        List<GeneratedLedger.TaskRow> rows = ledger.parts().stream().flatMap(p -> p.points().stream())
                .flatMap(q -> q.tasks().stream()).toList();
        assertThat(rows.stream().map(GeneratedLedger.TaskRow::unit).distinct().count()).isBetween(300L, 600L);
        assertThat(rows.stream().map(GeneratedLedger.TaskRow::deadline).distinct().count()).isBetween(300L, 600L);
        assertThat(new LedgerGenerator(GenerateLedgers.SEED, 2022).generate(TASKS)).isEqualTo(ledger);
    }

    @Test
    void the_workbook_csv_and_json_read_back_with_the_same_tasks_and_sections() throws Exception {
        GeneratedLedger ledger = new LedgerGenerator(GenerateLedgers.SEED, 2022).generate(TASKS);
        Path xlsx = dir.resolve("ledger.xlsx");
        Path csv = dir.resolve("ledger.csv");
        Path json = dir.resolve("ledger.json");
        XlsxLedgerFile.write(ledger, xlsx);
        OtherLedgerFiles.writeCsv(ledger, csv);
        OtherLedgerFiles.writeJson(ledger, 2022, json);

        WorkPlan fromXlsx = Ledgers.read(xlsx);
        assertThat(fromXlsx.title()).hasValue(ledger.title());
        for (WorkPlan plan : List.of(fromXlsx, Ledgers.read(csv), Ledgers.read(json))) {
            assertThat(plan.taskCount()).isEqualTo(TASKS);
            assertThat(plan.sections()).hasSize(ledger.parts().size());
            assertThat(plan.allSections()).hasSize(ledger.parts().size() + ledger.pointCount());
            Section firstPart = plan.sections().get(0);
            assertThat(firstPart.numbering()).isEqualTo(Numbering.CN_COMMA);
            assertThat(firstPart.title()).isEqualTo(ledger.parts().get(0).text().substring(2));
            assertThat(firstPart.sections()).hasSize(ledger.parts().get(0).points().size());
            assertThat(firstPart.sections().get(0).numbering()).isEqualTo(Numbering.CN_PAREN);
        }
        // a point whose unit cell is merged down gives every one of its tasks that unit
        GeneratedLedger.Point merged = ledger.parts().stream().flatMap(p -> p.points().stream())
                .filter(GeneratedLedger.Point::unitMerged).findFirst().orElseThrow();
        Section point = fromXlsx.allSections().stream().map(e -> e.item())
                .filter(s -> (s.numbering() == Numbering.CN_PAREN) && merged.text().endsWith(s.title()))
                .filter(s -> s.tasks().size() == merged.tasks().size()).findFirst().orElseThrow();
        for (Task t : point.tasks()) {
            assertThat(t.responsibility().orElseThrow().text()).isEqualTo(merged.tasks().get(0).unit());
        }
        Task first = fromXlsx.allTasks().get(0).item();
        assertThat(first.content()).hasValue(ledger.parts().get(0).points().get(0).tasks().get(0).content());
        assertThat(first.source().orElseThrow().cells()).containsEntry("content", "任务台账!B5");
        assertThat(LedgerJson.read(java.nio.file.Files.readString(json)).allTasks().get(0).item()
                .responsibility().orElseThrow().assignments()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.role()).isIn((Object[]) Role.values()));

        // a ledger longer than a sheet goes on in further sheets, and reads back the same
        Path sheets = dir.resolve("sheets.xlsx");
        XlsxLedgerFile.write(ledger, sheets, 600);
        WorkPlan fromSheets = Ledgers.read(sheets);
        assertThat(RawReads.poiSax(sheets).merges()).isGreaterThan(RawReads.poiSax(xlsx).merges());
        assertThat(fromSheets.taskCount()).isEqualTo(TASKS);
        // several tables: the table layer gives each sheet a section holding its parts
        int sheetCount = fromSheets.sections().size();
        assertThat(sheetCount).isGreaterThan(1);
        assertThat(fromSheets.sections().stream().mapToInt(s -> s.sections().size()).sum())
                .isEqualTo(ledger.parts().size());
        assertThat(fromSheets.allSections()).hasSize(sheetCount + ledger.parts().size() + ledger.pointCount());

        // the baselines see the same cells and merged regions
        RawReads.Tally easy = RawReads.easyExcel(xlsx);
        RawReads.Tally poi = RawReads.poiSax(xlsx);
        assertThat(easy.toString()).isEqualTo(poi.toString());
        assertThat(poi.merges()).isGreaterThan(ledger.parts().size());
    }
}
