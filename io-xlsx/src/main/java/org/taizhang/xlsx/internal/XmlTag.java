package org.taizhang.xlsx.internal;

import java.nio.charset.StandardCharsets;
import org.taizhang.core.LedgerException;

/**
 * The tag level of {@link XmlScanner}: parses start and end tags in one pass over the scanner's
 * buffer, keeps the current tag's local name and attributes as offsets into it (valid until the
 * scanner moves on), and the names of the open elements, so that end tags are matched without
 * making strings. Not thread-safe.
 */
final class XmlTag {
    private final XmlScanner s;
    private final XmlText text;
    private byte[] buf;

    // The current tag: its local name and its attributes, as offsets into buf, four per attribute.
    private int localStart;
    private int nameEnd;
    private int[] attrs = new int[32];
    private int attrCount;

    // Names of the open elements, one after another, and where each ends.
    private byte[] names = new byte[256];
    private int[] nameEnds = new int[16];
    private int depth;

    private int pendingLines;
    /** Line breaks inside the tag last parsed. */
    int lines;
    /** True when the start tag last parsed was an empty element ({@code <c/>}). */
    boolean empty;

    XmlTag(XmlScanner scanner, XmlText text) {
        this.s = scanner;
        this.text = text;
    }

    /** @return the number of open elements */
    int depth() {
        return depth;
    }

    /** Closes the empty element just opened. */
    void closeEmpty() {
        depth--;
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

    /**
     * Parses the start tag at {@code pos}.
     *
     * @param buffer the scanner's buffer
     * @param pos the tag's {@code <}
     * @param lim the end of the buffered bytes
     * @return the position after its {@code >}, or -1 when it runs past the buffered bytes
     * @throws LedgerException when it is malformed
     */
    int parseStart(byte[] buffer, int pos, int lim) throws LedgerException {
        buf = buffer;
        final byte[] b = buffer;
        int p = pos + 1;
        int lines = 0;
        int nameStart = p;
        int colon = -1;
        byte c;
        while (true) {
            if (p >= lim) {
                return -1;
            }
            c = b[p];
            if (XmlScanner.isSpace(c) || c == '/' || c == '>') {
                break;
            }
            if (c == ':') {
                colon = p;
            } else if (c == '"' || c == '\'' || c == '=' || c == '<') {
                throw s.malformed("a tag has no valid name");
            }
            p++;
        }
        if (p == nameStart || !isNameStart(b[nameStart])) {
            throw s.malformed("a tag has no valid name");
        }
        int tagNameEnd = p;
        attrCount = 0;
        boolean empty = false;
        while (true) {
            int next = skipSpace(b, p, lim);
            if (next < 0) {
                return -1;
            }
            boolean spaced = next > p;
            lines += skippedLines;
            p = next;
            c = b[p];
            if (c == '>') {
                break;
            }
            if (c == '/') {
                if (p + 1 >= lim) {
                    return -1;
                }
                if (b[p + 1] != '>') {
                    throw s.malformed("a tag holds a stray '/'");
                }
                empty = true;
                p++;
                break;
            }
            if (!spaced) {
                throw s.malformed("attributes must be separated by white space");
            }
            p = parseAttribute(p, lim);
            if (p < 0) {
                return -1;
            }
            lines += pendingLines;
        }
        localStart = colon < 0 ? nameStart : colon + 1;
        nameEnd = tagNameEnd;
        push(nameStart, tagNameEnd);
        this.lines = lines;
        this.empty = empty;
        return p + 1;
    }

    /** The line breaks that the last {@link #skipSpace} passed over. */
    private int skippedLines;

    // The position of the first byte from p that is no white space, or -1 when the buffered bytes
    // end first; counts the line breaks passed in skippedLines.
    private int skipSpace(byte[] b, int p, int lim) {
        int breaks = 0;
        while (p < lim && XmlScanner.isSpace(b[p])) {
            if (b[p] == '\n') {
                breaks++;
            }
            p++;
        }
        skippedLines = breaks;
        return p < lim ? p : -1;
    }

    // One attribute from p; the position after its closing quote, or -1 when it runs past the
    // buffered bytes. Sets pendingLines to the line breaks inside it.
    private int parseAttribute(int p, int lim) throws LedgerException {
        final byte[] b = buf;
        int lines = 0;
        int start = p;
        int colon = -1;
        byte c;
        while (true) {
            if (p >= lim) {
                return -1;
            }
            c = b[p];
            if (XmlScanner.isSpace(c) || c == '=' || c == '>' || c == '/') {
                break;
            }
            if (c == ':') {
                colon = p;
            } else if (c == '"' || c == '\'' || c == '<') {
                throw s.malformed("an attribute has no valid name");
            }
            p++;
        }
        int end = p;
        if (!isNameStart(b[start])) {
            throw s.malformed("an attribute has no valid name");
        }
        for (int round = 0; round < 2; round++) {
            p = skipSpace(b, p, lim);
            if (p < 0) {
                return -1;
            }
            lines += skippedLines;
            c = b[p];
            if (round == 0) {
                if (c != '=') {
                    throw s.malformed("the attribute " + new String(b, start, end - start, StandardCharsets.UTF_8)
                            + " has no value");
                }
                p++;
            }
        }
        if (c != '"' && c != '\'') {
            throw s.malformed("an attribute value must be in quotes");
        }
        byte quote = c;
        int valueStart = ++p;
        boolean check = false;
        while (true) {
            if (p >= lim) {
                return -1;
            }
            c = b[p];
            if (c == quote) {
                break;
            }
            if (c < 0x20 || c == '&') {
                check = true; // a reference, a byte of UTF-8 or a control: checked below
                if (c == '\n') {
                    lines++;
                }
            } else if (c == '<') {
                throw s.malformed("an attribute value holds '<'");
            }
            p++;
        }
        if (check) {
            text.attributeValue(valueStart, p);
        }
        boolean declaration = colon < 0 ? sameName(start, end, "xmlns") : sameName(start, colon, "xmlns");
        if (!declaration) {
            int local = colon < 0 ? start : colon + 1;
            for (int i = 0; i < attrCount; i += 4) {
                if (sameBytes(attrs[i], attrs[i + 1], local, end)) {
                    throw s.malformed("an attribute is given twice");
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
        pendingLines = lines;
        return p + 1;
    }

    /**
     * Parses the end tag at {@code pos}, which must close the innermost open element.
     *
     * @param buffer the scanner's buffer
     * @param pos the tag's {@code <}
     * @param lim the end of the buffered bytes
     * @return the position after its {@code >}, or -1 when it runs past the buffered bytes
     * @throws LedgerException when it is malformed or closes another element
     */
    int parseEnd(byte[] buffer, int pos, int lim) throws LedgerException {
        buf = buffer;
        final byte[] b = buffer;
        int p = pos + 2;
        int nameStart = p;
        int colon = -1;
        int lines = 0;
        byte c;
        while (true) {
            if (p >= lim) {
                return -1;
            }
            c = b[p];
            if (c == '>' || XmlScanner.isSpace(c)) {
                break;
            }
            if (c == ':') {
                colon = p;
            }
            p++;
        }
        int end = p;
        p = skipSpace(b, p, lim);
        if (p < 0) {
            return -1;
        }
        lines += skippedLines;
        if (b[p] != '>') {
            throw s.malformed("an end tag holds more than a name");
        }
        int openStart = depth == 1 ? 0 : nameEnds[depth - 2];
        if (!sameBytesIn(names, openStart, nameEnds[depth - 1], b, nameStart, end)) {
            throw s.malformed("the element " + openName() + " is closed by </"
                    + new String(b, nameStart, end - nameStart, StandardCharsets.UTF_8) + ">");
        }
        localStart = colon < 0 ? nameStart : colon + 1;
        nameEnd = end;
        attrCount = 0;
        depth--;
        this.lines = lines;
        return p + 1;
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

    /** @return the innermost open element, as {@code <name>}, for messages */
    String openName() {
        int from = depth <= 1 ? 0 : nameEnds[depth - 2];
        return depth == 0 ? "" : "<" + new String(names, from, nameEnds[depth - 1] - from, StandardCharsets.UTF_8) + ">";
    }

    // ---- bytes

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
