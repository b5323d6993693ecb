package org.taizhang.core.table;

import java.util.Objects;

/**
 * A paragraph or line of text outside any table, with where it came from:
 * {@code paragraph 3}, {@code line 14}. Immutable and thread-safe.
 */
public final class TextLine {
    private final String text;
    private final String place;
    private final int number;

    /**
     * @param text the text
     * @param place its place for messages and source references ({@code paragraph 3})
     * @param number its 1-based paragraph or line number
     */
    public TextLine(String text, String place, int number) {
        this.text = Objects.requireNonNull(text, "text");
        this.place = Objects.requireNonNull(place, "place");
        this.number = number;
    }

    /** @return the text */
    public String text() {
        return text;
    }

    /** @return its place: {@code paragraph 3}, {@code line 14} */
    public String place() {
        return place;
    }

    /** @return its 1-based paragraph or line number */
    public int number() {
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextLine && text.equals(((TextLine) o).text)
                && place.equals(((TextLine) o).place) && number == ((TextLine) o).number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, place, number);
    }

    @Override
    public String toString() {
        return place + ": " + text;
    }
}
