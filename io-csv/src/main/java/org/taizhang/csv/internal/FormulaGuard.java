package org.taizhang.csv.internal;

import org.taizhang.core.internal.format.SpreadsheetText;

/**
 * The reversible convention that keeps spreadsheets from running cell text as a formula (OWASP
 * "CSV injection"). The writer puts an apostrophe before text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or NUL, or their full-width forms
 * {@code ＝＋－＠}, and before text that already starts with an apostrophe. The reader removes one
 * leading apostrophe when the next character is one of those, so that every text reads back as
 * written, and an apostrophe before ordinary text (as a person may type) is kept.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /**
     * @param text a cell text to write
     * @return the text, with an apostrophe before it when needed
     */
    public static String protect(String text) {
        return needsQuote(text) ? "'" + text : text;
    }

    /**
     * @param text a cell text as read
     * @return the text without the apostrophe {@link #protect} added
     */
    public static String unprotect(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'' && needsQuote(text.substring(1, 2))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean needsQuote(String text) {
        return SpreadsheetText.startsLikeFormula(text) || text.startsWith("'");
    }
}
