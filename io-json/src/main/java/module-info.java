/**
 * The canonical {@code taizhang/1} JSON format: a reader and a writer found by
 * {@link java.util.ServiceLoader}, the {@link org.taizhang.json.LedgerJson} facade, and the JSON
 * Schema of the format.
 */
module org.taizhang.json {
    requires transitive org.taizhang.core;
    requires tools.jackson.core;
    // The summary document is built as a tree (SummaryCodec).
    requires tools.jackson.databind;

    exports org.taizhang.json;

    provides org.taizhang.core.spi.LedgerReader with org.taizhang.json.JsonLedgerReader;
    provides org.taizhang.core.spi.LedgerWriter with org.taizhang.json.JsonLedgerWriter;
}
