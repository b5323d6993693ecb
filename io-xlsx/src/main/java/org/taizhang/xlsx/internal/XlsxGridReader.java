package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;

/**
 * Reads every sheet of an .xlsx workbook into a {@link Grid}, streaming: the package is opened
 * as a zip with our own guards against zip bombs ({@link GuardedEntryStream}), its parts are
 * found through their relationships ({@link WorkbookPart}), and a small XML scanner of our own
 * ({@link XmlScanner}) reads the styles, the shared strings and each sheet. Limits come from the
 * read's context; what the zip guards detect is reported as a limit.
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
        try (XlsxPackage pkg = XlsxPackage.open(file, context)) {
            return readPackage(pkg, budget);
        } catch (IOException e) {
            throw failure(context, null, e);
        } catch (RuntimeException e) {
            throw context.error(null, "not a valid .xlsx file: " + describe(e), e);
        }
    }

    private static boolean isZipBomb(IOException e) {
        if (e instanceof ZipBombException) {
            return true;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("Zip bomb") || m.contains("max size of the expanded data")
                || m.contains("max. ratio");
    }

    private static List<Grid> readPackage(XlsxPackage pkg, ReadBudget budget)
            throws LedgerException, IOException {
        ReadContext context = budget.context();
        Optional<String> wanted = context.options().sheet();
        WorkbookPart workbook = WorkbookPart.read(pkg, context);
        CellStyles cellStyles;
        try {
            cellStyles = CellStyles.read(pkg, workbook.styles(), workbook.date1904(), context);
        } catch (IOException e) {
            throw failure(context, "styles", e);
        }
        List<String> shared = List.of();
        if (workbook.sharedStrings() != null) {
            try {
                shared = SharedStringsParser.parse(pkg.xml(workbook.sharedStrings(), SharedStringsParser.PLACE), budget);
            } catch (IOException e) {
                throw failure(context, SharedStringsParser.PLACE, e);
            }
        }
        List<Grid> grids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (WorkbookPart.Sheet s : workbook.sheets()) {
            String name = s.name();
            names.add(name);
            if (wanted.isPresent() && !wanted.get().equals(name) || !s.worksheet()) {
                continue;
            }
            SheetCollector sheet = new SheetCollector(name, budget);
            try {
                new SheetXmlReader(sheet, shared, cellStyles, budget).read(pkg.xml(s.part(), name));
            } catch (IOException e) {
                throw failure(context, name + " (/" + s.part() + ")", e);
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

    /**
     * Maps an I/O failure: what the zip guards find becomes a limit, the rest a damaged file.
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
