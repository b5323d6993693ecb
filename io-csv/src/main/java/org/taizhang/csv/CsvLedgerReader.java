package org.taizhang.csv;

import java.nio.file.Path;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.internal.format.TextDecoding;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.LedgerAssembler;
import org.taizhang.csv.internal.CsvGridReader;
import org.taizhang.csv.internal.Delimiters;

/**
 * Reads {@code .csv} and {@code .tsv} ledgers through the table layer. Thread-safe; found by
 * {@link java.util.ServiceLoader}.
 *
 * <p>The charset is the one {@link org.taizhang.core.ReadOptions#charset()} names, else detected
 * by {@link TextDecoding} (BOM, UTF-8, GB18030, Windows code page 936); the byte-order mark is
 * not part of the first cell. The delimiter (comma, tab or semicolon) is the one found the same
 * number of times, outside quotes, on most of the first records. A leading apostrophe that
 * {@link CsvLedgerWriter} put before formula-like text is removed.
 *
 * <p>Detection: {@link #LIKELY} for a {@code .csv} or {@code .tsv} file whose first records have
 * a consistent delimiter, and for a file with no extension that starts with a UTF-8 byte-order
 * mark and has one; {@link #EXTENSION_ONLY} for any other {@code .csv} or {@code .tsv}. A
 * text file of any other name whose first records are a table (at least three of them, and four in
 * five, split into the same three or more cells) is a CSV saved under another name ({@code .txt},
 * or {@code .xlsx} by mistake), and scores above the plain-text reader and above any reader that
 * only knows the extension; zip and OLE2 content never.
 */
public final class CsvLedgerReader implements LedgerReader {
    private static final LedgerFormat FORMAT = LedgerFormat.of("csv",
            "comma- or tab-separated values (.csv, .tsv), UTF-8 or GB18030/GBK", "csv", "tsv");

    /**
     * The score of a text file not named {@code .csv} that is a table: above the plain-text
     * reader's {@link #LIKELY}, which outlined rows ({@code 一、…}) would also earn, and above any
     * reader that only recognises the extension.
     */
    private static final int TABLE_IN_TEXT = LIKELY + 10;

    /** A reader; found by {@link java.util.ServiceLoader}. */
    public CsvLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        String ext = sample.extension();
        boolean named = ext.equals("csv") || ext.equals("tsv");
        if (sample.isZip() || sample.isOle2()) {
            return NO;
        }
        if (sample.looksBinary() && !sample.hasUtf16Bom()) {
            return named ? EXTENSION_ONLY : NO;
        }
        String head = completeRecords(TextDecoding.sniff(sample.head()));
        if (named) {
            return Delimiters.isConsistent(head) ? LIKELY : EXTENSION_ONLY;
        }
        if (Delimiters.isTable(head)) {
            // a CSV saved as .txt (or .xlsx, .json…) is a CSV, even when its rows hold 一、 headings
            return TABLE_IN_TEXT;
        }
        return ext.isEmpty() && sample.hasUtf8Bom() && Delimiters.isConsistent(head) ? LIKELY : NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        return LedgerAssembler.assemble(readDocument(file, context), context);
    }

    /**
     * Reads a file into its grid without assembling a plan.
     *
     * @param file the file
     * @param context the options, limits and file name
     * @return a document holding one grid
     * @throws LedgerException on a wrong encoding, malformed CSV, or a limit passed
     */
    public GridDocument readDocument(Path file, ReadContext context) throws LedgerException {
        return readDocument(TextDecoding.readAllBytes(file, context), context);
    }

    /**
     * Reads CSV content held in memory into its grid.
     *
     * @param content the bytes of a CSV file
     * @param context the options, limits and file name ({@code .tsv} makes a tab the default)
     * @return a document holding one grid
     * @throws LedgerException on a wrong encoding, malformed CSV, or a limit passed
     */
    public GridDocument readDocument(byte[] content, ReadContext context) throws LedgerException {
        if (content.length > context.limits().maxFileBytes()) {
            throw context.limit(null, "the content has " + content.length + " bytes, more than "
                    + context.limits().maxFileBytes() + " (ReadLimits.maxFileBytes)");
        }
        return CsvGridReader.read(content, context);
    }

    private static String completeRecords(String head) {
        int cut = head.lastIndexOf('\n');
        return cut > 0 ? head.substring(0, cut + 1) : head;
    }
}
