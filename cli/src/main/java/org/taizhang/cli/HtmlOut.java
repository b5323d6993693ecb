package org.taizhang.cli;

/**
 * Builds an HTML page in which every piece of ledger text is escaped. Markup goes in only through
 * {@link #raw}, which callers give constant strings of their own; text from a ledger goes in only
 * through {@link #text}, which escapes {@code & < > " '} (so it is safe in elements and in quoted
 * attributes alike) and replaces characters HTML does not allow (controls, lone surrogates,
 * non-characters) with U+FFFD.
 */
final class HtmlOut {
    private final StringBuilder sb = new StringBuilder(32_768);

    /**
     * @param markup trusted markup written by this program, never ledger text
     * @return this
     */
    HtmlOut raw(String markup) {
        sb.append(markup);
        return this;
    }

    /**
     * @param text untrusted text
     * @return this
     */
    HtmlOut text(String text) {
        escape(text, sb);
        return this;
    }

    /**
     * @param n a number
     * @return this
     */
    HtmlOut num(long n) {
        sb.append(n);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /**
     * @param text untrusted text
     * @return the text escaped for an element or a quoted attribute
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = text.codePointAt(i);
                        out.appendCodePoint(isNonCharacter(cp) ? 0xFFFD : cp);
                        i++;
                    } else if (Character.isSurrogate(c) || isDisallowed(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    private static boolean isDisallowed(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
        return control || (c >= 0x7F && c <= 0x9F) || isNonCharacter(c);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
