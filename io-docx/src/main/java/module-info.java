/** Word ledgers: every table of a .docx as a grid with its merged cells, and its paragraphs. */
module org.taizhang.docx {
    requires transitive org.taizhang.core;
    requires org.apache.poi.ooxml;

    exports org.taizhang.docx;

    provides org.taizhang.core.spi.LedgerReader with org.taizhang.docx.DocxLedgerReader;
}
