package org.taizhang.json;

import org.taizhang.core.spi.LedgerFormat;

/** The canonical JSON format of Taizhang, {@code taizhang/1}. */
public final class JsonFormat {
    /** The value of the document's {@code format} field. */
    public static final String VERSION = "taizhang/1";

    /** The format descriptor. */
    public static final LedgerFormat FORMAT =
            LedgerFormat.of("json", "Taizhang canonical JSON (" + VERSION + ")", "json");

    private JsonFormat() {}
}
