package org.taizhang.docx;

import java.nio.file.Path;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.LedgerAssembler;
import org.taizhang.docx.internal.DocxExtractor;

/**
 * Reads Word {@code .docx} ledgers: tables through the table layer, and documents without a table
 * (work points written as prose) through the prose outline. Thread-safe; found by
 * {@link java.util.ServiceLoader}.
 *
 * <p>Detection: {@link #CERTAIN} for a zip holding {@code word/document.xml}, otherwise
 * {@link #EXTENSION_ONLY} for a {@code .docx} name (so that a damaged file still reaches this reader
 * and gets a precise message). A password-protected file ends in an
 * {@link org.taizhang.core.EncryptedLedgerException}; a legacy {@code .doc} in an
 * {@link org.taizhang.core.UnsupportedFormatException}.
 */
public final class DocxLedgerReader implements LedgerReader {
    private static final LedgerFormat FORMAT = LedgerFormat.of("docx", "Word document (.docx)", "docx");

    /** A reader; found by {@link java.util.ServiceLoader}. */
    public DocxLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        if (sample.isZip() && sample.zipEntries().contains("word/document.xml")) {
            return CERTAIN;
        }
        return sample.extension().equals("docx") ? EXTENSION_ONLY : NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        return LedgerAssembler.assemble(readDocument(file, context), context);
    }

    /**
     * Reads the tables and paragraphs of a document without assembling a plan: for callers who
     * want the grids themselves.
     *
     * @param file the file
     * @param context the options, limits and file name
     * @return the paragraphs outside tables and the tables, in document order
     * @throws LedgerException when the file is not a readable .docx or passes a limit
     */
    public GridDocument readDocument(Path file, ReadContext context) throws LedgerException {
        return DocxExtractor.extract(file, context);
    }
}
