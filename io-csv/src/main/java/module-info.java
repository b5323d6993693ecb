/** CSV ledgers: .csv and .tsv read into a grid, and plans written as CSV that Excel opens. */
module org.taizhang.csv {
    requires transitive org.taizhang.core;
    requires org.apache.commons.csv;

    exports org.taizhang.csv;

    provides org.taizhang.core.spi.LedgerReader with org.taizhang.csv.CsvLedgerReader;
    provides org.taizhang.core.spi.LedgerWriter with org.taizhang.csv.CsvLedgerWriter;
}
