package org.taizhang.core.internal.status;

/** The form status words are matched in: no white space, full-width letters and digits folded. */
final class Keys {
    private Keys() {}

    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
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
}
