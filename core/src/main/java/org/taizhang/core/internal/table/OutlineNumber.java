package org.taizhang.core.internal.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Numbering;

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
    private static final String DIGITS = "[0-9０-９]{1,3}";
    private static final List<Style> PATTERNS = List.of(
            new Style(Numbering.CN_COMMA, Pattern.compile("^(" + CN + ")\\s*[、，,．.]\\s*(.*)$", Pattern.DOTALL)),
            new Style(Numbering.CN_PAREN,
                    Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*(.*)$", Pattern.DOTALL)),
            new Style(Numbering.ARABIC_PAREN,
                    Pattern.compile("^[（(]\\s*(" + DIGITS + ")\\s*[）)]\\s*(.*)$", Pattern.DOTALL)),
            new Style(Numbering.ARABIC_DOT,
                    Pattern.compile("^(" + DIGITS + ")\\s*(?:、|[.．](?![0-9０-９]))\\s*(.*)$", Pattern.DOTALL)),
            new Style(Numbering.CIRCLED, Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$", Pattern.DOTALL)));

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
        String s = text.strip();
        for (Style m : PATTERNS) {
            Matcher matcher = m.pattern.matcher(s);
            if (matcher.matches()) {
                return Optional.of(new OutlineNumber(m.numbering, matcher.group(1), matcher.group(2).strip()));
            }
        }
        return Optional.empty();
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
        String s = Texts.key(cell);
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

    /** One numbering style and the pattern that reads it. */
    private static final class Style {
        final Numbering numbering;
        final Pattern pattern;

        Style(Numbering numbering, Pattern pattern) {
            this.numbering = numbering;
            this.pattern = pattern;
        }
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
