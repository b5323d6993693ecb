package org.taizhang.xlsx;

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
import org.taizhang.xlsx.internal.XlsxGridReader;

/**
 * Reads .xlsx (and .xlsm) workbooks in one streaming pass over each sheet, in bounded memory.
 * Every sheet with text becomes a table for the table layer, in workbook order; {@code
 * ReadOptions.sheet()} picks one. Cells are read as Excel shows them: numbers and dates by their
 * number format, formulas by their last computed value, line breaks as {@code \n}; merged regions
 * are kept.
 *
 * <p>Detection: a zip holding {@code xl/workbook.xml} is certain; otherwise the {@code .xlsx} or
 * {@code .xlsm} extension. A password-protected workbook ends in an
 * {@link org.taizhang.core.EncryptedLedgerException}, a zip bomb or a file past the read limits in
 * a {@link org.taizhang.core.LimitExceededException}. Thread-safe.
 */
public final class XlsxLedgerReader implements LedgerReader {
    static final LedgerFormat FORMAT = LedgerFormat.of("xlsx", "Excel workbook (.xlsx)", "xlsx", "xlsm");

    /** The reader; found by {@link java.util.ServiceLoader}. */
    public XlsxLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        if (sample.isZip() && sample.zipEntries().contains("xl/workbook.xml")) {
            return CERTAIN;
        }
        String ext = sample.extension();
        if (ext.equals("xlsx") || ext.equals("xlsm")) {
            // an encrypted .xlsx is an OLE2 file: claim it so that the user hears it is encrypted
            return sample.isOle2() ? LIKELY : EXTENSION_ONLY;
        }
        return NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        return LedgerAssembler.assemble(
                new GridDocument(context.fileName().orElse(null), List.of(), XlsxGridReader.read(file, context)),
                context);
    }
}
