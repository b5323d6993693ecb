package org.taizhang.core.units;

import java.util.Objects;
import java.util.Optional;

/**
 * How a document says to read its 责任单位 cells, as written in a cell, a column header or a note:
 * {@code 列第一位者为牵头单位} (the unit listed first leads, the others support), optionally with
 * {@code 其他为配合单位} (saying so in so many words).
 *
 * <p>A convention written with {@code 下同} ("the same below") is {@link #carriedForward() carried
 * forward}: a table reader passes the {@link ParseResult#conventions()} of one row to the next.
 * Conventions only fill in what a cell leaves open: a cell that writes its own role words is read as
 * written.
 *
 * <p>Immutable and thread-safe.
 */
public final class Conventions {
    private static final Conventions NONE = new Conventions(false, false, false, null);

    private final boolean firstListedLeads;
    private final boolean othersSupport;
    private final boolean carriedForward;
    private final String text;

    private Conventions(boolean firstListedLeads, boolean othersSupport, boolean carriedForward, String text) {
        this.firstListedLeads = firstListedLeads;
        this.othersSupport = othersSupport;
        this.carriedForward = carriedForward;
        this.text = text;
    }

    /** @return no conventions: every cell is read as written */
    public static Conventions none() {
        return NONE;
    }

    /**
     * The unit listed first leads ({@code 列第一位者为牵头单位}).
     *
     * @param othersSupport true if the others support ({@code 其他为配合单位}) rather than keep the
     *     column's default role
     * @param carriedForward true if the convention applies to the rows below too ({@code 下同})
     * @param text the convention as written, for reports
     * @return the conventions
     */
    public static Conventions firstListedLeads(boolean othersSupport, boolean carriedForward, String text) {
        return new Conventions(true, othersSupport, carriedForward, Objects.requireNonNull(text, "text"));
    }

    /** @return true if the unit listed first in a cell without role words leads */
    public boolean firstListedLeads() {
        return firstListedLeads;
    }

    /**
     * @return true if the convention says in so many words that the other units support
     *     ({@code 其他为配合单位}); the parser gives them {@code SUPPORT} under
     *     {@link #firstListedLeads()} either way, since a convention that names one lead leaves the
     *     others to support it
     */
    public boolean othersSupport() {
        return othersSupport;
    }

    /** @return true if the convention applies to later rows too ({@code 下同}) */
    public boolean carriedForward() {
        return carriedForward;
    }

    /** @return the convention as written, if any */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** @return true if there is no convention */
    public boolean isNone() {
        return !firstListedLeads;
    }

    /**
     * Combines two sets of conventions; the other one wins where both say something.
     *
     * @param other conventions found later (in the cell itself rather than a row above)
     * @return the combination
     */
    public Conventions and(Conventions other) {
        if (other.isNone()) {
            return this;
        }
        if (isNone()) {
            return other;
        }
        return new Conventions(true, other.othersSupport || othersSupport,
                other.carriedForward || carriedForward, other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conventions
                && ((Conventions) o).firstListedLeads == firstListedLeads
                && ((Conventions) o).othersSupport == othersSupport
                && ((Conventions) o).carriedForward == carriedForward
                && Objects.equals(((Conventions) o).text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstListedLeads, othersSupport, carriedForward, text);
    }

    @Override
    public String toString() {
        return isNone() ? "Conventions[none]" : "Conventions[" + text + "]";
    }
}
