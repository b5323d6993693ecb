package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;

/**
 * OLE2 compound documents: a legacy .xls holds a {@code Workbook} (or, before Excel 97,
 * {@code Book}) stream; a password-protected .xlsx is an OLE2 file holding
 * {@code EncryptionInfo} and {@code EncryptedPackage}.
 */
final class Ole2 {
    /** The first eight bytes of every OLE2 compound document; compared here so that an .xlsx read loads no POI class. */
    private static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private Ole2() {}

    /**
     * @param file a file
     * @param context for the error
     * @return true when it starts with the OLE2 signature
     * @throws LedgerException when it cannot be read at all
     */
    static boolean isOle2(Path file, ReadContext context) throws LedgerException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE);
        } catch (IOException e) {
            throw context.error(null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an OLE2 file met where an .xlsx was expected: a legacy workbook is read as such, an
     * encrypted package is reported as encrypted, anything else is not a workbook.
     *
     * @param file the file
     * @param context the read's context
     * @param expected the extension expected, for the message
     * @return the sheets of a legacy workbook
     * @throws LedgerException when it is encrypted or holds no workbook
     */
    static List<Grid> readLegacyOrFail(Path file, ReadContext context, String expected)
            throws LedgerException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new EncryptedLedgerException(context.fileName().orElse(null));
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return XlsGridReader.read(fs, context);
            }
        } catch (IOException | RuntimeException e) {
            throw context.error(null, "not a valid " + expected + " file: the OLE2 container cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        throw context.error(null, "not a valid " + expected
                + " file: it is an OLE2 document that holds no workbook (a Word .doc?)");
    }
}
