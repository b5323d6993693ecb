package org.taizhang.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.LedgerWriter;

/** Writes a plan with one writer and reads the file back through the whole read path. */
public final class RoundTrip {
    private RoundTrip() {}

    /**
     * @param writer the writer
     * @param plan the plan
     * @param file where to write, replaced each time
     * @return the plan read back with {@link Ledgers#read(Path)}
     */
    public static WorkPlan through(LedgerWriter writer, WorkPlan plan, Path file) {
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(plan, out, WriteOptions.defaults());
            }
            return Ledgers.read(file);
        } catch (LedgerException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
