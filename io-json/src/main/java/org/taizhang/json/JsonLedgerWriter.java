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
 * <p>Files are written compact, on one line ending with a newline: indentation made up half of a
 * large ledger's pretty-printed bytes and a good part of the time to write them. The same plan
 * always gives the same bytes. {@link LedgerJson#write(WorkPlan)} gives the pretty-printed form.
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
        LedgerJson.write(plan, out, false);
    }
}
