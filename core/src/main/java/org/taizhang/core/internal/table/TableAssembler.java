package org.taizhang.core.internal.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.SourceRef;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/**
 * Layout analysis of ledger tables, the same for every format: finds each table's header, joins
 * tables split by page breaks, reads the title block, and builds the outline and tasks. See
 * {@code docs/layout.md} for the rules.
 */
public final class TableAssembler {
    /**
     * A headerless table with at most this many non-blank cells is part of the title block when
     * another table has a header; with no header anywhere, only a table of one cell is.
     */
    private static final int TITLE_TABLE_CELLS = 3;

    private TableAssembler() {}

    /**
     * Builds the plan from a document with at least one non-empty table.
     *
     * @param doc the tables and paragraphs of one file
     * @param context the options, limits and file name
     * @return the plan
     * @throws LedgerException when no table holds a ledger, or a limit is passed
     */
    public static WorkPlan assemble(GridDocument doc, ReadContext context) throws LedgerException {
        String file = doc.fileName().or(context::fileName).orElse(null);
        ReadOptions options = context.options();
        List<String> titleLines = new ArrayList<>();
        List<String> otherSheetLines = new ArrayList<>();
        List<LedgerRun> runs = findRuns(doc, options, titleLines, otherSheetLines);
        if (runs.isEmpty()) {
            throw context.error(null, "no ledger table found: no table has a header row"
                    + " such as 序号 / 任务名称 / 责任单位 / 完成时限");
        }
        for (TextLine line : doc.paragraphs()) {
            titleLines.add(line.text());
        }
        TitleBlock title = TitleBlock.of(titleLines);

        List<Layout> layouts = new ArrayList<>();
        int earliest = 0;
        for (LedgerRun run : runs) {
            Layout layout = Layout.of(run);
            layouts.add(layout);
            int y = layout.earliestDeadlineYear();
            if (y > 0 && (earliest == 0 || y < earliest)) {
                earliest = y;
            }
        }
        Optional<Integer> year = options.year().or(title::year);
        TitleBlock signature = signature(layouts);
        Optional<LocalDate> issuedOn = options.issuedOn().or(title::issuedOn).or(signature::issuedOn);
        int fallbackYear = earliest > 0 ? earliest : LocalDate.now().getYear();
        int deadlineYear = year.orElse(issuedOn.map(LocalDate::getYear).orElse(fallbackYear));
        DeadlineContext deadlines = DeadlineContext.ofYear(deadlineYear);
        if (issuedOn.isPresent()) {
            deadlines = deadlines.withIssuedOn(issuedOn.get());
        }

        OutlineNode root = OutlineNode.root();
        boolean sectionPerSheet = runs.size() > 1 && runs.stream().allMatch(r -> r.sheet().isPresent());
        for (Layout layout : layouts) {
            OutlineNode target = root;
            if (sectionPerSheet) {
                String sheet = layout.run().sheet().orElseThrow();
                SourceRef.Builder src = SourceRef.builder().sheet(sheet);
                if (file != null) {
                    src.file(file);
                }
                target = root.add(new OutlineNode(null, Numbering.NONE, sheet, src.build()));
            }
            new RunAssembler(layout, target, context, file, deadlines).assemble();
        }

        WorkPlan.Builder plan = WorkPlan.builder();
        title.title().ifPresent(plan::title);
        titleLines.stream().filter(l -> !l.isBlank() && !title.title().map(l.trim()::equals).orElse(false))
                .forEach(plan::addNote);
        for (Layout l : layouts) {
            plan.addAllNotes(l.noteLines());
            plan.addAllNotes(l.footerLines());
        }
        plan.addAllNotes(otherSheetLines);
        title.issuer().or(signature::issuer).ifPresent(plan::issuer);
        year.ifPresent(plan::year);
        issuedOn.ifPresent(plan::issuedOn);
        if (file != null) {
            plan.source(SourceRef.ofFile(file));
        }
        for (OutlineNode s : root.sections()) {
            plan.addSections(s.build());
        }
        return plan.addAllTasks(root.tasks()).build();
    }

    /**
     * Groups the grids into ledger runs in document order, and collects the text above each
     * header (and of small headerless tables) as title lines, and the text of sheets without a
     * ledger (a 填表说明 sheet) as further notes.
     */
    private static List<LedgerRun> findRuns(GridDocument doc, ReadOptions options, List<String> titleLines,
            List<String> otherSheetLines) {
        List<Grid> grids = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        boolean anyHeader = false;
        for (Grid g : doc.grids()) {
            if (g.rowCount() == 0 || g.columnCount() == 0) {
                continue;
            }
            Optional<String> sheet = GridSource.sheet(g);
            if (options.sheet().isPresent() && sheet.isPresent() && !sheet.equals(options.sheet())) {
                continue;
            }
            Header h = Header.detect(g);
            anyHeader |= h != null;
            grids.add(g);
            headers.add(h);
        }
        List<LedgerRun> runs = new ArrayList<>();
        LedgerRun current = null;
        for (int i = 0; i < grids.size(); i++) {
            Grid g = grids.get(i);
            Header h = headers.get(i);
            boolean sheet = GridSource.sheet(g).isPresent();
            if (h != null) {
                for (int r = 0; r < h.row(); r++) {
                    addLines(g, r, titleLines);
                }
                if (current != null && !sheet && current.sheet().isEmpty() && h.sameAs(current.header())) {
                    current.add(g, h.firstDataRow());
                } else {
                    current = new LedgerRun(h);
                    current.add(g, h.firstDataRow());
                    runs.add(current);
                }
            } else if (current != null && !sheet && current.sheet().isEmpty()
                    && g.columnCount() == current.header().columns()) {
                current.add(g, 0); // a table split by a page break without its header
            } else if (anyHeader && sheet) {
                // a sheet without a ledger header (notes, lists) when another sheet has one: its
                // lines are kept as notes, never read as tasks nor as the title
                for (int r = 0; r < g.rowCount(); r++) {
                    otherSheetLines.add(FooterRows.line(g, r));
                }
                otherSheetLines.removeIf(String::isEmpty);
            } else if (nonBlankCells(g) <= (anyHeader ? TITLE_TABLE_CELLS : 1)) {
                for (int r = 0; r < g.rowCount(); r++) {
                    addLines(g, r, titleLines);
                }
            } else {
                current = new LedgerRun(Header.inferred(g));
                current.add(g, 0);
                runs.add(current);
            }
        }
        return runs;
    }

    /**
     * The signature below the tables ({@code 某县人民政府办公室  2022年7月5日}): its parts read like
     * title lines, and supply the issuer and issue date when the lines above the table do not.
     */
    private static TitleBlock signature(List<Layout> layouts) {
        List<String> parts = new ArrayList<>();
        for (Layout l : layouts) {
            for (String line : l.footerLines()) {
                parts.addAll(List.of(line.split("\\s{2,}")));
            }
        }
        return TitleBlock.of(parts);
    }

    private static void addLines(Grid g, int r, List<String> lines) {
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                lines.add(c.text());
            }
        }
    }

    private static int nonBlankCells(Grid g) {
        int n = 0;
        for (int r = 0; r < g.rowCount(); r++) {
            for (Cell c : g.row(r)) {
                if (!c.isCovered() && !c.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }
}
