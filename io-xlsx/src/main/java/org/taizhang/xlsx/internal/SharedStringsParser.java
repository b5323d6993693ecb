package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.LedgerException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a workbook's shared string table ({@code xl/sharedStrings.xml}) in one streaming pass:
 * the text of each {@code <si>}, rich-text runs joined, phonetic guides ({@code <rPh>}) left out,
 * {@code _xHHHH_} escapes decoded. Bounded by the read's limits.
 */
final class SharedStringsParser extends DefaultHandler {
    private static final String PLACE = "shared strings";

    private final ReadBudget budget;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    private SharedStringsParser(ReadBudget budget) {
        this.budget = budget;
    }

    /**
     * Reads the table.
     *
     * @param in the part, closed here
     * @param budget the file's limits
     * @return the strings, by index
     * @throws LedgerException when malformed or past a limit
     * @throws IOException when the stream fails
     */
    static List<String> parse(InputStream in, ReadBudget budget) throws LedgerException, IOException {
        SharedStringsParser handler = new SharedStringsParser(budget);
        SaxParsing.parse(in, handler, budget.context(), PLACE);
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si":
                inItem = true;
                text.setLength(0);
                break;
            case "rPh":
                phoneticDepth++;
                break;
            case "t":
                inText = inItem && phoneticDepth == 0;
                break;
            default:
                break;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "si":
                inItem = false;
                String s = OoxmlText.decode(text.toString());
                try {
                    budget.sharedString(strings.size(), s.length());
                } catch (LedgerException e) {
                    throw new SaxParsing.Abort(e);
                }
                strings.add(s);
                break;
            case "rPh":
                phoneticDepth--;
                break;
            case "t":
                inText = false;
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            text.append(ch, start, length);
            if (text.length() > budget.maxCellChars()) {
                try {
                    budget.context().checkCellLength(ReadBudget.sharedStringPlace(strings.size()), text.length());
                } catch (LedgerException e) {
                    throw new SaxParsing.Abort(e);
                }
            }
        }
    }
}
