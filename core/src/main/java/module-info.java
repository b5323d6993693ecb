/**
 * Taizhang core: the ledger model, parsing of deadlines and responsibilities, the working-day
 * calendar, the format-neutral table layer and the reader/writer SPI. Depends on nothing but the
 * JDK at run time.
 */
module org.taizhang.core {
    requires static org.immutables.value;

    exports org.taizhang.core;
    exports org.taizhang.core.calendar;
    exports org.taizhang.core.rollup;
    exports org.taizhang.core.spi;
    exports org.taizhang.core.table;
    exports org.taizhang.core.units;
    // helpers only the format modules need: not part of the public API
    exports org.taizhang.core.internal.format to org.taizhang.csv, org.taizhang.xlsx, org.taizhang.docx;
    exports org.taizhang.core.validation;

    uses org.taizhang.core.spi.LedgerReader;
    uses org.taizhang.core.spi.LedgerWriter;
    uses org.taizhang.core.validation.ValidationRule;

    provides org.taizhang.core.spi.LedgerReader
        with org.taizhang.core.internal.text.TextLedgerReader;
}
