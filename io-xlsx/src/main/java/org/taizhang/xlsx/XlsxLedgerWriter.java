package org.taizhang.xlsx;

import java.io.OutputStream;
import java.util.Objects;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerWriter;
import org.taizhang.xlsx.internal.LedgerSheetWriter;

/**
 * Writes a plan as the .xlsx ledger a department fills in: one sheet, 任务台账, with the plan's
 * title, a header row (序号, 任务名称, 具体任务, 责任单位, 完成时限, 落实情况, 状态, 备注, and the
 * extra columns the plan holds), each section as a heading row merged across, and one row per
 * task. Values are written as text as the plan holds them (deadlines and responsibilities as
 * written); text that a spreadsheet would run as a formula is kept as text. Reading the file back
 * gives the same sections and task fields. Streams rows, so large plans need little memory.
 * Thread-safe.
 */
public final class XlsxLedgerWriter implements LedgerWriter {

    /** The writer; found by {@link java.util.ServiceLoader}. */
    public XlsxLedgerWriter() {}

    @Override
    public LedgerFormat format() {
        return XlsxLedgerReader.FORMAT;
    }

    @Override
    public void write(WorkPlan plan, OutputStream out, WriteOptions options) throws LedgerException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        LedgerSheetWriter.write(plan, out);
    }
}
