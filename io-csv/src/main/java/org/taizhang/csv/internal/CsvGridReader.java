package org.taizhang.csv.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.internal.format.TextDecoding;
import org.taizhang.core.table.CellAddressing;
import org.taizhang.core.table.Grid;
import org.taizhang.core.table.GridDocument;

/**
 * Parses CSV content into one {@link Grid} with Commons CSV: row numbers are record numbers
 * (1-based, as a spreadsheet numbers the rows it shows), cells are addressed {@code B4}, line
 * breaks inside quoted cells are kept as {@code \n}, and there are no merged cells. Empty records
 * are left out of the grid but keep their numbers.
 */
public final class CsvGridReader {
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\((?:start)?line ([\\d,]+)\\)");
    private static final int SAMPLE_CHARS = 16_384;

    private CsvGridReader() {}

    /**
     * Reads CSV content.
     *
     * @param content the bytes of the file
     * @param context the options (charset), limits and file name
     * @return a document with one grid and no paragraphs
     * @throws LedgerException on a wrong encoding, malformed CSV or a limit passed
     */
    public static GridDocument read(byte[] content, ReadContext context) throws LedgerException {
        TextDecoding decoding = TextDecoding.of(content, context);
        char delimiter = Delimiters.detect(sample(content, decoding, context),
                context.fileName().map(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv"))
                        .orElse(false));
        String name = context.fileName().orElse("csv");
        Grid.Builder grid = Grid.builder(name, CellAddressing.a1());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).get();
        long cells = 0;
        int width = 0;
        int rows = 0;
        CSVParser parser = null;
        try (Reader in = new CellGuardReader(decoding.reader(content), delimiter, context)) {
            parser = CSVParser.builder().setReader(in).setFormat(format).get();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long number = record.getRecordNumber();
                String rowPlace = CellAddressing.a1().rowPlace((int) Math.min(number, Integer.MAX_VALUE));
                if (number > context.limits().maxRows()) {
                    throw context.limit(rowPlace, "the file has more than "
                            + context.limits().maxRows() + " rows (ReadLimits.maxRows)");
                }
                if ((number & 255) == 0) {
                    context.checkTime(rowPlace);
                }
                boolean started = false;
                for (int c = 0; c < record.size(); c++) {
                    String text = record.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    text = FormulaGuard.unprotect(text.replace("\r\n", "\n").replace('\r', '\n'));
                    String address = CellAddressing.a1().address((int) number, c);
                    context.checkCellLength(address, text.length());
                    if (++cells > context.limits().maxCells()) {
                        throw context.limit(address, "the file has more than "
                                + context.limits().maxCells() + " non-empty cells (ReadLimits.maxCells)");
                    }
                    if (!started) {
                        grid.startRow((int) number);
                        started = true;
                        rows++;
                    }
                    grid.cell(c, text);
                    width = Math.max(width, c + 1);
                    // the grid gives every row the full width: bound rows x columns
                    if ((long) width * rows > context.limits().maxCells()) {
                        throw context.limit(address, "the table would have more than "
                                + context.limits().maxCells() + " cells, counting blank ones"
                                + " (ReadLimits.maxCells)");
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), decoding, parser, context);
        } catch (IOException e) {
            throw failure(e, decoding, parser, context);
        }
        return new GridDocument(context.fileName().orElse(null), List.of(), List.of(grid.build()));
    }

    private static LedgerException failure(IOException e, TextDecoding decoding, CSVParser parser,
            ReadContext context) {
        if (e instanceof CellGuardReader.Tripped) {
            return ((CellGuardReader.Tripped) e).limit();
        }
        long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
        if (e instanceof CharacterCodingException) {
            return decoding.wrongEncoding(context, "line " + line);
        }
        String message = String.valueOf(e.getMessage());
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        if (m.find()) {
            line = Long.parseLong(m.group(1).replace(",", ""));
        }
        String reason = message.contains("EOF reached before encapsulated token finished")
                ? "malformed CSV: a quoted cell starting on this line is never closed"
                : message.contains("invalid char between encapsulated token and delimiter")
                ? "malformed CSV: text follows the closing quote of a cell"
                : "malformed CSV (" + e.getClass().getSimpleName() + ")";
        return context.error("line " + line, reason, e);
    }

    // the first characters, for delimiter detection; decoding errors surface later with their line
    private static String sample(byte[] content, TextDecoding decoding, ReadContext context) {
        char[] buf = new char[SAMPLE_CHARS];
        int n = 0;
        try (Reader r = decoding.reader(content)) {
            int k;
            while (n < buf.length && (k = r.read(buf, n, buf.length - n)) > 0) {
                n += k;
            }
        } catch (IOException e) {
            // keep what was decoded before the bad bytes
        }
        return new String(buf, 0, n);
    }
}
