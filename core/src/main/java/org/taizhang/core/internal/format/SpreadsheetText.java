package org.taizhang.core.internal.format;

/**
 * The one rule every spreadsheet writer applies to cell text (OWASP "CSV injection"): text that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or NUL, or the
 * full-width {@code ＝ ＋ － ＠} that NFKC folds into them, could run as a formula and must be
 * written so that it cannot. How it is neutralised is each format's choice.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    /**
     * @param text a cell text
     * @return true when a spreadsheet could take it for a formula
     */
    public static boolean startsLikeFormula(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        switch (text.charAt(0)) {
            case '=': case '+': case '-': case '@': case '\t': case '\r': case '\0':
            case '＝': case '＋': case '－': case '＠':
                return true;
            default:
                return false;
        }
    }
}
