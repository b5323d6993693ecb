package org.taizhang.xlsx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.taizhang.core.LedgerException;

/**
 * The character level of {@link XmlScanner}: decodes UTF-8 strictly, resolves the five
 * predefined entities and character references, normalises line breaks in text (and white space
 * in attribute values) as XML requires, and refuses characters XML 1.0 does not allow. Text the
 * caller does not capture is still checked, but not kept. Not thread-safe.
 */
final class XmlText {
    private final XmlScanner s;
    private char[] scratch = new char[1 << 12];

    XmlText(XmlScanner scanner) {
        this.s = scanner;
    }

    /**
     * Reads character data up to the next {@code <} or the end of the buffered bytes. Runs of
     * ASCII and of two- and three-byte UTF-8 (CJK text and its punctuation) are decoded in a tight
     * loop into a scratch array and appended in one go; references, line breaks and the rarer
     * sequences take the general path.
     *
     * @param sink where to append, or null to skip
     * @return true when text was appended
     */
    boolean characters(StringBuilder sink) throws LedgerException, IOException {
        int before = sink == null ? 0 : sink.length();
        byte[] b = s.buffer();
        int p = s.pos();
        int lim = s.limit();
        char[] o = scratch(lim - p);
        int k = 0;
        while (p < lim) {
            int c = b[p];
            if (c >= 0x20 && c != '&') {
                if (c == '<') {
                    break;
                }
                o[k++] = (char) c;
                p++;
                continue;
            }
            if (c < 0 && p + 3 <= lim) {
                int lead = c & 0xFF;
                int c1 = b[p + 1];
                if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && (c1 & 0xC0) == 0x80 && (b[p + 2] & 0xC0) == 0x80) {
                    char ch = (char) (((lead & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (b[p + 2] & 0x3F));
                    if (ch < 0xFFFE) {
                        o[k++] = ch;
                        p += 3;
                        continue;
                    }
                } else if (lead >= 0xC2 && lead <= 0xDF && (c1 & 0xC0) == 0x80) {
                    o[k++] = (char) (((lead & 0x1F) << 6) | (c1 & 0x3F));
                    p += 2;
                    continue;
                }
            }
            // the general path appends to the sink itself
            if (sink != null && k > 0) {
                sink.append(o, 0, k);
            }
            k = 0;
            if (p + 12 > lim) {
                // a reference, a character or a line break that may be cut by the buffer's end
                s.pos(p);
                s.available(12);
                b = s.buffer();
                p = s.pos();
                lim = s.limit();
                o = scratch(lim - p);
            }
            if (c == '&') {
                p = reference(b, p, lim, sink);
            } else if (c < 0) {
                p = utf8(b, p, lim, sink);
            } else {
                p = control(b, p, lim, sink);
            }
        }
        if (sink != null && k > 0) {
            sink.append(o, 0, k);
        }
        s.pos(p);
        return sink != null && sink.length() > before;
    }

    // A scratch array for at least n characters; the bytes left in the buffer decode to no more.
    private char[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    /**
     * Reads a CDATA section's content, the position just after {@code <![CDATA[}.
     *
     * @param sink where to append, or null to skip
     * @return true when text was appended
     */
    boolean cdata(StringBuilder sink) throws LedgerException, IOException {
        int before = sink == null ? 0 : sink.length();
        while (true) {
            if (!s.available(3)) {
                throw s.malformed("the XML ends inside a CDATA section");
            }
            s.available(4);
            byte[] b = s.buffer();
            int p = s.pos();
            int lim = s.limit();
            int c = b[p];
            if (c == ']' && b[p + 1] == ']' && b[p + 2] == '>') {
                s.pos(p + 3);
                return sink != null && sink.length() > before;
            }
            if (c >= 0x20) {
                if (sink != null) {
                    sink.append((char) c);
                }
                p++;
            } else if (c < 0) {
                p = utf8(b, p, lim, sink);
            } else {
                p = control(b, p, lim, sink);
            }
            s.pos(p);
        }
    }

    // A control character in text at p: a line break (CR LF as one, kept as LF) or a tab, anything
    // else refused; the position after it.
    private int control(byte[] b, int p, int lim, StringBuilder sink) throws LedgerException {
        int c = b[p];
        if (c == '\n' || c == '\r') {
            s.newLine();
            if (sink != null) {
                sink.append('\n');
            }
            return p + (c == '\r' && p + 1 < lim && b[p + 1] == '\n' ? 2 : 1);
        }
        if (c == '\t') {
            if (sink != null) {
                sink.append('\t');
            }
            return p + 1;
        }
        throw notAllowed(c);
    }

    /**
     * Decodes an attribute value whose bytes are all in the buffer.
     *
     * @param start its first byte
     * @param end just past its last byte
     * @return the value
     */
    String attributeValue(int start, int end) throws LedgerException {
        byte[] b = s.buffer();
        boolean plain = true;
        for (int p = start; p < end; p++) {
            int c = b[p];
            if (c < 0x20 || c == '&') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(end - start);
        int p = start;
        while (p < end) {
            int c = b[p];
            if (c >= 0x20 && c != '&') {
                sb.append((char) c);
                p++;
            } else if (c == '&') {
                p = reference(b, p, end, sb);
            } else if (c < 0) {
                p = utf8(b, p, end, sb);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
                p += c == '\r' && p + 1 < end && b[p + 1] == '\n' ? 2 : 1;
            } else {
                throw notAllowed(c);
            }
        }
        return sb.toString();
    }

    // One entity or character reference at p; returns the position after its ';'.
    private int reference(byte[] b, int p, int lim, StringBuilder sink) throws LedgerException {
        int semi = -1;
        for (int q = p + 1; q < lim && q < p + 12; q++) {
            if (b[q] == ';') {
                semi = q;
                break;
            }
        }
        if (semi < 0) {
            throw s.malformed("an '&' that starts no reference; write it as &amp;");
        }
        int n = semi - p - 1;
        int code;
        if (n >= 1 && b[p + 1] == '#') {
            code = charRef(b, p + 2, semi);
        } else if (is(b, p + 1, semi, "lt")) {
            code = '<';
        } else if (is(b, p + 1, semi, "gt")) {
            code = '>';
        } else if (is(b, p + 1, semi, "amp")) {
            code = '&';
        } else if (is(b, p + 1, semi, "quot")) {
            code = '"';
        } else if (is(b, p + 1, semi, "apos")) {
            code = '\'';
        } else {
            throw s.malformed("the entity &" + new String(b, p + 1, n, StandardCharsets.UTF_8)
                    + "; is not declared");
        }
        if (sink != null) {
            sink.appendCodePoint(code);
        }
        return semi + 1;
    }

    private int charRef(byte[] b, int from, int end) throws LedgerException {
        boolean hex = b[from] == 'x';
        int p = hex ? from + 1 : from;
        if (p == end) {
            throw s.malformed("an empty character reference");
        }
        long code = 0;
        for (; p < end; p++) {
            int d = Character.digit((char) b[p], hex ? 16 : 10);
            if (d < 0 || b[p] < 0) {
                throw s.malformed("a character reference holds " + (char) (b[p] & 0xFF));
            }
            code = code * (hex ? 16 : 10) + d;
            if (code > 0x10FFFF) {
                break;
            }
        }
        if (!isXmlChar(code)) {
            throw s.malformed("a character reference to a character XML does not allow (&#"
                    + new String(b, from, end - from, StandardCharsets.US_ASCII) + ";)");
        }
        return (int) code;
    }

    static boolean isXmlChar(long c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    // One UTF-8 sequence of 2 to 4 bytes at p, checked strictly; returns the position after it.
    private int utf8(byte[] b, int p, int lim, StringBuilder sink) throws LedgerException {
        int lead = b[p] & 0xFF;
        int n;
        int min;
        int max = 0xBF;
        int code;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
            min = 0x80;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF; // no surrogates
            code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
            code = lead & 0x07;
        } else {
            throw badUtf8(lead);
        }
        if (p + n > lim) {
            throw s.malformed("the text ends inside a UTF-8 character");
        }
        for (int i = 1; i < n; i++) {
            int cont = b[p + i] & 0xFF;
            if (cont < (i == 1 ? min : 0x80) || cont > (i == 1 ? max : 0xBF)) {
                throw badUtf8(cont);
            }
            code = (code << 6) | (cont & 0x3F);
        }
        if (code == 0xFFFE || code == 0xFFFF) {
            throw notAllowed(code);
        }
        if (sink != null) {
            if (n == 4) {
                sink.appendCodePoint(code);
            } else {
                sink.append((char) code);
            }
        }
        return p + n;
    }

    private LedgerException badUtf8(int b) {
        return s.malformed("a byte 0x" + Integer.toHexString(b).toUpperCase() + " that is not valid UTF-8");
    }

    private LedgerException notAllowed(int c) {
        return s.malformed(String.format("a character XML does not allow, U+%04X", c));
    }

    private static boolean is(byte[] b, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (b[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
