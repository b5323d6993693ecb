package org.taizhang.core.internal.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Numbering;

/**
 * The outline mark a line of prose starts with: a part {@code 一、}, a point {@code （一）} or
 * {@code (一)}, or an item {@code 1.}, {@code （1）}, {@code ①}; with the number as written and the
 * rest of the line.
 */
final class OutlineMark {
    private static final String CN = "[一二三四五六七八九十百零〇]+";
    private static final Pattern PART = Pattern.compile("^(" + CN + ")\\s*[、，,．]\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile(
            "^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、,，．.]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ITEM_DOT = Pattern.compile(
            "^([0-9０-９]{1,3})\\s*[.．、](?![0-9０-９])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ITEM_PAREN = Pattern.compile(
            "^[（(]\\s*([0-9０-９]{1,3})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$",
            Pattern.DOTALL);

    private final Numbering numbering;
    private final String number;
    private final String rest;

    private OutlineMark(Numbering numbering, String number, String rest) {
        this.numbering = numbering;
        this.number = number;
        this.rest = rest;
    }

    /**
     * @param line a trimmed line
     * @return its outline mark, if it starts with one
     */
    static Optional<OutlineMark> of(String line) {
        Matcher m;
        if ((m = PART.matcher(line)).matches()) {
            return Optional.of(new OutlineMark(Numbering.CN_COMMA, m.group(1), m.group(2)));
        }
        if ((m = POINT.matcher(line)).matches()) {
            return Optional.of(new OutlineMark(Numbering.CN_PAREN, m.group(1), m.group(2)));
        }
        if ((m = ITEM_PAREN.matcher(line)).matches()) {
            return Optional.of(new OutlineMark(Numbering.ARABIC_PAREN, m.group(1), m.group(2)));
        }
        if ((m = ITEM_DOT.matcher(line)).matches()) {
            return Optional.of(new OutlineMark(Numbering.ARABIC_DOT, m.group(1), m.group(2)));
        }
        if ((m = CIRCLED.matcher(line)).matches()) {
            return Optional.of(new OutlineMark(Numbering.CIRCLED, m.group(1), m.group(2)));
        }
        return Optional.empty();
    }

    /**
     * Whether a text looks like a work-points document: it has a line starting with a part mark
     * and a line starting with a point mark.
     *
     * @param text the first part of a document
     * @return true when both kinds of mark start a line
     */
    static boolean looksLikeWorkPoints(String text) {
        boolean part = false;
        boolean point = false;
        for (String line : text.split("\\R")) {
            Optional<OutlineMark> mark = of(line.strip());
            if (mark.isPresent()) {
                part |= mark.get().isPart();
                point |= mark.get().isPoint();
            }
        }
        return part && point;
    }

    /** @return true for a part {@code 一、} */
    boolean isPart() {
        return numbering == Numbering.CN_COMMA;
    }

    /** @return true for a point {@code （一）} */
    boolean isPoint() {
        return numbering == Numbering.CN_PAREN;
    }

    /** @return true for an item {@code 1.}, {@code （1）} or {@code ①} */
    boolean isItem() {
        return !isPart() && !isPoint();
    }

    /** @return how the number is written */
    Numbering numbering() {
        return numbering;
    }

    /** @return the number as written, without punctuation */
    String number() {
        return number;
    }

    /** @return the text after the mark */
    String rest() {
        return rest;
    }
}
