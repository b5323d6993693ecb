package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.LedgerException;

/**
 * Reads a workbook's shared string table ({@code xl/sharedStrings.xml}) in one streaming pass:
 * the text of each {@code <si>}, rich-text runs joined, phonetic guides ({@code <rPh>}) left out,
 * {@code _xHHHH_} escapes decoded. Bounded by the read's limits.
 */
final class SharedStringsParser {
    /** The part's name in messages. */
    static final String PLACE = "shared strings";

    private SharedStringsParser() {}

    /**
     * Reads the table.
     *
     * @param in the part as UTF-8, closed here
     * @param budget the file's limits
     * @return the strings, by index
     * @throws LedgerException when malformed or past a limit
     * @throws IOException when the stream fails
     */
    static List<String> parse(InputStream in, ReadBudget budget) throws LedgerException, IOException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int maxChars = budget.maxCellChars();
        try (InputStream stream = in) {
            XmlScanner x = new XmlScanner(stream, budget.context(), PLACE);
            boolean inItem = false;
            int phoneticDepth = 0;
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e == XmlScanner.TEXT) {
                    if (text.length() > maxChars) {
                        budget.context().checkCellLength(ReadBudget.sharedStringPlace(strings.size()), text.length());
                    }
                } else if (e == XmlScanner.START) {
                    if (x.is("si")) {
                        inItem = true;
                        text.setLength(0);
                    } else if (x.is("rPh")) {
                        phoneticDepth++;
                    } else if (x.is("t") && inItem && phoneticDepth == 0) {
                        x.capture(text);
                    }
                } else if (x.is("t")) {
                    x.capture(null);
                } else if (x.is("rPh")) {
                    phoneticDepth--;
                } else if (x.is("si")) {
                    inItem = false;
                    String s = OoxmlText.decode(text.toString());
                    budget.sharedString(strings.size(), s.length());
                    strings.add(s);
                }
            }
        }
        return strings;
    }
}
