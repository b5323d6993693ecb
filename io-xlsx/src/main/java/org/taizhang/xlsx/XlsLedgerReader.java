package org.taizhang.xlsx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.LedgerAssembler;
import org.taizhang.xlsx.internal.XlsGridReader;

/**
 * Reads legacy .xls workbooks (Excel 97–2003). Every sheet with text becomes a table for the
 * table layer, in workbook order, with merged regions and cells as Excel shows them; {@code
 * ReadOptions.sheet()} picks one. The workbook is read whole, which the file size limit bounds.
 *
 * <p>Detection: an OLE2 file whose first bytes show a {@code Workbook} or {@code Book} stream is
 * certain, an OLE2 file named {@code .xls} likely; otherwise the {@code .xls} extension. A
 * password-protected workbook ends in an {@link org.taizhang.core.EncryptedLedgerException}.
 * Thread-safe.
 */
public final class XlsLedgerReader implements LedgerReader {
    private static final LedgerFormat FORMAT = LedgerFormat.of("xls", "Excel 97-2003 workbook (.xls)", "xls");
    private static final String WORKBOOK = utf16("Workbook");
    private static final String BOOK = utf16("Book");

    /** The reader; found by {@link java.util.ServiceLoader}. */
    public XlsLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        boolean xls = sample.extension().equals("xls");
        if (sample.isOle2()) {
            // OLE2 directory entries hold UTF-16LE names; the directory is often within the head
            String head = new String(sample.head(), StandardCharsets.ISO_8859_1);
            if (head.contains(WORKBOOK) || head.contains(BOOK)) {
                return CERTAIN;
            }
            return xls ? LIKELY : NO;
        }
        return xls ? EXTENSION_ONLY : NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        return LedgerAssembler.assemble(
                new GridDocument(context.fileName().orElse(null), List.of(), XlsGridReader.read(file, context)),
                context);
    }

    // An entry name as the OLE2 directory stores it (UTF-16LE, NUL-terminated), seen as ISO-8859-1.
    private static String utf16(String name) {
        return new String((name + "\0").getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
    }
}
