package org.taizhang.json;

import java.io.OutputStream;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerWriter;

/**
 * Writes {@code taizhang/1} JSON documents; found by {@link java.util.ServiceLoader}.
 *
 * <p>JSON is always written in UTF-8 (RFC 8259), so {@link WriteOptions#charset()} is not used;
 * nor is {@link WriteOptions#asOf()}, since the document holds no computed state. Thread-safe.
 */
public final class JsonLedgerWriter implements LedgerWriter {

    /** A writer; {@link java.util.ServiceLoader} calls this. */
    public JsonLedgerWriter() {}

    @Override
    public LedgerFormat format() {
        return JsonFormat.FORMAT;
    }

    @Override
    public void write(WorkPlan plan, OutputStream out, WriteOptions options) throws LedgerException {
        LedgerJson.write(plan, out);
    }
}
