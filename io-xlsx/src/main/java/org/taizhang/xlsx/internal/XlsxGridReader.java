package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every sheet of an .xlsx workbook into a {@link Grid}, streaming: POI's
 * {@link XSSFReader} opens the package read-only, and our own SAX handlers read the shared
 * strings and each sheet's XML. Limits come from the read's context; POI's JVM-wide zip-bomb
 * guards are left as they are, and what they detect is reported as a limit.
 *
 * <p>Sheets with no text are left out. A file that is an OLE2 document is handed to
 * {@link XlsGridReader} when it holds a legacy workbook, and reported as encrypted when it holds
 * an encrypted package. Thread-safe: all state lives in one call.
 */
public final class XlsxGridReader {
    private XlsxGridReader() {}

    /**
     * Reads the sheets.
     *
     * @param file the workbook
     * @param context the read's context; its options may name the one sheet to read
     * @return the sheets with text, in workbook order
     * @throws LedgerException when the file cannot be read; the message names the file and place
     */
    public static List<Grid> read(Path file, ReadContext context) throws LedgerException {
        if (Ole2.isOle2(file, context)) {
            return Ole2.readLegacyOrFail(file, context, ".xlsx");
        }
        ReadBudget budget = new ReadBudget(context);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return readPackage(pkg, budget);
        } catch (LedgerException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new EncryptedLedgerException(context.fileName().orElse(null));
        } catch (IOException e) {
            throw failure(context, null, e);
        } catch (OpenXML4JException | RuntimeException e) {
            // POI wraps what its zip guards find while opening the package
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof IOException && isZipBomb((IOException) t)) {
                    throw failure(context, null, (IOException) t);
                }
            }
            throw context.error(null, "not a valid .xlsx file: " + describe(e), e);
        }
    }

    private static boolean isZipBomb(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Zip bomb") || m.contains("max size of the expanded data")
                || m.contains("max. ratio");
    }

    private static List<Grid> readPackage(OPCPackage pkg, ReadBudget budget)
            throws LedgerException, IOException, OpenXML4JException {
        ReadContext context = budget.context();
        XSSFReader reader = new XSSFReader(pkg);
        Optional<String> wanted = context.options().sheet();
        boolean date1904 = readDate1904(reader, context);
        StylesTable styles = reader.getStylesTable();
        CellStyles cellStyles = new CellStyles(styles, date1904);
        List<String> shared = List.of();
        try (InputStream sst = sharedStringsOrNull(reader)) {
            if (sst != null) {
                shared = SharedStringsParser.parse(sst, budget);
            }
        } catch (IOException e) {
            throw failure(context, "shared strings", e);
        }
        List<Grid> grids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream in = sheets.next();
            String name = sheets.getSheetName();
            names.add(name);
            if (wanted.isPresent() && !wanted.get().equals(name)) {
                in.close();
                continue;
            }
            SheetCollector sheet = new SheetCollector(name, budget);
            try {
                SaxParsing.parse(in, new SheetXmlHandler(sheet, shared, cellStyles, budget), context, name);
            } catch (IOException e) {
                throw failure(context, name + " (" + sheets.getSheetPart().getPartName().getName() + ")", e);
            }
            if (!sheet.isEmpty()) {
                grids.add(sheet.build());
            }
        }
        if (wanted.isPresent() && !names.contains(wanted.get())) {
            throw noSuchSheet(context, wanted.get(), names);
        }
        return grids;
    }

    /**
     * The failure for a sheet name that the workbook does not have.
     *
     * @param context the read's context
     * @param wanted the name asked for
     * @param names the sheets the workbook has
     * @return the exception
     */
    static LedgerException noSuchSheet(ReadContext context, String wanted, List<String> names) {
        return context.error(null, "the workbook has no sheet named " + LedgerException.echo(wanted)
                + "; its sheets are " + String.join(", ", names.stream().map(LedgerException::echo).toList()));
    }

    private static InputStream sharedStringsOrNull(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null; // a workbook without shared strings stores its text inline
        }
    }

    // workbookPr/@date1904 decides how date serials are shown; nothing else of workbook.xml is needed.
    private static boolean readDate1904(XSSFReader reader, ReadContext context)
            throws LedgerException, IOException, OpenXML4JException {
        boolean[] date1904 = {false};
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts)
                    throws SAXException {
                if (localName.equals("workbookPr")) {
                    String v = atts.getValue("date1904");
                    date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        };
        try {
            SaxParsing.parse(reader.getWorkbookData(), handler, context, "workbook");
        } catch (IOException e) {
            throw failure(context, "workbook", e);
        }
        return date1904[0];
    }

    /**
     * Maps an I/O failure: POI's zip-bomb guards become a limit, the rest a damaged file.
     *
     * @param context the read's context
     * @param place where, or null
     * @param e the failure
     * @return the exception
     */
    static LedgerException failure(ReadContext context, String place, IOException e) {
        if (isZipBomb(e)) {
            return context.limit(place, "a zip entry expands far beyond its compressed size "
                    + "(a zip bomb); refused by the zip safety limits");
        }
        return context.error(place, "not a valid .xlsx file: " + describe(e), e);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "the package cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        m = m.replaceAll("\\s+", " ");
        return "the package cannot be read (" + (m.length() > 160 ? m.substring(0, 160) + "…" : m) + ")";
    }
}
