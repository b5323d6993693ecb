package org.taizhang.xlsx.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/**
 * Gives a part's XML as UTF-8, the encoding {@link XmlScanner} reads. Excel writes UTF-8; a part
 * in UTF-16 (found by its byte order mark or its first characters) or in another encoding named
 * by its XML declaration is legal but rare, and is transcoded whole, after the zip guards have
 * bounded its size.
 */
final class XmlSource {
    private static final int HEAD = 256;

    private XmlSource() {}

    /**
     * @param raw the part's bytes
     * @param context the read's context, for errors
     * @param place the part, for messages
     * @return its content as UTF-8
     * @throws LedgerException when its encoding is unknown or cannot be read
     * @throws IOException when the part cannot be read
     */
    static InputStream utf8(InputStream raw, ReadContext context, String place)
            throws LedgerException, IOException {
        BufferedInputStream in = new BufferedInputStream(raw, HEAD * 2);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        Charset charset = charset(head, context, place);
        if (charset == null) {
            return in;
        }
        byte[] bytes = in.readAllBytes();
        return new ByteArrayInputStream(new String(bytes, charset).getBytes(StandardCharsets.UTF_8));
    }

    // Null for UTF-8 (or ASCII), else the charset to transcode from.
    private static Charset charset(byte[] h, ReadContext context, String place) throws LedgerException {
        if (h.length >= 2 && ((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF
                || (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16; // its byte order mark says which
        }
        if (h.length >= 4 && h[0] == 0 && h[1] == '<' && h[2] == 0 && h[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (h.length >= 4 && h[0] == '<' && h[1] == 0 && h[2] == '?' && h[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        String declared = declaredEncoding(h);
        if (declared == null) {
            return null;
        }
        String name = declared.toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII") || name.equals("ASCII")) {
            return null;
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw context.error(place + ", XML line 1", "not a valid .xlsx file: the XML cannot be read "
                    + "(its encoding " + LedgerException.echo(declared) + " is not known)");
        }
    }

    // The encoding="…" of an XML declaration at the start, if any.
    private static String declaredEncoding(byte[] h) {
        int start = h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF ? 3 : 0;
        String s = new String(h, start, h.length - start, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("<?xml")) {
            return null;
        }
        int end = s.indexOf("?>");
        String decl = end < 0 ? s : s.substring(0, end);
        int at = decl.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int eq = decl.indexOf('=', at);
        if (eq < 0) {
            return null;
        }
        int q = eq + 1;
        while (q < decl.length() && XmlScanner.isSpace((byte) decl.charAt(q))) {
            q++;
        }
        if (q >= decl.length() || decl.charAt(q) != '"' && decl.charAt(q) != '\'') {
            return null;
        }
        int close = decl.indexOf(decl.charAt(q), q + 1);
        return close < 0 ? null : decl.substring(q + 1, close).trim();
    }
}
