package org.taizhang.core.internal.table;

import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.core.Numbering;
import org.taizhang.core.internal.vocabulary.Chars;
import org.taizhang.core.internal.vocabulary.MatchKey;

/**
 * The outline number at the start of a heading or a line of prose: a part {@code 一、}, a point
 * {@code （一）} or {@code (八)}, an item {@code 1.}, {@code （1）}, {@code ①}. The title keeps the
 * rest as written. Shared by the table layer and the prose outline so that both read numbers alike.
 */
public final class OutlineNumber {
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");
    private static final Pattern NUMBER_PART = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBER_PARTS = Pattern.compile("[\\d.]+");
    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    /** The Chinese numerals a part or point number is written in. */
    private static final String CN_DIGITS = "一二三四五六七八九十百零〇两";

    private static final Pattern BARE_CN = Pattern.compile(CN + "[、，,．.]?");
    private static final Pattern BARE_ARABIC = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*");

    private final Numbering numbering;
    private final String number;
    private final String title;

    private OutlineNumber(Numbering numbering, String number, String title) {
        this.numbering = numbering;
        this.number = number;
        this.title = title;
    }

    /**
     * @param text a heading as written
     * @return its number and title, or empty when it starts with no outline number
     */
    public static Optional<OutlineNumber> parse(String text) {
        return Optional.ofNullable(scan(text.strip()));
    }

    /**
     * Reads the number at the start of a stripped text by its first character: a Chinese numeral
     * ({@code 一、}), a bracket ({@code （一）}, {@code （1）}), a digit ({@code 1.}, {@code 1、}) or
     * a circled number ({@code ①}). Space (as a regular expression's {@code \s}) may stand
     * around the number and its mark. Asked of every heading of a large table, so written
     * out rather than as one regular expression per style.
     */
    private static OutlineNumber scan(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (isCnDigit(first)) {
            int end = skipCnDigits(s, 0);
            int mark = skipSpace(s, end);
            return mark < s.length() && "、，,．.".indexOf(s.charAt(mark)) >= 0
                    ? numbered(Numbering.CN_COMMA, s, 0, end, mark + 1) : null;
        }
        if (first == '（' || first == '(') {
            int start = skipSpace(s, 1);
            boolean cn = start < s.length() && isCnDigit(s.charAt(start));
            int end = cn ? skipCnDigits(s, start) : skipDigits(s, start);
            int close = skipSpace(s, end);
            return end > start && close < s.length() && (s.charAt(close) == '）' || s.charAt(close) == ')')
                    ? numbered(cn ? Numbering.CN_PAREN : Numbering.ARABIC_PAREN, s, start, end, close + 1) : null;
        }
        if (Chars.isDigit(first)) {
            int end = skipDigits(s, 0);
            int mark = skipSpace(s, end);
            if (end == s.length() || mark == s.length() || Chars.isDigit(s.charAt(end))) {
                return null; // more than three digits, or nothing after them
            }
            char m = s.charAt(mark);
            boolean dot = (m == '.' || m == '．') && !(mark + 1 < s.length() && Chars.isDigit(s.charAt(mark + 1)));
            return m == '、' || dot ? numbered(Numbering.ARABIC_DOT, s, 0, end, mark + 1) : null;
        }
        if (first >= '\u2460' && first <= '\u2473') {
            return numbered(Numbering.CIRCLED, s, 0, 1, 1);
        }
        return null;
    }

    /** @return the number between {@code start} and {@code end}, titled by what follows {@code after} */
    private static OutlineNumber numbered(Numbering numbering, String s, int start, int end, int after) {
        return new OutlineNumber(numbering, s.substring(start, end), s.substring(after).strip());
    }

    private static boolean isCnDigit(char c) {
        return CN_DIGITS.indexOf(c) >= 0;
    }

    /** @return the end of up to three digits from {@code i} */
    private static int skipDigits(String s, int i) {
        int end = i;
        while (end < s.length() && end - i < 3 && Chars.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipCnDigits(String s, int i) {
        int end = i;
        while (end < s.length() && isCnDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** @return the first position from {@code i} that is not a regular expression's {@code \s} */
    private static int skipSpace(String s, int i) {
        int end = i;
        while (end < s.length() && isRegexSpace(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * Reads a number written alone in a 序号 cell next to a heading's title: {@code 一} and
     * {@code 一、} are parts ({@code CN_COMMA}), {@code （一）} points, {@code 1.} {@code ARABIC_DOT},
     * a bare {@code 1} or {@code 1.2} {@code ARABIC}.
     *
     * @param cell the 序号 cell as written
     * @param title the heading's title
     * @return the number with the title, or empty when the cell holds more than a number
     */
    static Optional<OutlineNumber> ofNumberCell(String cell, String title) {
        String s = MatchKey.of(cell);
        if (BARE_CN.matcher(s).matches()) {
            return Optional.of(new OutlineNumber(Numbering.CN_COMMA, s.replaceAll("[、，,．.]$", ""), title.strip()));
        }
        if (BARE_ARABIC.matcher(s).matches()) {
            return Optional.of(new OutlineNumber(Numbering.ARABIC, s, title.strip()));
        }
        return parse(cell).filter(n -> n.title().isEmpty())
                .map(n -> new OutlineNumber(n.numbering(), n.number(), title.strip()));
    }

    /** @return true when the cell holds nothing but an outline number ({@code 一}, {@code （一）}, {@code 1.2}) */
    static boolean isBareNumber(String cell) {
        return ofNumberCell(cell, "").isPresent();
    }

    /** @return how the number is written */
    public Numbering numbering() {
        return numbering;
    }

    /** @return the number as written, without punctuation */
    public String number() {
        return number;
    }

    /** @return the text after the number, stripped */
    public String title() {
        return title;
    }

    /** @return true for a part {@code 一、} */
    public boolean isPart() {
        return numbering == Numbering.CN_COMMA;
    }

    /** @return true for a point {@code （一）} */
    public boolean isPoint() {
        return numbering == Numbering.CN_PAREN;
    }

    /** @return true for an item {@code 1.}, {@code （1）} or {@code ①} */
    public boolean isItem() {
        return !isPart() && !isPoint();
    }

    /** @return true when {@code child} is {@code parent} followed by one more {@code .N} */
    static boolean isChildNumber(String child, String parent) {
        return DOTTED_NUMBER.matcher(parent).matches() && child.startsWith(parent + ".")
                && NUMBER_PART.matcher(child.substring(parent.length() + 1)).matches();
    }

    /** @return true when {@code number} is {@code ancestor} followed by one or more {@code .N} */
    static boolean isDescendantNumber(String number, String ancestor) {
        return number.startsWith(ancestor + ".")
                && NUMBER_PARTS.matcher(number.substring(ancestor.length() + 1)).matches();
    }
}
