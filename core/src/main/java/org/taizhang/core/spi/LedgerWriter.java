package org.taizhang.core.spi;

import java.io.OutputStream;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;

/**
 * Writes a {@link WorkPlan} in one file format. Found by {@link java.util.ServiceLoader}; must be
 * thread-safe. Writers of spreadsheet formats neutralise text a spreadsheet would run as a formula.
 */
public interface LedgerWriter {

    /** @return the format written */
    LedgerFormat format();

    /**
     * Writes a plan. The stream is written but not closed.
     *
     * @param plan the plan
     * @param out where to write
     * @param options the options
     * @throws LedgerException when it cannot be written
     */
    void write(WorkPlan plan, OutputStream out, WriteOptions options) throws LedgerException;

    /**
     * Orders writers of the same format: the higher first. Built-in writers use 0.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }
}
