package org.taizhang.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit in one role: {@code 市司法局} as {@link Role#LEAD} because the cell says {@code 牵头}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assignment {

    /** @return the unit */
    public abstract Unit unit();

    /** @return the role */
    @Value.Default
    public Role role() {
        return Role.RESPONSIBLE;
    }

    /** @return the role word as written ({@code 牵头}, {@code 负责落实}, {@code 主办}), if any */
    public abstract Optional<String> roleText();

    /**
     * An assignment with no role word written.
     *
     * @param unit the unit
     * @param role the role
     * @return the assignment
     */
    public static Assignment of(Unit unit, Role role) {
        return builder().unit(unit).role(role).build();
    }

    /**
     * An assignment with the role word as written.
     *
     * @param unit the unit
     * @param role the role
     * @param roleText the word that gave the role
     * @return the assignment
     */
    public static Assignment of(Unit unit, Role role, String roleText) {
        return builder().unit(unit).role(role).roleText(roleText).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Assignment}; not thread-safe. */
    public static class Builder extends ImmutableAssignment.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    @Override
    public String toString() {
        return unit() + "(" + roleText().orElse(role().name()) + ")";
    }
}
