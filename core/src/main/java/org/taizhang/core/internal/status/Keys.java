package org.taizhang.core.internal.status;

/** The form status words are matched in: no white space, full-width letters and digits folded. */
final class Keys {
    private Keys() {}

    static String key(String text) {
        int i = 0;
        while (i < text.length() && !changes(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // most clauses need no change
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                continue;
            }
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean changes(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || (c >= '\uff01' && c <= '\uff5e');
    }
}
