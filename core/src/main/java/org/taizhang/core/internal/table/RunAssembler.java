package org.taizhang.core.internal.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.Numbering;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.internal.status.StatusReader;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.TextLine;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * Walks the rows of one ledger run in order and builds its outline: heading rows open parts,
 * grouping columns open sections below them, and every other row with text of its own becomes a
 * task.
 */
final class RunAssembler {
    /** Rows between two checks of the time limit. */
    private static final int CHECK_EVERY = 256;

    private final LedgerRun run;
    private final RowPlan rows;
    private final ColumnPlan columns;
    private final OutlineNode root;
    private final ReadContext context;
    private final String file;
    private final DeadlineReading deadlines;
    private final ResponsibilityCells responsibility;
    private final String[] extraKeys;

    private final List<OutlineNode> headings = new ArrayList<>();
    /** Sections opened by rows numbered 1, 1.2… whose following rows are numbered 1.1, 1.2.1…, innermost last. */
    private final List<OutlineNode> numbered = new ArrayList<>();
    private final OutlineNode[] groups;
    private final String[] groupKeys;
    private final CellValue[] last;
    private int rowsSeen;
    /** the grid whose sheet and table number {@link #source} last read, and those */
    private Grid sourceGrid;
    private Optional<String> sourceSheet;
    private OptionalInt sourceTable;

    /**
     * @param run the ledger run, with its parts
     * @param rows what every row is
     * @param columns what every column is
     */
    RunAssembler(LedgerRun run, RowPlan rows, ColumnPlan columns, OutlineNode root, ReadContext context,
            String file, DeadlineReading deadlines) {
        this.run = run;
        this.rows = rows;
        this.columns = columns;
        this.root = root;
        this.context = context;
        this.file = file;
        this.deadlines = deadlines;
        int levels = columns.groupingColumns().size();
        this.groups = new OutlineNode[levels];
        this.groupKeys = new String[levels];
        this.last = new CellValue[columns.count()];
        this.extraKeys = extraKeys(columns);
        this.responsibility = new ResponsibilityCells(columns, extraKeys,
                ResponsibilityParser.builder().directory(context.options().units().orElse(null)).build());
    }

    private static String[] extraKeys(ColumnPlan columns) {
        Header header = columns.header();
        String[] keys = new String[columns.count()];
        Set<String> used = new HashSet<>();
        for (int c = 0; c < keys.length; c++) {
            String label = header.label(c);
            String key = label.isEmpty() ? CellAddressing.columnName(c) : label;
            if (!used.add(key)) {
                key = key + " (" + CellAddressing.columnName(c) + ")";
                used.add(key);
            }
            keys[c] = key;
        }
        return keys;
    }

    /** Reads every row of the run into the root. */
    void assemble() throws LimitExceededException {
        List<LedgerRun.Part> parts = run.parts();
        for (int p = 0; p < parts.size(); p++) {
            LedgerRun.Part part = parts.get(p);
            Grid g = part.grid();
            for (TextLine line : part.headings()) {
                headingParagraph(line);
            }
            for (int r = part.firstDataRow(); r < g.rowCount(); r++) {
                if (++rowsSeen % CHECK_EVERY == 0) {
                    context.checkTime(g.rowPlace(r));
                }
                byte kind = rows.kind(p, r);
                if (kind == RowPlan.HEADING) {
                    heading(p, g, r);
                } else if (kind == RowPlan.DATA) {
                    closeNumberedSections(g, r);
                    dataRow(part, p, g, r, -1);
                } else if (kind == RowPlan.NUMBERED_HEADING) {
                    closeNumberedSections(g, r);
                    numberedHeading(part, p, g, r);
                }
            }
        }
    }

    private void heading(int p, Grid g, int r) {
        int title = rows.headingTitleColumn(p, r);
        if (title < 0) {
            levelHeading(g, r, RowKinds.headingDepth(g, r, columns.levelColumn()));
            return;
        }
        // the cells the row kinds found: the title, and its number when written apart
        Cell cell = g.cell(r, title);
        int numberColumn = rows.headingNumberColumn(p, r);
        Cell numberCell = numberColumn < 0 ? null : g.cell(r, numberColumn);
        String text = Texts.value(cell.text());
        Optional<OutlineNumber> number = numberCell == null ? OutlineNumber.parse(text)
                : OutlineNumber.ofNumberCell(numberCell.text(), text);
        Numbering style = number.map(OutlineNumber::numbering).orElse(Numbering.NONE);
        if (style == Numbering.NONE) {
            headings.clear();
        } else {
            for (int i = 0; i < headings.size(); i++) {
                if (headings.get(i).numbering() == style) {
                    headings.subList(i, headings.size()).clear();
                    break;
                }
            }
        }
        SourceRef.Builder src = source(g, r).putCell("title", cell.address());
        if (numberCell != null) {
            src.putCell("number", numberCell.address());
        }
        SourceRef source = src.build();
        open(number.map(n -> new OutlineNode(n.number(), n.numbering(), n.title(), source))
                .orElseGet(() -> new OutlineNode(null, Numbering.NONE, text, source)));
    }

    /**
     * A heading row of a table with a {@code 层级} column: the level gives the nesting, the 序号
     * cell the number (any style, or none), the next non-blank cell the title, as written.
     */
    private void levelHeading(Grid g, int r, int depth) {
        Cell numberCell = null;
        Cell titleCell = null;
        for (Cell c : g.row(r)) {
            if (c.isCovered() || c.isBlank() || c.column() == columns.levelColumn()) {
                continue;
            }
            if (c.column() == columns.numberColumn() && numberCell == null && titleCell == null) {
                numberCell = c;
            } else if (titleCell == null) {
                titleCell = c;
            }
        }
        String title = titleCell == null ? "" : Texts.value(titleCell.text());
        Optional<OutlineNumber> number = numberCell == null ? Optional.empty()
                : OutlineNumber.ofNumberCell(numberCell.text(), title);
        if (depth < headings.size()) {
            headings.subList(depth, headings.size()).clear();
        }
        SourceRef.Builder src = source(g, r);
        if (titleCell != null) {
            src.putCell("title", titleCell.address());
        }
        if (numberCell != null) {
            src.putCell("number", numberCell.address());
        }
        SourceRef source = src.build();
        Cell written = numberCell;
        open(number.map(n -> new OutlineNode(n.number(), n.numbering(), n.title(), source))
                .orElseGet(() -> written == null ? new OutlineNode(null, Numbering.NONE, title, source)
                        : new OutlineNode(Texts.number(written.text()), Numbering.ARABIC, title, source)));
    }

    /**
     * A heading paragraph above one of the run's tables ({@code 一、深化政务公开}) opens a section
     * like a heading row. The same heading again (a part repeated, or marked {@code （续）}, above a
     * continued table) continues the section it names.
     */
    private void headingParagraph(TextLine line) {
        OutlineNumber n = HeadingParagraphs.heading(line.text()).orElseThrow();
        for (int i = 0; i < headings.size(); i++) {
            OutlineNode h = headings.get(i);
            if (h.numbering() == n.numbering() && n.number().equals(h.number())
                    && MatchKey.of(n.title()).equals(MatchKey.of(h.title()))) {
                return; // the part goes on in this table
            }
        }
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).numbering() == n.numbering()) {
                headings.subList(i, headings.size()).clear();
                break;
            }
        }
        SourceRef.Builder src = SourceRef.builder().row(line.number()).putCell("title", line.place());
        if (file != null) {
            src.file(file);
        }
        open(new OutlineNode(n.number(), n.numbering(), n.title(), src.build()));
    }

    /** Opens a heading's section below the open part, closing the groups of the rows above. */
    private void open(OutlineNode node) {
        numbered.clear();
        headings.add(partContainer().add(node));
        java.util.Arrays.fill(groups, null);
        java.util.Arrays.fill(groupKeys, null);
        java.util.Arrays.fill(last, null);
    }

    /** Leaves the numbered sections that the row's 序号 is not under. */
    private void closeNumberedSections(Grid g, int r) {
        String number = columns.ownNumber(g, r);
        if (number == null) {
            return; // a row without a number stays where it is
        }
        while (!numbered.isEmpty()
                && !OutlineNumber.isDescendantNumber(number, numbered.get(numbered.size() - 1).number())) {
            numbered.remove(numbered.size() - 1);
        }
    }

    /**
     * A row numbered 1 whose next row is numbered 1.1: a section titled by the row's first text
     * (a name or content cell first). Any further text of the row is kept as a task of its own.
     */
    private void numberedHeading(LedgerRun.Part part, int p, Grid g, int r) {
        Cell numberCell = g.cell(r, columns.numberColumn());
        int titleColumn = -1;
        for (int c = 0; c < columns.count() && titleColumn < 0; c++) {
            ColumnRole role = columns.role(c);
            if ((role == ColumnRole.NAME || role == ColumnRole.CONTENT) && ownText(g, r, c)) {
                titleColumn = c;
            }
        }
        for (int c = 0; c < columns.count() && titleColumn < 0; c++) {
            if (c != columns.numberColumn() && ownText(g, r, c)) {
                titleColumn = c;
            }
        }
        Cell title = g.cell(r, titleColumn);
        SourceRef source = source(g, r).putCell("number", numberCell.address())
                .putCell("title", title.address()).build();
        OutlineNode node = new OutlineNode(columns.ownNumber(g, r), Numbering.ARABIC, Texts.value(title.text()), source);
        OutlineNode parent = numbered.isEmpty() ? partContainer() : numbered.get(numbered.size() - 1);
        numbered.add(parent.add(node));
        java.util.Arrays.fill(last, null);
        dataRow(part, p, g, r, titleColumn);
    }

    private static boolean ownText(Grid g, int r, int c) {
        return !g.text(r, c).isBlank(); // a covered cell's text is empty
    }

    /**
     * Reads a data row into a task of the open section.
     *
     * @param skip a column already read as the row's section title, or -1; with one, the row is a
     *     task only when it has text besides its 序号
     */
    private void dataRow(LedgerRun.Part part, int p, Grid g, int r, int skip) {
        int contentLevel = skip < 0 ? groupCellAsContent(part, p, g, r) : -1;
        if (skip < 0) {
            openGroups(part, p, g, r, contentLevel);
        }
        CellValue[] values = new CellValue[columns.count()];
        boolean ownText = false;
        if (contentLevel >= 0) {
            Cell cell = g.cell(r, columns.groupingColumns().get(contentLevel));
            values[columns.contentColumn()] = new CellValue(Texts.value(cell.text()), cell, false);
        }
        for (int c = 0; c < columns.count(); c++) {
            if (isGroupingCell(c) || c == skip) {
                continue;
            }
            CellValue v = values[c] != null ? values[c] : effective(part, p, g, r, c);
            if (v != null && !v.inherited()) {
                ownText |= skip < 0 || c != columns.numberColumn();
                last[c] = v;
            } else if (v == null && !g.isCovered(r, c) && fillsDown(c) && last[c] != null) {
                v = last[c].asInherited();
            }
            values[c] = v;
        }
        if (ownText) {
            container().add(task(g, r, values));
        }
        // else the row's only text is in grouping cells: it is kept as the group's section
    }

    private boolean isGroupingCell(int c) {
        return columns.groupingColumns().contains(c)
                || (c == columns.numberColumn() && columns.numberNamesGroups());
    }

    private boolean fillsDown(int c) {
        ColumnRole role = columns.role(c);
        if (role == ColumnRole.NUMBER) {
            return columns.numberFillsDown();
        }
        return (columns.fillsBlanks() && ColumnPlan.FILL_DOWN.contains(role)) || columns.fillsTextDown(c);
    }

    /** The value of a cell: its own text, or the text of a merge anchor above it in the run. */
    private CellValue effective(LedgerRun.Part part, int p, Grid g, int r, int c) {
        if (!g.isCovered(r, c)) {
            String text = Texts.value(g.text(r, c)); // stripped: empty when the cell is blank
            return text.isEmpty() ? null : new CellValue(text, g.cell(r, c), false);
        }
        Cell cell = g.cell(r, c);
        int ar = cell.anchorRow();
        if (cell.anchorColumn() == c && ar < r && ar >= part.firstDataRow() && rows.kind(p, ar) == RowPlan.DATA) {
            Cell anchor = g.cell(ar, c);
            return anchor.isBlank() ? null : new CellValue(Texts.value(anchor.text()), anchor, true);
        }
        return null;
    }

    /**
     * A task row whose content cell is blank (or covered by its own row's grouping cell merged
     * across) while its innermost grouping cell names it alone — the cell spans no further row —
     * is a task whose content is that cell, not a group of one task without content.
     *
     * @return the grouping level whose cell is the row's content, or -1
     */
    private int groupCellAsContent(LedgerRun.Part part, int p, Grid g, int r) {
        int content = columns.contentColumn();
        List<Integer> grouping = columns.groupingColumns();
        if (content < 0 || grouping.isEmpty() || effective(part, p, g, r, content) != null) {
            return -1;
        }
        boolean otherText = false;
        for (int c = 0; c < columns.count() && !otherText; c++) {
            otherText = !isGroupingCell(c) && c != columns.numberColumn() && ownText(g, r, c);
        }
        if (!otherText) {
            return -1; // the row names its groups only: a heading row
        }
        for (int level = grouping.size() - 1; level >= 0; level--) {
            int column = grouping.get(level);
            if (ownText(g, r, column)) {
                return RowSpans.continuesBelow(run, rows, p, r, column) ? -1 : level;
            }
        }
        return -1;
    }

    /**
     * Opens the groups the row starts.
     *
     * @param contentLevel a level whose cell is the row's content (see {@link #groupCellAsContent}),
     *     or -1: from that level down, the open groups close and none opens
     * @return true when the row starts a new group at some level
     */
    private boolean openGroups(LedgerRun.Part part, int p, Grid g, int r, int contentLevel) {
        boolean started = false;
        List<Integer> grouping = columns.groupingColumns();
        for (int level = 0; level < grouping.size(); level++) {
            if (level == contentLevel) {
                for (int deeper = level; deeper < groups.length; deeper++) {
                    groups[deeper] = null;
                    groupKeys[deeper] = null;
                }
                break;
            }
            if (g.text(r, grouping.get(level)).isBlank()) {
                continue; // merged down (a covered cell has no text) or blank below: the row stays in the open group
            }
            Cell cell = g.cell(r, grouping.get(level));
            String text = Texts.value(cell.text());
            CellValue seq = level == 0 && columns.numberNamesGroups()
                    ? effective(part, p, g, r, columns.numberColumn()) : null;
            String key = (seq == null ? "" : Texts.number(seq.text())) + "\u0001" + MatchKey.of(text);
            if (groups[level] != null && key.equals(groupKeys[level])) {
                continue; // the same group again after a page break: it continues
            }
            OutlineNode parent = level == 0 ? headingContainer() : groupParent(level);
            groups[level] = parent.add(group(g, r, cell, text, seq));
            groupKeys[level] = key;
            for (int deeper = level + 1; deeper < groups.length; deeper++) {
                groups[deeper] = null;
                groupKeys[deeper] = null;
            }
            java.util.Arrays.fill(last, null);
            started = true;
        }
        return started;
    }

    private OutlineNode group(Grid g, int r, Cell cell, String text, CellValue seq) {
        SourceRef.Builder source = source(g, r).putCell("title", cell.address());
        Optional<OutlineNumber> number = OutlineNumber.parse(text);
        if (number.isPresent()) {
            return new OutlineNode(number.get().number(), number.get().numbering(), number.get().title(),
                    source.build());
        }
        if (seq != null) {
            source.putCell("number", seq.address());
            return new OutlineNode(Texts.number(seq.text()), Numbering.ARABIC, text, source.build());
        }
        return new OutlineNode(null, Numbering.NONE, text, source.build());
    }

    private OutlineNode groupParent(int level) {
        for (int l = level - 1; l >= 0; l--) {
            if (groups[l] != null) {
                return groups[l];
            }
        }
        return headingContainer();
    }

    private OutlineNode headingContainer() {
        return numbered.isEmpty() ? partContainer() : numbered.get(numbered.size() - 1);
    }

    private OutlineNode partContainer() {
        return headings.isEmpty() ? root : headings.get(headings.size() - 1);
    }

    private OutlineNode container() {
        return groupParent(groups.length);
    }

    private SourceRef.Builder source(Grid g, int r) {
        if (g != sourceGrid) {
            // a grid's sheet and table number are read from its addresses once, not for every task
            sourceGrid = g;
            sourceSheet = GridSource.sheet(g);
            sourceTable = GridSource.table(g);
        }
        SourceRef.Builder b = SourceRef.builder();
        if (file != null) {
            b.file(file);
        }
        sourceSheet.ifPresent(b::sheet);
        if (sourceTable.isPresent()) {
            b.table(sourceTable.getAsInt());
        }
        return b.row(g.sourceRow(r));
    }

    private Task task(Grid g, int r, CellValue[] values) {
        Task.Builder t = Task.builder();
        SourceRef.Builder source = source(g, r);
        Set<String> inferred = new HashSet<>();
        Map<String, String> extra = new LinkedHashMap<>();
        String progress = null;
        Status columnStatus = Status.UNKNOWN;
        boolean completedKnown = false;
        for (int c = 0; c < values.length; c++) {
            CellValue v = values[c];
            if (v == null || columns.role(c) == ColumnRole.RESPONSIBILITY) {
                continue;
            }
            String field = field(columns.role(c), c);
            switch (columns.role(c)) {
                case NUMBER:
                    t.number(Texts.number(v.text()));
                    break;
                case NAME:
                    t.name(v.text());
                    break;
                case CONTENT:
                    t.content(v.text());
                    break;
                case BASIS:
                    t.basis(v.text());
                    break;
                case DEADLINE:
                    t.deadline(deadlines.read(v.text()));
                    break;
                case INDICATORS:
                    t.indicators(v.text());
                    break;
                case PROGRESS:
                    t.progress(v.text());
                    progress = v.text();
                    break;
                case REMARKS:
                    t.remarks(v.text());
                    break;
                case STATUS:
                    Status status = StatusWords.of(v.text());
                    t.status(status);
                    columnStatus = status;
                    if (status == Status.UNKNOWN) {
                        field = extraKeys[c];
                        extra.put(field, v.text());
                    }
                    break;
                case COMPLETED_ON:
                    Optional<LocalDate> day = StatusWords.completedOn(v.text(), deadlines.year());
                    day.ifPresent(t::completedOn);
                    completedKnown |= day.isPresent();
                    if (day.isEmpty()) {
                        field = extraKeys[c];
                        extra.put(field, v.text());
                    }
                    break;
                default:
                    extra.put(field, v.text());
                    break;
            }
            source.putCell(field, v.address());
            if (v.inherited()) {
                inferred.add(field);
            }
        }
        if (progress != null) {
            fromProgress(progress, columnStatus, completedKnown, t, inferred);
        }
        responsibility.read(values, t, source, inferred);
        return t.putAllExtra(extra).source(source.build()).addAllInferred(inferred).build();
    }

    /** The status and completion day the 落实情况 text states, where no column gave them. */
    private void fromProgress(String progress, Status columnStatus, boolean completedKnown, Task.Builder t,
            Set<String> inferred) {
        StatusReader.Reading said = StatusWords.ofProgress(progress, deadlines.year());
        Status status = columnStatus;
        if (status == Status.UNKNOWN && said.status() != Status.UNKNOWN) {
            status = said.status();
            t.status(status);
            inferred.add(Task.STATUS);
        }
        if (!completedKnown && status == Status.DONE && said.completedOn().isPresent()) {
            t.completedOn(said.completedOn().get());
            inferred.add(Task.COMPLETED_ON);
        }
    }

    private String field(ColumnRole role, int c) {
        switch (role) {
            case NUMBER: return Task.NUMBER;
            case NAME: return Task.NAME;
            case CONTENT: return Task.CONTENT;
            case BASIS: return Task.BASIS;
            case DEADLINE: return Task.DEADLINE;
            case INDICATORS: return Task.INDICATORS;
            case PROGRESS: return Task.PROGRESS;
            case REMARKS: return Task.REMARKS;
            case STATUS: return Task.STATUS;
            case COMPLETED_ON: return Task.COMPLETED_ON;
            case RESPONSIBILITY: return Task.RESPONSIBILITY;
            default: return extraKeys[c];
        }
    }
}
