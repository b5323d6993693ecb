package org.taizhang.core.units;

import java.util.Objects;
import org.taizhang.core.Responsibility;

/**
 * What {@link ResponsibilityParser#read(String, String, Conventions)} gives back: the cell's
 * {@link Responsibility} and the {@link Conventions} to pass to the next row of the same table.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseResult {
    private final Responsibility responsibility;
    private final Conventions conventions;

    /**
     * @param responsibility the parsed cell
     * @param conventions the conventions for the rows after this one
     */
    public ParseResult(Responsibility responsibility, Conventions conventions) {
        this.responsibility = Objects.requireNonNull(responsibility, "responsibility");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
    }

    /** @return the cell text and its assignments */
    public Responsibility responsibility() {
        return responsibility;
    }

    /**
     * @return the conventions in force for the next row: those passed in, plus any written in this
     *     cell with {@code 下同}
     */
    public Conventions conventions() {
        return conventions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParseResult
                && ((ParseResult) o).responsibility.equals(responsibility)
                && ((ParseResult) o).conventions.equals(conventions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responsibility, conventions);
    }

    @Override
    public String toString() {
        return responsibility.assignments() + " " + conventions;
    }
}
