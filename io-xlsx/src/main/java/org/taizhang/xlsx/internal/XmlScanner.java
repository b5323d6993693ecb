package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/**
 * A small pull scanner for the XML of workbook parts, working on the UTF-8 bytes as they are
 * inflated. It reports start and end tags (an empty element gives both) and, while a caller has
 * asked for it, the character data between them; names are matched by their local part, so
 * {@code <x:row>} is a {@code row}. It handles what OOXML parts hold: the XML declaration,
 * attributes in either quote, the five predefined entities and character references, CDATA,
 * comments and processing instructions. It refuses a DOCTYPE (so no entity can be declared) and
 * fails with a {@link LedgerException} naming the part and the line on anything malformed: tags
 * that do not match, XML cut short, bytes that are not UTF-8, characters XML does not allow.
 * Line breaks in text are normalised to {@code \n} as an XML parser does. Parts in another
 * encoding (UTF-16 with its byte order mark, or one declared) are transcoded first by
 * {@link XmlSource}. Not thread-safe.
 */
final class XmlScanner {
    /** A start tag: {@link #is}, {@link #attribute}. */
    static final int START = 1;
    /** An end tag, also given right after the start tag of an empty element. */
    static final int END = 2;
    /** Character data was appended to the capture buffer (given only while capturing). */
    static final int TEXT = 3;
    /** The end of the part. */
    static final int EOF = -1;

    private static final int MAX_TAG = 16 << 20;

    private final InputStream in;
    private final ReadContext context;
    private final String place;
    private final XmlText text;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean drained;
    private int line = 1;

    private final XmlTag tag;
    private boolean pendingEnd;
    private boolean rootSeen;
    private boolean started;
    private boolean atStart = true;

    private StringBuilder sink;

    /**
     * @param in the part's UTF-8 content, after any transcoding; not closed here
     * @param context the read's context, for errors
     * @param place the part, for messages ({@code 任务台账}, {@code shared strings})
     */
    XmlScanner(InputStream in, ReadContext context, String place) {
        this.in = in;
        this.context = context;
        this.place = place;
        this.text = new XmlText(this);
        this.tag = new XmlTag(this, text);
    }

    /**
     * Appends the character data that follows to {@code sink}, or stops doing so.
     *
     * @param sink where to append, or null to skip text
     */
    void capture(StringBuilder sink) {
        this.sink = sink;
    }

    /**
     * Moves to the next event.
     *
     * @return {@link #START}, {@link #END}, {@link #TEXT} or {@link #EOF}
     * @throws LedgerException when the XML is malformed or refused
     * @throws IOException when the part cannot be read
     */
    int next() throws LedgerException, IOException {
        if (pendingEnd) {
            pendingEnd = false;
            tag.closeEmpty();
            return END;
        }
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) {
            boolean first = atStart;
            atStart = false;
            if (pos >= limit && !fill()) {
                if (tag.depth() > 0 || !rootSeen) {
                    throw malformed(rootSeen ? "the XML ends before the element " + tag.openName() + " is closed"
                            : "the part holds no XML element");
                }
                return EOF;
            }
            if (buf[pos] != '<') {
                if (tag.depth() == 0) {
                    skipWhitespaceOutsideRoot();
                    continue;
                }
                if (text.characters(sink) && sink != null) {
                    return TEXT;
                }
                continue;
            }
            require(2);
            byte b = buf[pos + 1];
            if (b == '/') {
                endTag();
                return END;
            } else if (b == '?') {
                processingInstruction(first);
            } else if (b == '!') {
                if (markup() && sink != null) {
                    return TEXT;
                }
            } else {
                startTag();
                return START;
            }
        }
    }

    /**
     * @param local an ASCII local name
     * @return true when the current tag's local name is it
     */
    boolean is(String local) {
        return tag.is(local);
    }

    /**
     * The value of an attribute of the current start tag, by local name; namespace declarations
     * are not attributes here.
     *
     * @param local an ASCII local name
     * @return its value, entities resolved and white space normalised, or null when absent
     * @throws LedgerException when the value holds what XML does not allow
     */
    String attribute(String local) throws LedgerException {
        return tag.attribute(local);
    }

    /**
     * @return the current tag, for reading its attributes without making strings
     */
    XmlTag tag() {
        return tag;
    }

    // ---- for XmlText: the buffer and the line

    byte[] buffer() {
        return buf;
    }

    int pos() {
        return pos;
    }

    int limit() {
        return limit;
    }

    void pos(int p) {
        pos = p;
    }

    void newLine() {
        line++;
    }

    /**
     * Makes at least {@code n} bytes from the position available, unless the part ends first.
     *
     * @param n bytes wanted
     * @return true when they are there
     * @throws IOException when the part cannot be read
     */
    boolean available(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param reason what is wrong
     * @return the failure, naming the part and the line
     */
    LedgerException malformed(String reason) {
        return context.error(place + ", XML line " + line,
                "not a valid .xlsx file: the XML cannot be read (" + reason + ")");
    }

    // ---- tags

    // Tags are parsed in one pass over the buffer. A tag cut by the buffer's end is parsed again
    // from its start once more bytes are in: parsing has no effect until it succeeds.
    private void startTag() throws LedgerException, IOException {
        if (rootSeen && tag.depth() == 0) {
            throw malformed("an element follows the end of the root element");
        }
        int end;
        while ((end = tag.parseStart(buf, pos, limit)) < 0) {
            moreOfTag();
        }
        pos = end;
        line += tag.lines;
        rootSeen = true;
        pendingEnd = tag.empty;
    }

    private void endTag() throws LedgerException, IOException {
        if (tag.depth() == 0) {
            throw malformed("an end tag closes no element");
        }
        int end;
        while ((end = tag.parseEnd(buf, pos, limit)) < 0) {
            moreOfTag();
        }
        pos = end;
        line += tag.lines;
    }

    private void moreOfTag() throws LedgerException, IOException {
        if (!fill()) {
            throw malformed("the XML ends inside a tag");
        }
        if (limit - pos > MAX_TAG) {
            throw malformed("a tag is longer than " + (MAX_TAG >> 20) + " MB");
        }
    }

    // ---- markup that is not a tag

    private void processingInstruction(boolean first) throws LedgerException, IOException {
        boolean xml = available(6) && (buf[pos + 2] | 0x20) == 'x' && (buf[pos + 3] | 0x20) == 'm'
                && (buf[pos + 4] | 0x20) == 'l' && (isSpace(buf[pos + 5]) || buf[pos + 5] == '?');
        if (xml && !first) {
            throw malformed("the XML declaration must come first");
        }
        pos += 2;
        skipPast("?>", "a processing instruction");
    }

    // Comment, CDATA or DOCTYPE. Returns true when CDATA text was captured.
    private boolean markup() throws LedgerException, IOException {
        if (available(4) && buf[pos + 2] == '-' && buf[pos + 3] == '-') {
            pos += 4;
            skipPast("-->", "a comment");
            return false;
        }
        if (startsWith("<![CDATA[")) {
            if (tag.depth() == 0) {
                throw malformed("CDATA stands outside the root element");
            }
            pos += 9;
            return text.cdata(sink);
        }
        if (startsWith("<!DOCTYPE")) {
            throw malformed("it declares a DOCTYPE, which is refused");
        }
        throw malformed("unknown markup after '<!'");
    }

    private boolean startsWith(String s) throws IOException {
        if (!available(s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // Skips to just after the terminator, counting lines; the content is not kept.
    private void skipPast(String terminator, String what) throws LedgerException, IOException {
        int n = terminator.length();
        while (true) {
            if (!available(n)) {
                throw malformed("the XML ends inside " + what);
            }
            if (startsWith(terminator)) {
                pos += n;
                return;
            }
            if (buf[pos] == '\n') {
                line++;
            }
            pos++;
        }
    }

    private void skipWhitespaceOutsideRoot() throws LedgerException {
        while (pos < limit && buf[pos] != '<') {
            byte b = buf[pos];
            if (b == '\n') {
                line++;
            } else if (!isSpace(b)) {
                throw malformed(rootSeen ? "text follows the end of the root element"
                        : "text stands before the root element");
            }
            pos++;
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (available(3) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    private void require(int n) throws LedgerException, IOException {
        if (!available(n)) {
            throw malformed("the XML ends inside markup");
        }
    }

    // Reads more, keeping the unread bytes: moves them to the front, or grows the buffer when
    // they fill it.
    private boolean fill() throws IOException {
        if (drained) {
            return false;
        }
        int unread = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, unread);
        }
        pos = 0;
        limit = unread;
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            drained = true;
            return false;
        }
        limit += n;
        return true;
    }

    // ---- bytes

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

}
