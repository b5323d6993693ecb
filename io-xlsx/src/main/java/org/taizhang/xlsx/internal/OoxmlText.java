package org.taizhang.xlsx.internal;

/**
 * Cell text as the OOXML format stores it: characters XML cannot hold are escaped as
 * {@code _xHHHH_}, and a literal {@code _xHHHH_} is escaped as {@code _x005F_xHHHH_}. Line breaks
 * are given to the table layer as {@code \n} only.
 */
public final class OoxmlText {
    private OoxmlText() {}

    /**
     * Decodes {@code _xHHHH_} escapes and turns {@code \r\n} and {@code \r} into {@code \n}.
     *
     * @param raw the text as stored
     * @return the text as displayed
     */
    public static String decode(String raw) {
        if (raw.indexOf('_') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '_' && isEscape(raw, i)) {
                sb.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(c);
                i++;
            }
        }
        return normaliseBreaks(sb);
    }

    /**
     * Escapes text for a cell: characters XML 1.0 cannot hold (C0 controls other than tab and
     * line breaks, {@code U+FFFE}, {@code U+FFFF}) as {@code _xHHHH_}, and the underscore of a
     * literal {@code _xHHHH_} as {@code _x005F_}, so that {@link #decode} gives the text back.
     *
     * @param text the text
     * @return the text to store
     */
    public static String encode(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE
                    || c == 0xFFFF || (c == '_' && isEscape(text, i));
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escape) {
                    sb.append(String.format("_x%04X_", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isEscape(CharSequence s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Turns {@code \r\n} and {@code \r} into {@code \n}.
     *
     * @param s the text
     * @return the text with {@code \n} line breaks only
     */
    public static String normaliseBreaks(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
