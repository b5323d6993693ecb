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

    // The current tag: its local name and its attributes, as offsets into buf.
    private int localStart;
    private int nameEnd;
    private int[] attrs = new int[32];
    private int attrCount;
    private boolean pendingEnd;

    // Names of the open elements, for matching end tags without making strings.
    private byte[] names = new byte[256];
    private int[] nameEnds = new int[16];
    private int depth;
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
    }

    /**
     * Appends the character data that follows to {@code sink}, or stops doing so.
     *
     * @param sink where to append, or null to skip text
     */
    void capture(StringBuilder sink) {
        this.sink = sink;
    }

    /** @return the part's name, for messages */
    String place() {
        return place;
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
            depth--;
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
                if (depth > 0 || !rootSeen) {
                    throw malformed(rootSeen ? "the XML ends before the element " + openName() + " is closed"
                            : "the part holds no XML element");
                }
                return EOF;
            }
            if (buf[pos] != '<') {
                if (depth == 0) {
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
        return sameName(localStart, nameEnd, local);
    }

    /**
     * The value of an attribute of the current start tag, by local name; namespace declarations
     * are not attributes here.
     *
     * @param local an ASCII local name
     * @return its value, entities resolved and whitespace normalised, or null when absent
     * @throws LedgerException when the value holds what XML does not allow
     */
    String attribute(String local) throws LedgerException {
        for (int i = 0; i < attrCount; i += 4) {
            if (sameName(attrs[i], attrs[i + 1], local)) {
                return text.attributeValue(attrs[i + 2], attrs[i + 3]);
            }
        }
        return null;
    }

    /**
     * @param local an ASCII local name
     * @return the index of the current start tag's attribute of that name, or -1
     */
    int find(String local) {
        for (int i = 0; i < attrCount; i += 4) {
            if (sameName(attrs[i], attrs[i + 1], local)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param index an attribute's index from {@link #find}
     * @return its value, as {@link #attribute} gives it
     * @throws LedgerException when the value holds what XML does not allow
     */
    String value(int index) throws LedgerException {
        return text.attributeValue(attrs[index + 2], attrs[index + 3]);
    }

    /**
     * Reads an attribute holding a plain number without making a string of it.
     *
     * @param index an attribute's index from {@link #find}
     * @return its value when it is 1 to 9 ASCII digits, else -1 (read it with {@link #value})
     */
    int intValue(int index) {
        int start = attrs[index + 2];
        int end = attrs[index + 3];
        if (end == start || end - start > 9) {
            return -1;
        }
        int n = 0;
        for (int p = start; p < end; p++) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /**
     * Reads the column of an A1-style reference ({@code D12}, {@code $D$12}) without making a
     * string of it, as {@link CellRef#parseColumn} does.
     *
     * @param index an attribute's index from {@link #find}
     * @return the 0-based column, or -1 when the bytes do not start with one (read the value
     *     with {@link #value} then)
     */
    int columnValue(int index) {
        int column = 0;
        int letters = 0;
        for (int p = attrs[index + 2], end = attrs[index + 3]; p < end; p++) {
            int c = buf[p];
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            if (c == '$') {
                continue;
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (++letters > 3) {
                return -1;
            }
        }
        return letters == 0 || column - 1 > SheetCollector.MAX_COLUMN ? -1 : column - 1;
    }

    /**
     * Reads an attribute that usually holds one of a few words, without making a new string.
     *
     * @param index an attribute's index from {@link #find}
     * @param tokens the usual values, ASCII
     * @return the token equal to the value, else the value
     * @throws LedgerException when the value holds what XML does not allow
     */
    String token(int index, String... tokens) throws LedgerException {
        for (String t : tokens) {
            if (sameName(attrs[index + 2], attrs[index + 3], t)) {
                return t;
            }
        }
        return value(index);
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

    private void startTag() throws LedgerException, IOException {
        if (rootSeen && depth == 0) {
            throw malformed("an element follows the end of the root element");
        }
        int end = tagEnd(1);
        int p = pos + 1;
        int nameStart = p;
        int colon = -1;
        while (p < end && !isSpace(buf[p]) && buf[p] != '/' && buf[p] != '>') {
            if (buf[p] == ':') {
                colon = p;
            } else if (buf[p] == '"' || buf[p] == '\'' || buf[p] == '=') {
                throw malformed("a tag has no valid name");
            }
            p++;
        }
        if (p == nameStart || !isNameStart(buf[nameStart])) {
            throw malformed("a tag has no valid name");
        }
        localStart = colon < 0 ? nameStart : colon + 1;
        nameEnd = p;
        push(nameStart, p);
        attrCount = 0;
        boolean empty = false;
        while (true) {
            boolean spaced = false;
            while (isSpace(buf[p])) {
                p++;
                spaced = true;
            }
            byte b = buf[p];
            if (b == '>') {
                break;
            }
            if (b == '/') {
                if (buf[p + 1] != '>') {
                    throw malformed("a tag holds a stray '/'");
                }
                empty = true;
                break;
            }
            if (!spaced) {
                throw malformed("attributes must be separated by white space");
            }
            p = attribute(p);
        }
        pos = end + 1;
        rootSeen = true;
        pendingEnd = empty;
    }

    // Reads one attribute from p; returns the position after its closing quote.
    private int attribute(int p) throws LedgerException {
        int start = p;
        int colon = -1;
        while (!isSpace(buf[p]) && buf[p] != '=' && buf[p] != '>' && buf[p] != '/') {
            if (buf[p] == ':') {
                colon = p;
            } else if (buf[p] == '"' || buf[p] == '\'') {
                throw malformed("an attribute has no valid name");
            }
            p++;
        }
        int end = p;
        if (end == start || !isNameStart(buf[start])) {
            throw malformed("an attribute has no valid name");
        }
        while (isSpace(buf[p])) {
            p++;
        }
        if (buf[p] != '=') {
            throw malformed("the attribute " + new String(buf, start, end - start, StandardCharsets.UTF_8)
                    + " has no value");
        }
        p++;
        while (isSpace(buf[p])) {
            p++;
        }
        byte quote = buf[p];
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value must be in quotes");
        }
        int valueStart = ++p;
        boolean check = false;
        while (buf[p] != quote) {
            byte b = buf[p];
            if (b < 0x20 || b == '&') {
                check = true; // a reference, a byte of UTF-8 or a control: checked below
            } else if (b == '<') {
                throw malformed("an attribute value holds '<'");
            }
            p++;
        }
        if (check) {
            text.attributeValue(valueStart, p);
        }
        boolean declaration = (colon < 0 ? sameName(start, end, "xmlns")
                : sameName(start, colon, "xmlns"));
        if (!declaration) {
            int local = colon < 0 ? start : colon + 1;
            for (int i = 0; i < attrCount; i += 4) {
                if (sameBytes(attrs[i], attrs[i + 1], local, end)) {
                    throw malformed("an attribute is given twice");
                }
            }
            if (attrCount + 4 > attrs.length) {
                attrs = java.util.Arrays.copyOf(attrs, attrs.length * 2);
            }
            attrs[attrCount++] = local;
            attrs[attrCount++] = end;
            attrs[attrCount++] = valueStart;
            attrs[attrCount++] = p;
        }
        return p + 1;
    }

    private void endTag() throws LedgerException, IOException {
        int end = tagEnd(2);
        int p = pos + 2;
        int nameStart = p;
        int colon = -1;
        while (p < end && !isSpace(buf[p])) {
            if (buf[p] == ':') {
                colon = p;
            }
            p++;
        }
        for (int q = p; q < end; q++) {
            if (!isSpace(buf[q])) {
                throw malformed("an end tag holds more than a name");
            }
        }
        if (depth == 0) {
            throw malformed("an end tag closes no element");
        }
        int openStart = depth == 1 ? 0 : nameEnds[depth - 2];
        if (!sameBytesIn(names, openStart, nameEnds[depth - 1], buf, nameStart, p)) {
            throw malformed("the element " + openName() + " is closed by </"
                    + new String(buf, nameStart, p - nameStart, StandardCharsets.UTF_8) + ">");
        }
        localStart = colon < 0 ? nameStart : colon + 1;
        nameEnd = p;
        attrCount = 0;
        depth--;
        pos = end + 1;
    }

    // The index of the '>' that ends the tag at pos, with the whole tag in the buffer; quotes are
    // respected, since an attribute value may hold '>'.
    private int tagEnd(int from) throws LedgerException, IOException {
        int p = pos + from;
        byte quote = 0;
        while (true) {
            if (p >= limit) {
                int offset = p - pos;
                if (!fill()) {
                    throw malformed("the XML ends inside a tag");
                }
                p = pos + offset;
                if (limit - pos > MAX_TAG) {
                    throw malformed("a tag is longer than " + (MAX_TAG >> 20) + " MB");
                }
                continue;
            }
            byte b = buf[p];
            if (b == '\n') {
                line++;
            }
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return p;
            } else if (b == '<') {
                throw malformed("a tag holds '<'");
            }
            p++;
        }
    }

    private void push(int start, int end) {
        if (depth == nameEnds.length) {
            nameEnds = java.util.Arrays.copyOf(nameEnds, depth * 2);
        }
        int from = depth == 0 ? 0 : nameEnds[depth - 1];
        int len = end - start;
        if (from + len > names.length) {
            names = java.util.Arrays.copyOf(names, Math.max(names.length * 2, from + len));
        }
        System.arraycopy(buf, start, names, from, len);
        nameEnds[depth++] = from + len;
    }

    private String openName() {
        int from = depth <= 1 ? 0 : nameEnds[depth - 2];
        return depth == 0 ? "" : "<" + new String(names, from, nameEnds[depth - 1] - from, StandardCharsets.UTF_8) + ">";
    }

    // ---- markup that is not a tag

    private void processingInstruction(boolean first) throws LedgerException, IOException {
        require(6);
        boolean xml = (buf[pos + 2] | 0x20) == 'x' && (buf[pos + 3] | 0x20) == 'm'
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
            if (depth == 0) {
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

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || b < 0;
    }

    private boolean sameName(int start, int end, String local) {
        int n = local.length();
        if (end - start != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[start + i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int s1, int e1, int s2, int e2) {
        return sameBytesIn(buf, s1, e1, buf, s2, e2);
    }

    // A plain loop: names are a few bytes long, too short for Arrays.equals to pay.
    private static boolean sameBytesIn(byte[] a, int s1, int e1, byte[] b, int s2, int e2) {
        if (e1 - s1 != e2 - s2) {
            return false;
        }
        for (int i = 0; i < e1 - s1; i++) {
            if (a[s1 + i] != b[s2 + i]) {
                return false;
            }
        }
        return true;
    }
}
