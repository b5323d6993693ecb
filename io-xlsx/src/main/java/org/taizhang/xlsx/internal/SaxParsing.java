package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Runs a SAX handler over one part of a workbook with a parser built by POI's {@link XMLHelper}
 * (DOCTYPE and external entities refused), and turns every failure into a
 * {@link LedgerException} naming the part.
 */
final class SaxParsing {
    private SaxParsing() {}

    /** Carries a {@link LedgerException} out of a SAX callback. */
    static final class Abort extends SAXException {
        private static final long serialVersionUID = 1L;

        Abort(LedgerException cause) {
            super(cause);
        }

        LedgerException ledgerException() {
            return (LedgerException) getException();
        }
    }

    /**
     * Parses a part.
     *
     * @param in the part's content, closed here
     * @param handler the handler
     * @param context the read's context
     * @param place the part for messages ({@code 任务台账}, {@code shared strings})
     * @throws LedgerException when the XML is malformed, refused, or the handler failed
     * @throws IOException when the stream fails, as for a zip bomb found while inflating
     */
    static void parse(InputStream in, ContentHandler handler, ReadContext context, String place)
            throws LedgerException, IOException {
        try (InputStream stream = in) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(stream));
        } catch (Abort e) {
            throw e.ledgerException();
        } catch (SAXParseException e) {
            throw context.error(place + ", XML line " + e.getLineNumber(),
                    "not a valid .xlsx file: the XML cannot be read (" + reason(e) + ")", e);
        } catch (SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw context.error(place, "not a valid .xlsx file: the XML cannot be read ("
                    + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("DOCTYPE")) {
            return "it declares a DOCTYPE, which is refused";
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
