package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.table.Grid;

/** Which task fields a run's header has columns for, recorded on the plan for validation. */
final class TableColumns {
    private TableColumns() {}

    /**
     * @param run the ledger run
     * @param columns what every column of the run is
     * @param file the file name, or null
     * @return the table record: its fields in column order and where its header stands
     */
    static LedgerTable of(LedgerRun run, ColumnPlan columns, String file) {
        LedgerRun.Part first = run.parts().get(0);
        Grid g = first.grid();
        Header header = run.header();
        boolean headerRow = header.found() && header.row() >= 0 && header.row() < g.rowCount();
        List<String> fields = new ArrayList<>();
        SourceRef.Builder src = SourceRef.builder();
        for (int c = 0; c < columns.count(); c++) {
            String field = field(columns.role(c));
            if (field != null && !fields.contains(field)) {
                fields.add(field);
                if (headerRow && c < g.columnCount()) {
                    // the header cell of the column, from which the cell of a blank field is named
                    src.putCell(field, g.cell(header.row(), c).address());
                }
            }
        }
        if (file != null) {
            src.file(file);
        }
        GridSource.sheet(g).ifPresent(src::sheet);
        OptionalInt table = GridSource.table(g);
        if (table.isPresent()) {
            src.table(table.getAsInt());
        }
        if (headerRow) {
            src.row(g.sourceRow(header.row()));
        }
        return LedgerTable.builder().columns(fields).headerFound(header.found()).source(src.build()).build();
    }

    private static String field(ColumnRole role) {
        switch (role) {
            case NUMBER: return Task.NUMBER;
            case NAME: return Task.NAME;
            case CONTENT: return Task.CONTENT;
            case BASIS: return Task.BASIS;
            case RESPONSIBILITY: return Task.RESPONSIBILITY;
            case DEADLINE: return Task.DEADLINE;
            case INDICATORS: return Task.INDICATORS;
            case PROGRESS: return Task.PROGRESS;
            case STATUS: return Task.STATUS;
            case REMARKS: return Task.REMARKS;
            default: return null;
        }
    }
}
