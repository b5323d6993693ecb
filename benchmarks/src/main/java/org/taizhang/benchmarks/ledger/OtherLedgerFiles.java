package org.taizhang.benchmarks.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Part;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Point;
import org.taizhang.benchmarks.ledger.GeneratedLedger.TaskRow;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.ResponsibilityParser;
import org.taizhang.json.LedgerJson;

/**
 * Writes a generated ledger as CSV (as a spreadsheet program saves the workbook: UTF-8 with a
 * byte-order mark, merged cells blank, part rows with text in the first cell only) and as
 * {@code taizhang/1} JSON (the plan the workbook means, units and deadlines parsed).
 */
public final class OtherLedgerFiles {
    private OtherLedgerFiles() {}

    /**
     * Writes the CSV file.
     *
     * @param ledger the ledger
     * @param file the file
     * @throws IOException when writing fails
     */
    public static void writeCsv(GeneratedLedger ledger, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            csvRow(w, "附件2", "", "", "", "", "");
            csvRow(w, ledger.title(), "", "", "", "", "");
            csvRow(w, GeneratedLedger.HEADER.toArray(new String[0]));
            for (Part part : ledger.parts()) {
                csvRow(w, part.text(), "", "", "", "", "");
                for (Point point : part.points()) {
                    List<TaskRow> tasks = point.tasks();
                    for (int t = 0; t < tasks.size(); t++) {
                        TaskRow task = tasks.get(t);
                        csvRow(w, t == 0 ? point.text() : "", task.content(), task.measures(),
                                point.unitMerged() && t > 0 ? "" : task.unit(),
                                point.deadlineMerged() && t > 0 ? "" : task.deadline(), task.remark());
                    }
                }
            }
        }
    }

    private static void csvRow(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }

    /**
     * The plan the ledger means: parts and points as sections, each task with its content,
     * measures as progress, the parsed responsibility and deadline, and its remark.
     *
     * @param ledger the ledger
     * @param year the plan year, for deadlines
     * @return the plan
     */
    public static WorkPlan plan(GeneratedLedger ledger, int year) {
        DeadlineContext context = DeadlineContext.ofYear(year);
        WorkPlan.Builder plan = WorkPlan.builder().title(ledger.title()).year(year).addNote("附件2");
        for (Part part : ledger.parts()) {
            int comma = part.text().indexOf('、');
            Section.Builder p = Section.builder().number(part.text().substring(0, comma))
                    .numbering(Numbering.CN_COMMA).title(part.text().substring(comma + 1));
            for (Point point : part.points()) {
                int close = Math.max(point.text().indexOf('）'), point.text().indexOf(')'));
                Section.Builder s = Section.builder().number(point.text().substring(1, close))
                        .numbering(Numbering.CN_PAREN).title(point.text().substring(close + 1));
                for (TaskRow row : point.tasks()) {
                    Task.Builder task = Task.builder().content(row.content())
                            .responsibility(ResponsibilityParser.parse(row.unit()))
                            .deadline(Deadline.parse(row.deadline(), context));
                    if (!row.measures().isEmpty()) {
                        task.progress(row.measures());
                    }
                    if (!row.remark().isEmpty()) {
                        task.remarks(row.remark());
                    }
                    s.addTask(task.build());
                }
                p.addSection(s.build());
            }
            plan.addSection(p.build());
        }
        return plan.build();
    }

    /**
     * Writes the JSON file.
     *
     * @param ledger the ledger
     * @param year the plan year
     * @param file the file
     * @throws IOException when writing fails
     * @throws LedgerException when the plan cannot be written
     */
    public static void writeJson(GeneratedLedger ledger, int year, Path file) throws IOException, LedgerException {
        try (OutputStream os = Files.newOutputStream(file)) {
            LedgerJson.write(plan(ledger, year), os);
        }
    }
}
