package org.taizhang.core;

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
