/**
 * Excel ledgers: streaming .xlsx reading (our own zip guards and XML scanner), legacy .xls reading
 * and .xlsx writing on Apache POI.
 * The formats are found through {@link java.util.ServiceLoader}; nothing is registered by hand.
 */
module org.taizhang.xlsx {
    requires transitive org.taizhang.core;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports org.taizhang.xlsx;

    provides org.taizhang.core.spi.LedgerReader
            with org.taizhang.xlsx.XlsxLedgerReader, org.taizhang.xlsx.XlsLedgerReader;
    provides org.taizhang.core.spi.LedgerWriter with org.taizhang.xlsx.XlsxLedgerWriter;
}
