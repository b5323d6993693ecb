package org.taizhang.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.UnsupportedFormatException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/**
 * Opens a .docx with POI (its zip-bomb and XML-entity protections left at their defaults) and
 * walks the body in order: paragraphs become {@link TextLine}s, tables {@link Grid}s.
 */
public final class DocxExtractor {
    private static final String DOCUMENT_PART = "word/document.xml";

    private final ReadContext context;
    private final Budget budget;

    private DocxExtractor(ReadContext context) {
        this.context = context;
        this.budget = new Budget(context);
    }

    /**
     * Extracts the paragraphs and tables of a document.
     *
     * @param file the .docx file
     * @param context the limits and the file name
     * @return the document
     * @throws LedgerException when the file is encrypted, not a .docx, damaged, or too large
     */
    public static GridDocument extract(Path file, ReadContext context) throws LedgerException {
        checkSize(file, context);
        checkNotOle2(file, context);
        checkCompression(file, context);
        try {
            return open(file, context);
        } catch (NoClassDefFoundError e) {
            // a part the directory check could not see, compressed for a codec that is not on the
            // class path (commons-compress loads Zstandard, XZ and Brotli only when asked)
            throw context.error(null, "not a valid .docx file: a part is compressed in a way no word"
                    + " processor writes (" + LedgerException.echo(e.getMessage()) + ")");
        }
    }

    private static GridDocument open(Path file, ReadContext context) throws LedgerException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw damaged(context, null, e);
        }
        try {
            XWPFDocument doc;
            try {
                doc = new XWPFDocument(pkg);
            } catch (IOException | RuntimeException e) {
                throw damaged(context, DOCUMENT_PART, e);
            }
            return new DocxExtractor(context).walk(doc);
        } finally {
            pkg.revert(); // read-only: nothing to save
        }
    }

    private GridDocument walk(XWPFDocument doc) throws LedgerException {
        List<TextLine> paragraphs = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        List<Integer> gridsBefore = new ArrayList<>();
        int paragraphNo = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFTable) {
                int n = grids.size() + 1;
                grids.add(new TableReader((XWPFTable) element, n, budget).read());
                continue;
            }
            String text;
            if (element instanceof XWPFParagraph) {
                text = ((XWPFParagraph) element).getText();
            } else if (element instanceof XWPFSDT) {
                text = ((XWPFSDT) element).getContent().getText();
            } else {
                continue; // no other body elements carry text
            }
            paragraphNo++;
            String place = "paragraph " + paragraphNo;
            budget.row(place);
            String stripped = text == null ? "" : text.strip();
            budget.text(place, stripped);
            if (!stripped.isEmpty()) {
                paragraphs.add(new TextLine(stripped, place, paragraphNo));
                gridsBefore.add(grids.size());
            }
        }
        return new GridDocument(context.fileName().orElse(null), paragraphs, grids, gridsBefore);
    }

    private static void checkSize(Path file, ReadContext context) throws LedgerException {
        try {
            long size = Files.size(file);
            if (size > context.limits().maxFileBytes()) {
                throw context.limit(null, "the file has " + size + " bytes, more than "
                        + context.limits().maxFileBytes() + " (ReadLimits.maxFileBytes)");
            }
            if (size == 0) {
                throw context.error(null, "the file is empty (0 bytes)");
            }
        } catch (IOException e) {
            throw context.error(null, "cannot read the file: " + e.getClass().getSimpleName(), e);
        }
    }

    // An encrypted .docx is an OLE2 container holding EncryptionInfo; a .doc is OLE2 too.
    private static void checkNotOle2(Path file, ReadContext context) throws LedgerException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw context.error(null, "cannot read the file: " + e.getClass().getSimpleName(), e);
        }
        if (magic != FileMagic.OLE2) {
            return;
        }
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw context.error(null, "damaged OLE2 document: " + e.getClass().getSimpleName(), e);
        }
        if (encrypted) {
            throw new EncryptedLedgerException(context.fileName().orElse(null));
        }
        throw new UnsupportedFormatException("a Word 97-2003 (.doc) or other OLE2 document, not a"
                + " .docx; save it as .docx and try again", context.fileName().orElse(null));
    }

    /** A part compressed in a way no word processor writes is refused by name ({@link StoredOrDeflated}). */
    private static void checkCompression(Path file, ReadContext context) throws LedgerException {
        StoredOrDeflated.Entry other;
        try {
            other = StoredOrDeflated.firstOther(file);
        } catch (IOException e) {
            throw context.error(null, "cannot read the file: " + e.getClass().getSimpleName(), e);
        }
        if (other != null) {
            throw context.error("part " + LedgerException.echo(other.name()),
                    "not a valid .docx file: the part is compressed with method " + other.method()
                    + ", which no word processor writes (only stored and deflated parts are read)");
        }
    }

    private static LedgerException damaged(ReadContext context, String part, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max allowed overall size")
                    || m.contains("Tried to allocate an array of length")) {
                return context.limit(part, "the archive unpacks to more than Apache POI allows (zip"
                        + " bomb protection): " + LedgerExceptionEcho.of(m));
            }
        }
        if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException) {
            return context.error(part, "not a .docx file (no Office Open XML package found)", e);
        }
        if (part == null) {
            // POI's message here names the file's full path: keep it out of the message
            return context.error(null, "damaged or truncated .docx: the zip archive cannot be"
                    + " opened (" + e.getClass().getSimpleName() + ")", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return context.error(part, "damaged .docx: " + part + " cannot be read ("
                + root.getClass().getSimpleName() + ": " + LedgerExceptionEcho.of(
                        String.valueOf(root.getMessage())) + ")", e);
    }

    /** Counts rows, cells and characters against the limits, and checks the clock. */
    static final class Budget {
        private final ReadContext context;
        private int rows;
        private long cells;
        private long chars;

        Budget(ReadContext context) {
            this.context = context;
        }

        void row(String place) throws LedgerException {
            if (++rows > context.limits().maxRows()) {
                throw context.limit(place, "the document has more than " + context.limits().maxRows()
                        + " rows and paragraphs (ReadLimits.maxRows)");
            }
            if ((rows & 255) == 0) {
                context.checkTime(place);
            }
        }

        void text(String place, String text) throws LedgerException {
            context.checkCellLength(place, text.length());
            chars += text.length();
            if (chars > context.limits().maxTextChars()) {
                throw context.limit(place, "the document has more than "
                        + context.limits().maxTextChars() + " characters (ReadLimits.maxTextChars)");
            }
        }

        LedgerException limit(String place, String reason) {
            return context.limit(place, reason);
        }

        int maxDepth() {
            return context.limits().maxDepth();
        }

        void checkLength(String place, long length) throws LedgerException {
            context.checkCellLength(place, length);
        }

        // a grid holds rows x columns cells, blank or not
        void area(String place, long cellsInGrid) throws LedgerException {
            if (cellsInGrid > context.limits().maxCells()) {
                throw context.limit(place, "a table has more than " + context.limits().maxCells()
                        + " cells, counting blank ones (ReadLimits.maxCells)");
            }
        }

        void cell(String place, String text) throws LedgerException {
            text(place, text);
            if (!text.isEmpty() && ++cells > context.limits().maxCells()) {
                throw context.limit(place, "the document has more than " + context.limits().maxCells()
                        + " non-empty cells (ReadLimits.maxCells)");
            }
        }
    }

    /** Cuts POI's messages short: they may quote document text. */
    static final class LedgerExceptionEcho {
        private LedgerExceptionEcho() {}

        static String of(String message) {
            String s = LedgerException.echo(message);
            return s.substring(1, s.length() - 1);
        }
    }

    static int intOf(BigInteger value, int fallback) {
        if (value == null || value.signum() <= 0 || value.bitLength() > 16) {
            return fallback;
        }
        return value.intValue();
    }
}
