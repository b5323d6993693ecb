package org.taizhang.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerWriter;
import org.taizhang.core.table.OutlineLevel;
import org.taizhang.csv.internal.FormulaGuard;

/**
 * Writes a plan as a CSV 任务台账 that Excel opens and {@link CsvLedgerReader} reads back:
 *
 * <ol>
 *   <li>the title, alone on the first line (when the plan has one);
 *   <li>a header row {@code 层级,序号,任务名称,具体任务,政策法规要求,责任单位,完成时限,量化指标,落实情况,状态,备注},
 *       then one column per {@code extra} key, in the order first met; a column no task uses is
 *       left out, except 层级, 序号, 具体任务, 落实情况 and 状态 (the standard ledger, and every row
 *       has a comma, which tells the reader the delimiter), and 责任单位 and 完成时限 whenever there
 *       are extra columns (so that an extra column of unit names or deadline phrases is not taken
 *       for one of them);
 *   <li>the outline in order: a section as a row {@code 二级,（一）,title} — its depth in the
 *       {@link OutlineLevel 层级} column, its number as written in 序号 (blank when it has none),
 *       its title in the next cell — followed by its own tasks, one row each (层级 blank), and then
 *       its child sections. Tasks outside any section come first. The table layer reads the
 *       outline back exactly from the 层级 column, whatever the numbering.
 * </ol>
 *
 * <p>Responsibilities and deadlines are written as their text; the status as 未开始, 进行中 or
 * 已完成 (blank when unknown). UTF-8 with a byte-order mark by default, since Excel on Windows
 * needs the mark to read UTF-8; {@link WriteOptions#charset()} may ask for GBK or GB18030 (a text
 * that GBK cannot hold ends the write with a {@link LedgerException} naming the row). Lines end in
 * CRLF. Text that starts like a formula gets a leading apostrophe (see the reader for the
 * convention, which reads every text back as it was). Thread-safe.
 */
public final class CsvLedgerWriter implements LedgerWriter {
    private static final LedgerFormat FORMAT = LedgerFormat.of("csv",
            "comma- or tab-separated values (.csv, .tsv), UTF-8 or GB18030/GBK", "csv", "tsv");

    private static final List<Column> STANDARD = List.of(
            new Column("序号", t -> t.number()),
            new Column("任务名称", t -> t.name()),
            new Column("具体任务", t -> t.content()),
            new Column("政策法规要求", t -> t.basis()),
            new Column("责任单位", t -> t.responsibility().map(Responsibility::text)),
            new Column("完成时限", t -> t.deadline().map(Deadline::text)),
            new Column("量化指标", t -> t.indicators()),
            new Column("落实情况", t -> t.progress()),
            new Column("状态", t -> statusText(t.status())),
            new Column("实际完成时间", t -> t.completedOn().map(Object::toString)),
            new Column("备注", t -> t.remarks()));

    // 落实情况 and 状态 are what a ledger is kept for: there even when no task has them yet
    private static final Set<String> ALWAYS = Set.of("序号", "具体任务", "落实情况", "状态");
    private static final Set<String> WITH_EXTRA = Set.of("责任单位", "完成时限");

    /** A writer; found by {@link java.util.ServiceLoader}. */
    public CsvLedgerWriter() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public void write(WorkPlan plan, OutputStream out, WriteOptions options) throws LedgerException {
        Charset charset = options.charset().orElse(StandardCharsets.UTF_8);
        List<Column> columns = columns(plan);
        CharsetEncoder check = charset.newEncoder();
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Rows rows = new Rows(columns.size() + 1, check, charset);
        try {
            Writer writer = new OutputStreamWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller's stream stays open
                }
            }, encoder);
            if (charset.equals(StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
            }
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                rows.printer = printer;
                if (plan.title().isPresent()) {
                    rows.title(plan.title().get());
                }
                List<String> header = new ArrayList<>();
                header.add(OutlineLevel.HEADER);
                columns.forEach(c -> header.add(c.header));
                rows.add(header);
                for (Task t : plan.tasks()) {
                    rows.add(taskRow(t, columns));
                }
                for (Section s : plan.sections()) {
                    writeSection(s, 0, columns, rows);
                }
            }
        } catch (IOException e) {
            throw new LedgerException("cannot write CSV: " + e.getClass().getSimpleName(), null,
                    "row " + rows.number, e);
        }
    }

    // 层级 | 序号 (the number as written: 一、 （一） 1. or blank) | the title
    private static void writeSection(Section section, int depth, List<Column> columns, Rows rows)
            throws IOException, LedgerException {
        rows.add(List.of(OutlineLevel.text(depth), section.number().map(n -> section.numbering().format(n)).orElse(""),
                section.title()));
        // own tasks first: a task written after a child section would read back inside it
        for (Task t : section.tasks()) {
            rows.add(taskRow(t, columns));
        }
        for (Section s : section.sections()) {
            writeSection(s, depth + 1, columns, rows);
        }
    }

    private static List<String> taskRow(Task task, List<Column> columns) {
        List<String> row = new ArrayList<>(columns.size() + 1);
        row.add("");
        for (Column c : columns) {
            row.add(c.value.apply(task).orElse(""));
        }
        return row;
    }

    // the standard columns some task uses, then the extra keys; 序号 and 具体任务 always (every row
    // then has a comma); 责任单位 and 完成时限 whenever there are extra columns, since the reader
    // takes an unknown column of unit names or deadline phrases for a missing one of them
    private static List<Column> columns(WorkPlan plan) {
        List<Task> tasks = plan.allTasks().stream().map(e -> e.item()).toList();
        Set<String> extra = new LinkedHashSet<>();
        tasks.forEach(t -> extra.addAll(t.extra().keySet()));
        List<Column> out = new ArrayList<>();
        for (Column c : STANDARD) {
            if (ALWAYS.contains(c.header) || (!extra.isEmpty() && WITH_EXTRA.contains(c.header))
                    || tasks.stream().anyMatch(t -> c.value.apply(t).isPresent())) {
                out.add(c);
            }
        }
        for (String key : extra) {
            out.add(new Column(key, t -> Optional.ofNullable(t.extra().get(key))));
        }
        return out;
    }

    private static Optional<String> statusText(Status status) {
        switch (status) {
            case NOT_STARTED:
                return Optional.of("未开始");
            case IN_PROGRESS:
                return Optional.of("进行中");
            case DONE:
                return Optional.of("已完成");
            default:
                return Optional.empty();
        }
    }

    private static final class Column {
        final String header;
        final Function<Task, Optional<String>> value;

        Column(String header, Function<Task, Optional<String>> value) {
            this.header = header;
            this.value = value;
        }
    }

    /** Pads, protects, checks and prints rows, counting them for messages. */
    private static final class Rows {
        final int width;
        final CharsetEncoder check;
        final Charset charset;
        CSVPrinter printer;
        int number;

        Rows(int width, CharsetEncoder check, Charset charset) {
            this.width = width;
            this.check = check;
            this.charset = charset;
        }

        /** A row of the table, padded to the header's width. */
        void add(List<String> cells) throws IOException, LedgerException {
            print(cells, true);
        }

        /** The title line: one cell. */
        void title(String title) throws IOException, LedgerException {
            print(List.of(title), false);
        }

        private void print(List<String> cells, boolean pad) throws IOException, LedgerException {
            number++;
            List<String> out = new ArrayList<>(Math.max(width, cells.size()));
            for (String cell : cells) {
                if (!check.canEncode(cell)) {
                    throw new LedgerException("the text " + LedgerException.echo(cell)
                            + " has characters that " + charset.name()
                            + " cannot hold; write UTF-8 or GB18030 instead", null, "row " + number, null);
                }
                out.add(FormulaGuard.protect(cell));
            }
            while (pad && out.size() < width) {
                out.add("");
            }
            printer.printRecord(out);
        }
    }
}
