package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Numbering;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.OutlineLevel;
import org.taizhang.core.table.TextLine;

/**
 * The layout of one ledger run, decided once from all its rows: what every row is, the final role
 * of every column, which columns are grouping levels, and whether blank cells inherit the value
 * above (formats without merged cells).
 */
final class Layout {
    /** Row kinds. */
    static final byte BLANK = 0, REPEATED_HEADER = 1, HEADING = 2, DATA = 3, FOOTER = 4, NUMBERED_HEADING = 5,
            NOTE = 6;

    /** Roles whose blank cells inherit from above inside a group when the format has no merges. */
    static final Set<ColumnRole> FILL_DOWN = EnumSet.of(ColumnRole.RESPONSIBILITY,
            ColumnRole.DEADLINE, ColumnRole.PROGRESS, ColumnRole.BASIS, ColumnRole.INDICATORS);

    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");
    private static final Pattern NUMBER_PART = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBER_PARTS = Pattern.compile("[\\d.]+");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final LedgerRun run;
    private final ColumnRole[] roles;
    private final List<byte[]> kinds = new ArrayList<>();
    private final List<Integer> groupingColumns = new ArrayList<>();
    /** Text columns of a grid without merges left blank below a value that are no grouping level. */
    private final List<Integer> filledTextColumns = new ArrayList<>();
    private final List<String> footerLines = new ArrayList<>();
    private final List<String> noteLines = new ArrayList<>();
    /**
     * True when the run has a heading row numbered below the part level ({@code （一）}, {@code 1.}…):
     * its points are rows of their own, so blank cells below a name are not read as a group.
     */
    private boolean hasPointRows;
    private int numberColumn = -1;
    /** The {@code 层级} column ({@link OutlineLevel}): when there is one, it alone gives the outline. */
    private final int levelColumn;
    private boolean numberNamesGroups;
    private boolean numberFillsDown;
    /**
     * True when the grid has any merged cell (title, header, heading or data rows): its format
     * records merges, so a blank cell is blank. Only a grid without a single merge (CSV, or a
     * spreadsheet saved from one) has blanks that stand for the value above.
     */
    private boolean usesMerges;
    /** How often each explicit year is written in the deadline cells, for the plan year. */
    private final java.util.Map<Integer, Integer> deadlineYears = new java.util.HashMap<>();

    private Layout(LedgerRun run) {
        this.run = run;
        this.roles = run.header().roles();
        this.levelColumn = levelColumn(run.header());
    }

    private static int levelColumn(Header header) {
        for (int c = 0; c < header.columns(); c++) {
            String label = header.label(c);
            if (label != null && Texts.key(label).equals(OutlineLevel.HEADER)) {
                return c;
            }
        }
        return -1;
    }

    /** @return the {@code 层级} column, or -1 */
    int levelColumn() {
        return levelColumn;
    }

    /** @return the depth a {@code 层级} cell gives the row (0 at the top), or -1 when it is not a heading so marked */
    int headingDepth(Grid g, int r) {
        if (levelColumn < 0 || levelColumn >= g.columnCount() || g.cell(r, levelColumn).isCovered()) {
            return -1;
        }
        return OutlineLevel.depth(Texts.key(g.cell(r, levelColumn).text()));
    }

    /** Decides the layout of a run. */
    static Layout of(LedgerRun run) {
        Layout layout = new Layout(run);
        layout.classifyRows();
        layout.markFooterRows();
        layout.collectNotesBetweenTasks();
        layout.sniffUnknownColumns();
        layout.findGroupingColumns();
        layout.keepFirstOfSingleRoles();
        ContentColumn.choose(layout, layout.roles, layout.groupingColumns);
        layout.markNumberedHeadings();
        layout.scanDeadlineYears();
        return layout;
    }

    private void classifyRows() {
        Header header = run.header();
        for (LedgerRun.Part part : run.parts()) {
            Grid g = part.grid();
            for (TextLine line : part.headings()) {
                hasPointRows |= HeadingParagraphs.heading(line.text())
                        .map(n -> n.numbering() != Numbering.CN_COMMA).orElse(false);
            }
            byte[] k = new byte[g.rowCount()];
            int heading;
            for (int r = part.firstDataRow(); r < g.rowCount(); r++) {
                if (g.isBlankRow(r)) {
                    k[r] = BLANK;
                } else if (header.found() && header.isRepeatedAt(g, r)) {
                    k[r] = REPEATED_HEADER;
                } else if (headingDepth(g, r) >= 0) {
                    k[r] = HEADING;
                    hasPointRows = true; // the outline is written out: blank cells are blank
                } else if (levelColumn < 0 && FooterRows.isNoteBetweenTasks(g, r)) {
                    k[r] = NOTE;
                } else if (levelColumn < 0 && (heading = headingCell(g, r)) >= 0) {
                    k[r] = HEADING;
                    hasPointRows |= OutlineNumber.parse(g.cell(r, heading).text())
                            .map(n -> n.numbering() != Numbering.CN_COMMA).orElse(false);
                } else {
                    k[r] = DATA;
                }
            }
            usesMerges |= hasMergedCell(g);
            kinds.add(k);
        }
    }

    /**
     * The trailing rows of the run's last grid that read as notes, totals, who filled it in or
     * a signature line (see {@link FooterRows}) are footer lines, kept as plan notes.
     */
    private void markFooterRows() {
        int p = kinds.size() - 1;
        LedgerRun.Part part = run.parts().get(p);
        Grid g = part.grid();
        byte[] k = kinds.get(p);
        List<String> lines = new ArrayList<>();
        for (int r = g.rowCount() - 1; r >= part.firstDataRow(); r--) {
            if (k[r] == BLANK) {
                continue;
            }
            if (k[r] == REPEATED_HEADER || levelColumn >= 0 || !FooterRows.isFooter(g, r, roles)) {
                break;
            }
            k[r] = FOOTER;
            lines.add(0, FooterRows.line(g, r));
        }
        footerLines.addAll(lines);
    }

    /**
     * Notes and totals between tasks (those not in the trailing footer run) are kept as plan
     * notes, each with the address of its first cell, since their place in the table is lost.
     */
    private void collectNotesBetweenTasks() {
        for (int p = 0; p < kinds.size(); p++) {
            Grid g = run.parts().get(p).grid();
            byte[] k = kinds.get(p);
            for (int r = 0; r < g.rowCount(); r++) {
                if (k[r] == NOTE) {
                    noteLines.add(FooterRows.line(g, r) + "（" + firstCellAddress(g, r) + "）");
                }
            }
        }
    }

    private static String firstCellAddress(Grid g, int r) {
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                return c.address();
            }
        }
        return g.rowPlace(r);
    }

    /**
     * A heading (part) row has one non-blank cell: merged across at least half the width, or in
     * the first column starting with a {@code 一、} number while the rest of the row is blank. The
     * heading's number may stand in a cell of its own before the title ({@code 一 | 依法全面履行政府职能}):
     * then the title is merged across at least half the width, or the number is Chinese
     * ({@code 一}, {@code （一）}) and the rest of the row is blank. A lone cell in the 序号 column
     * that starts with any outline number followed by a title ({@code （一）标题}) is a heading too,
     * since a 序号 cell holds a number, never a title (this is how a CSV file, which cannot merge,
     * writes its points).
     *
     * @return the column of the heading's title cell, or -1
     */
    int headingCell(Grid g, int r) {
        List<Cell> own = ownCells(g, r);
        if (own.isEmpty() || own.size() > 2 || g.columnCount() < 2) {
            return -1;
        }
        Cell cell = own.get(own.size() - 1);
        if (own.size() == 2 && !OutlineNumber.isBareNumber(own.get(0).text())) {
            return -1;
        }
        if (cell.colSpan() >= 2 && cell.colSpan() * 2 >= g.columnCount()) {
            return cell.column();
        }
        if (own.size() == 1 && cell.column() < roles.length && roles[cell.column()] == ColumnRole.NUMBER
                && OutlineNumber.parse(cell.text()).map(n -> !n.title().isEmpty()).orElse(false)) {
            return cell.column();
        }
        if (g.columnCount() < 3) {
            return -1;
        }
        if (own.size() == 2) {
            boolean chinese = OutlineNumber.ofNumberCell(own.get(0).text(), "")
                    .map(n -> n.numbering() == Numbering.CN_COMMA || n.numbering() == Numbering.CN_PAREN)
                    .orElse(false);
            return chinese && OutlineNumber.parse(cell.text()).isEmpty() ? cell.column() : -1;
        }
        if (cell.column() == 0) {
            boolean part = OutlineNumber.parse(cell.text())
                    .map(n -> n.numbering() == Numbering.CN_COMMA).orElse(false);
            return part ? 0 : -1;
        }
        return -1;
    }

    /** @return the cell holding a heading row's number apart from its title, or null */
    static Cell headingNumberCell(Grid g, int r) {
        List<Cell> own = ownCells(g, r);
        return own.size() == 2 ? own.get(0) : null;
    }

    private static List<Cell> ownCells(Grid g, int r) {
        List<Cell> own = new ArrayList<>(2);
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                own.add(c);
                if (own.size() > 2) {
                    break;
                }
            }
        }
        return own;
    }

    List<String> ownTexts(int column, int max) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < run.parts().size() && out.size() < max; p++) {
            Grid g = run.parts().get(p).grid();
            byte[] k = kinds.get(p);
            for (int r = 0; r < g.rowCount() && out.size() < max; r++) {
                Cell c = g.cell(r, column);
                if (k[r] == DATA && !c.isCovered() && !c.isBlank()) {
                    out.add(c.text());
                }
            }
        }
        return out;
    }

    /**
     * @return true when the table has a header row, or when its cells show ledger columns without
     *     one (a column of unit names or of deadline phrases): a table of anything else is no plan
     */
    boolean looksLikeLedger() {
        return run.header().found() || has(ColumnRole.RESPONSIBILITY) || has(ColumnRole.DEADLINE);
    }

    private boolean has(ColumnRole role) {
        for (ColumnRole r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** New header words: a column of deadline phrases or of unit names takes that role. */
    private void sniffUnknownColumns() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != ColumnRole.EXTRA || HeaderWords.namesPerson(run.header().label(c))) {
                continue;
            }
            List<String> cells = ownTexts(c, 200);
            if (cells.isEmpty()) {
                continue;
            }
            if (!run.header().found() && !has(ColumnRole.NUMBER) && ContentSniffer.mostlyNumbers(cells)) {
                roles[c] = ColumnRole.NUMBER;
            } else if (!has(ColumnRole.DEADLINE) && ContentSniffer.mostlyDeadlines(cells)) {
                roles[c] = ColumnRole.DEADLINE;
            } else if ((!run.header().found() || !has(ColumnRole.RESPONSIBILITY))
                    && ContentSniffer.mostlyUnits(cells)) {
                roles[c] = ColumnRole.RESPONSIBILITY;
            }
        }
        if (!run.header().found() && !has(ColumnRole.CONTENT)) {
            int best = -1;
            double bestLength = 0;
            for (int c = 0; c < roles.length; c++) {
                if (roles[c] != ColumnRole.EXTRA) {
                    continue;
                }
                List<String> cells = ownTexts(c, 200);
                double avg = cells.stream().mapToInt(String::length).average().orElse(0);
                if (avg > bestLength) {
                    bestLength = avg;
                    best = c;
                }
            }
            if (best >= 0) {
                roles[best] = ColumnRole.CONTENT;
            }
        }
    }

    /**
     * A content or unknown column groups only when it has values of its own on at most four data
     * rows in five: one holding nearly a value a row is the tasks' text, a few cells of which are
     * merged because two rows share it.
     */
    private boolean fewValues(int column, int dataRows) {
        return ownTexts(column, dataRows + 1).size() * 5 <= dataRows * 4;
    }

    /**
     * Roles that hold one value per task keep their first column (grouping columns aside); later
     * ones go to extra.
     */
    private void keepFirstOfSingleRoles() {
        EnumSet<ColumnRole> seen = EnumSet.noneOf(ColumnRole.class);
        for (int c = 0; c < roles.length; c++) {
            ColumnRole r = roles[c];
            if (r == ColumnRole.NAME || r == ColumnRole.RESPONSIBILITY || r == ColumnRole.EXTRA
                    || groupingColumns.contains(c)) {
                continue;
            }
            if (!seen.add(r)) {
                roles[c] = ColumnRole.EXTRA;
            }
        }
    }

    /**
     * Grouping levels, left to right: text columns (a name, a content or an unknown column, its
     * header cell blank or not) that span rows — merged down, blank below a value in a grid
     * without merges, or every cell a Chinese outline number — while a text column to their right
     * holds the tasks. A text column that spans rows with no task column to its right is the
     * task's own text, shared by the rows it spans (a task split by unit, one row each).
     */
    private void findGroupingColumns() {
        int rows = 0;
        for (int p = 0; p < run.parts().size(); p++) {
            for (byte b : kinds.get(p)) {
                if (b == DATA) {
                    rows++;
                }
            }
        }
        RowSpans evidence = new RowSpans(this);
        boolean[] spans = new boolean[roles.length];
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.NUMBER) {
                numberColumn = numberColumn < 0 ? c : numberColumn;
            } else if (ContentColumn.isTextColumn(roles, run.header(), c)) {
                boolean name = roles[c] == ColumnRole.NAME;
                spans[c] = levelColumn < 0 && ((evidence.spansRows(c, rows, true) && (name || fewValues(c, rows)))
                        || evidence.allPointHeadings(c));
            }
        }
        int taskColumn = -1;
        int innermost = -1;
        for (int c = roles.length - 1; c >= 0; c--) {
            if (ContentColumn.isTextColumn(roles, run.header(), c) && !ownTexts(c, 1).isEmpty()) {
                innermost = Math.max(innermost, c);
                taskColumn = spans[c] ? taskColumn : c;
            }
        }
        if (taskColumn < 0) {
            taskColumn = innermost; // every text column spans: the innermost holds the tasks, shared by some rows
        }
        for (int c = 0; c < roles.length; c++) {
            if (spans[c] && c < taskColumn) {
                groupingColumns.add(c);
            } else if (spans[c] && !usesMerges) {
                filledTextColumns.add(c); // the task's own text written once for several rows
            }
        }
        if (numberColumn >= 0 && levelColumn < 0 && evidence.spansRows(numberColumn, rows, false)) {
            numberNamesGroups = !groupingColumns.isEmpty();
            numberFillsDown = groupingColumns.isEmpty();
        }
    }

    /**
     * A data row numbered {@code 1} (or {@code 1.2}) followed by a row numbered {@code 1.1} (or
     * {@code 1.2.1}) names the section of the rows below it rather than being a task.
     */
    private void markNumberedHeadings() {
        if (numberColumn < 0 || numberNamesGroups || numberFillsDown || levelColumn >= 0) {
            return;
        }
        byte[] previousKinds = null;
        int previousRow = -1;
        String previous = null;
        for (int p = 0; p < run.parts().size(); p++) {
            Grid g = run.parts().get(p).grid();
            byte[] k = kinds.get(p);
            for (int r = 0; r < g.rowCount(); r++) {
                if (k[r] != DATA) {
                    continue;
                }
                String number = ownNumber(g, r);
                if (previous != null && number != null && isChildNumber(number, previous)) {
                    previousKinds[previousRow] = NUMBERED_HEADING;
                }
                previous = number != null && ownCells(g, r).size() > 1 ? number : null;
                previousKinds = k;
                previousRow = r;
            }
        }
    }

    /** @return the row's own 序号 as a person writes it, or null when it is blank, covered or there is no 序号 column */
    String ownNumber(Grid g, int r) {
        if (numberColumn < 0) {
            return null;
        }
        Cell c = g.cell(r, numberColumn);
        return c.isCovered() || c.isBlank() ? null : Texts.key(Texts.number(c.text()));
    }

    /** @return true when {@code child} is {@code parent} followed by one more {@code .N} */
    static boolean isChildNumber(String child, String parent) {
        return DOTTED_NUMBER.matcher(parent).matches() && child.startsWith(parent + ".")
                && NUMBER_PART.matcher(child.substring(parent.length() + 1)).matches();
    }

    /** @return true when {@code number} is {@code ancestor} followed by one or more {@code .N} */
    static boolean isDescendantNumber(String number, String ancestor) {
        return number.startsWith(ancestor + ".")
                && NUMBER_PARTS.matcher(number.substring(ancestor.length() + 1)).matches();
    }

    private static boolean hasMergedCell(Grid g) {
        for (int r = 0; r < g.rowCount(); r++) {
            for (Cell c : g.row(r)) {
                if (c.isCovered()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void scanDeadlineYears() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != ColumnRole.DEADLINE) {
                continue;
            }
            for (String text : ownTexts(c, 10_000)) {
                Matcher m = YEAR.matcher(text);
                while (m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    deadlineYears.merge(y, 1, Integer::sum);
                }
            }
        }
    }

    /** @return how many times each explicit year ({@code 2022年}) is written in the deadline cells */
    java.util.Map<Integer, Integer> deadlineYearCounts() {
        return deadlineYears;
    }

    /** @return the notes and totals between tasks, in order, each followed by its place */
    List<String> noteLines() {
        return noteLines;
    }

    /** @return the footer lines below the table, in order, as written */
    List<String> footerLines() {
        return footerLines;
    }

    LedgerRun run() {
        return run;
    }

    byte kind(int part, int row) {
        return kinds.get(part)[row];
    }

    ColumnRole role(int column) {
        return roles[column];
    }

    int columns() {
        return roles.length;
    }

    List<Integer> groupingColumns() {
        return groupingColumns;
    }

    int numberColumn() {
        return numberColumn;
    }

    /** @return true when the 序号 column numbers the outermost grouping level (乌海: 1, 2…) */
    boolean numberNamesGroups() {
        return numberNamesGroups;
    }

    /** @return true when a merged 序号 with no grouping column is filled down into its tasks */
    boolean numberFillsDown() {
        return numberFillsDown;
    }

    /** @return true when blank cells below a value inherit it: no merged cell at all, and a grouping column */
    boolean fillsBlanks() {
        return !usesMerges && !groupingColumns.isEmpty();
    }

    /**
     * @return true when a blank cell of the column takes the value above it: a text column that
     *     spans rows (blank below a value, no merges) but is the tasks' own text, not a group
     */
    boolean fillsTextDown(int column) {
        return filledTextColumns.contains(column);
    }

    /** @see RowSpans#continuesBelow */
    boolean continuesBelow(int part, int r, int column) {
        return new RowSpans(this).continuesBelow(part, r, column);
    }

    /** @return the row kinds of one part of the run */
    byte[] kinds(int part) {
        return kinds.get(part);
    }

    /** @return true when the grid records merges: a blank cell is blank */
    boolean usesMerges() {
        return usesMerges;
    }

    /** @return true when the run has heading rows numbered below the part level */
    boolean hasPointRows() {
        return hasPointRows;
    }

    /** @return the first content column that is no grouping level, or -1 */
    int contentColumn() {
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.CONTENT && !groupingColumns.contains(c)) {
                return c;
            }
        }
        return -1;
    }

}
