/**
 * The canonical {@code taizhang/1} JSON format: a reader and a writer found by
 * {@link java.util.ServiceLoader}, the {@link org.taizhang.json.LedgerJson} facade, and the JSON
 * Schema of the format.
 */
module org.taizhang.json {
    requires transitive org.taizhang.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;

    exports org.taizhang.json;

    // Jackson reads the mix-in annotations and instantiates the virtual id property by reflection.
    opens org.taizhang.json.internal to tools.jackson.databind;

    provides org.taizhang.core.spi.LedgerReader with org.taizhang.json.JsonLedgerReader;
    provides org.taizhang.core.spi.LedgerWriter with org.taizhang.json.JsonLedgerWriter;
}
