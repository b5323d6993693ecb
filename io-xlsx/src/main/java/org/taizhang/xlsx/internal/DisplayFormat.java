package org.taizhang.xlsx.internal;

import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Shows a number the way Excel on a Chinese system shows it, from its cell's number format:
 * integers without {@code .0}, dates in the cell's date format. Built-in formats that depend on the
 * system's locale get their zh-CN form ({@code 14} is {@code yyyy/m/d}, {@code 31} is
 * {@code yyyy"年"m"月"d"日"}). A format POI cannot apply falls back to General. Not thread-safe.
 */
public final class DisplayFormat {
    private static final String GENERAL = "General";

    // Built-in number formats whose text Excel takes from the system locale: their zh-CN forms.
    private static final Map<Integer, String> ZH_CN_BUILTINS = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"),
            Map.entry(22, "yyyy/m/d h:mm"),
            Map.entry(27, "yyyy\"年\"m\"月\""),
            Map.entry(28, "m\"月\"d\"日\""),
            Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"),
            Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(34, "h\"时\"mm\"分\""),
            Map.entry(35, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(50, "yyyy\"年\"m\"月\""),
            Map.entry(51, "m\"月\"d\"日\""),
            Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""),
            Map.entry(54, "m\"月\"d\"日\""),
            Map.entry(55, "h\"时\"mm\"分\""),
            Map.entry(56, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));

    /** made at the first number: a workbook of text alone loads none of POI's formatting */
    private DataFormatter formatter;
    private final boolean date1904;

    /**
     * @param date1904 true when the workbook counts dates from 1904
     */
    public DisplayFormat(boolean date1904) {
        this.date1904 = date1904;
    }

    /**
     * Formats a number.
     *
     * @param value the number
     * @param formatIndex the cell's number format index
     * @param formatString the cell's number format, or null when it is a built-in one
     * @return the text as Excel shows it
     */
    public String format(double value, int formatIndex, String formatString) {
        String pattern = ZH_CN_BUILTINS.get(formatIndex);
        if (pattern == null) {
            pattern = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        if (pattern == null || pattern.startsWith("reserved")) {
            pattern = GENERAL;
        }
        if (pattern.indexOf('"') >= 0 && DateUtil.isADateFormat(formatIndex, pattern)) {
            pattern = unquoteCjk(pattern);
        }
        try {
            return formatter().formatRawCellContents(value, formatIndex, pattern, date1904);
        } catch (RuntimeException e) {
            // A format POI cannot apply: the number itself is still worth showing.
            return formatter().formatRawCellContents(value, 0, GENERAL, date1904);
        }
    }

    // POI's date formatting keeps the quotes of quoted literals ("年"); literals without ASCII
    // letters mean the same unquoted, since only letters are date pattern symbols.
    private static String unquoteCjk(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = c == '"' ? pattern.indexOf('"', i + 1) : -1;
            if (end > i) {
                String literal = pattern.substring(i + 1, end);
                boolean letters = literal.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
                sb.append(letters ? pattern.substring(i, end + 1) : literal);
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.ROOT);
        }
        return formatter;
    }
}
