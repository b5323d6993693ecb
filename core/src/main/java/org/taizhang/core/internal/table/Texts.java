package org.taizhang.core.internal.table;

import java.util.regex.Pattern;

/** Text normalisation used for matching only; values are always kept as written. */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern SPACE_NEAR_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]) "
                    + "| (?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");
    private static final Pattern FLOAT_INTEGER = Pattern.compile("(\\d+)\\.0+");

    private Texts() {}

    /**
     * A header as a person reads it, for {@code extra} keys: line breaks and runs of white space
     * become one space, and spaces next to Chinese characters go ({@code 责任\n单位} is
     * {@code 责任单位}).
     */
    static String label(String text) {
        String s = SPACE.matcher(text.strip()).replaceAll(" ");
        return SPACE_NEAR_CJK.matcher(s).replaceAll("");
    }

    /** A cell value as written, without surrounding white space. */
    static String value(String text) {
        return text.strip();
    }

    /**
     * A 序号 as written, except that a whole number a spreadsheet stored as a decimal
     * ({@code 1.0}) is written as a person sees it ({@code 1}).
     */
    static String number(String text) {
        String s = text.strip();
        var m = FLOAT_INTEGER.matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
