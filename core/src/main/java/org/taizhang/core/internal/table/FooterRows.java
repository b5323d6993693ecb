package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/**
 * The rows below a ledger's last task that are not tasks: notes ({@code 注：…}, {@code 说明：…}),
 * totals ({@code 合计}), who filled it in ({@code 填表人：…}, {@code 联系电话：…}) and the signature
 * line ({@code XX办公室  2022年7月}). Only a trailing run of such rows is taken, so a task that
 * happens to start with one of these words inside the table stays a task.
 */
final class FooterRows {
    private static final Pattern NOTE = Pattern.compile(
            "^(注|备注|说明|附注|填表说明|填报说明)\\s*(\\d{1,2}|[①-⑩])?\\s*[：:.．、]");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|共计)([：:\\s\\d(].*)?$");
    private static final Pattern FILLED_BY = Pattern.compile(
            "^(填表人|填报人|制表人|制表|审核人|审核|联系人|联系电话|电话|负责人|单位负责人|主要负责人|分管领导"
                    + "|填报单位|填报日期|报送单位|报送日期|签发人|制表日期|填表日期)\\s*[：:]");
    private static final String DATE = "((19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月"
            + "(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?";
    private static final Pattern DATE_ONLY = Pattern.compile("^" + DATE + "$");
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(DATE + "$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[\\p{IsHan}（）()]{2,30}(办公室|办公厅|人民政府|政府|领导小组|委员会|政府办|局|委|办|中心|办事处|街道|"
                    + "乡|镇|（盖章）|\\(盖章\\))(\\s*" + DATE + ")?$");
    /** A footer line has few cells; only a total row may carry a figure in every column. */
    private static final int MAX_CELLS = 3;
    /**
     * Between tasks, a total's first cell is short ({@code 小计}, {@code 合计：12}); a longer text
     * starting with the word ({@code 合计10家单位完成整改}) is a task's content.
     */
    private static final int MAX_TOTAL_KEY = 6;

    private FooterRows() {}

    /**
     * @param roles the column roles, so that a date standing alone in a deadline column (a task
     *     with nothing but its deadline) is not taken for a signature date
     * @return true when the row reads as a footer line
     */
    static boolean isFooter(Grid g, int r, ColumnRole[] roles) {
        List<Cell> cells = cells(g, r);
        if (cells.isEmpty()) {
            return false;
        }
        String first = Texts.value(cells.get(0).text());
        String key = MatchKey.of(first);
        if (TOTAL.matcher(key).matches()) {
            return true;
        }
        if (cells.size() > MAX_CELLS) {
            return false;
        }
        if (NOTE.matcher(first).find() || FILLED_BY.matcher(first).find()) {
            return true;
        }
        if (cells.size() > 2) {
            return false;
        }
        boolean dated = false;
        boolean body = false;
        boolean inUnitColumn = false;
        boolean inDeadlineColumn = false;
        for (Cell c : cells) {
            String text = Texts.value(c.text());
            boolean dateOnly = DATE_ONLY.matcher(text).matches();
            if (!dateOnly && !SIGNATURE.matcher(text).matches()) {
                return false;
            }
            dated |= dateOnly || ENDS_WITH_DATE.matcher(text).find();
            body |= !dateOnly;
            inUnitColumn |= !dateOnly && role(roles, c) == ColumnRole.RESPONSIBILITY;
            inDeadlineColumn |= dateOnly && role(roles, c) == ColumnRole.DEADLINE;
        }
        if (!body) {
            return !inDeadlineColumn; // a date alone in the 完成时限 column is a task with only its deadline
        }
        // an undated body name alone in a 责任单位 cell is a task with nothing but its unit
        return dated || !inUnitColumn;
    }

    /**
     * A row between tasks that is not a task: a subtotal ({@code 小计}, {@code 合计}) whose first
     * cell holds nothing but the word (and perhaps a figure), or a note ({@code 注：…},
     * {@code 说明：…}) standing alone in the first cell or merged across at least half the width.
     * A task whose text merely contains such a word, or starts with {@code 说明：} beside other
     * cells, stays a task.
     *
     * @return true when the row reads as a note or total between tasks
     */
    static boolean isNoteBetweenTasks(Grid g, int r) {
        // asked of every row: look at the texts, and make a cell only for the one that matters
        int firstColumn = -1;
        boolean alone = true;
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.text(r, c).isBlank()) {
                if (firstColumn >= 0) {
                    alone = false;
                    break;
                }
                firstColumn = c;
            }
        }
        if (firstColumn < 0) {
            return false;
        }
        String text = g.text(r, firstColumn);
        if (MatchKey.fitsIn(text, MAX_TOTAL_KEY) && TOTAL.matcher(MatchKey.of(text)).matches()) {
            return true;
        }
        if (!alone) {
            return false;
        }
        Cell first = g.cell(r, firstColumn);
        return (firstColumn == 0 || (first.colSpan() >= 2 && first.colSpan() * 2 >= g.columnCount()))
                && NOTE.matcher(Texts.value(text)).find();
    }

    private static ColumnRole role(ColumnRole[] roles, Cell c) {
        return c.column() < roles.length ? roles[c.column()] : ColumnRole.EXTRA;
    }

    /** @return the row as one line: its non-blank cells as written, separated by two spaces */
    static String line(Grid g, int r) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells(g, r)) {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            sb.append(Texts.value(c.text()));
        }
        return sb.toString();
    }

    private static List<Cell> cells(Grid g, int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : g.row(r)) {
            if (!c.isCovered() && !c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
