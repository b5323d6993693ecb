package org.taizhang.core;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The 责任单位 cell of a task: the text as written and the assignments read from it.
 *
 * <p>An empty assignment list with non-blank text means the text could not be read; validation
 * reports it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {

    /** @return the cell text as written */
    public abstract String text();

    /** @return the units and roles read from the text, in the order written */
    public abstract List<Assignment> assignments();

    /**
     * Reads a responsibility cell, as {@link Deadline#parse(CharSequence, DeadlineContext)} reads a
     * deadline: units with no role word are {@link Role#RESPONSIBLE}. For a column whose header
     * gives the default role, or for a unit directory, use
     * {@link org.taizhang.core.units.ResponsibilityParser}.
     *
     * @param text the cell text, may be null (read as empty)
     * @return the text as given and the assignments read from it; never throws on ordinary text
     */
    public static Responsibility parse(CharSequence text) {
        return org.taizhang.core.units.ResponsibilityParser.parse(text == null ? null : text.toString());
    }

    /**
     * The units assigned in one role, in the order written: {@code units(Role.LEAD)} answers
     * "who leads?".
     *
     * @param role the role
     * @return the units in that role; empty when none
     */
    public List<Unit> units(Role role) {
        List<Unit> out = new ArrayList<>();
        for (Assignment a : assignments()) {
            if (a.role() == role) {
                out.add(a.unit());
            }
        }
        return List.copyOf(out);
    }

    /**
     * A responsibility whose text has not been parsed.
     *
     * @param text the cell text
     * @return the responsibility with no assignments
     */
    public static Responsibility ofText(String text) {
        return builder().text(text).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Responsibility}; not thread-safe. */
    public static class Builder extends ImmutableResponsibility.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    @Override
    public String toString() {
        return text();
    }
}
