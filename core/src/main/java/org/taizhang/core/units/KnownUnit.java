package org.taizhang.core.units;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link UnitDirectory}: the canonical name of a body, the other names it goes by,
 * and its level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the canonical name ({@code 区人力资源和社会保障局}), never blank
 * @param aliases other names and short forms ({@code 区人社局}), possibly empty
 * @param level the level as the directory writes it ({@code 区级}), possibly empty
 */
public record KnownUnit(String name, List<String> aliases, String level) {

    /**
     * Checks and copies the parts.
     *
     * @param name the canonical name
     * @param aliases other names
     * @param level the level, or empty
     */
    public KnownUnit {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("known unit name is blank");
        }
        aliases = List.copyOf(aliases);
        level = level == null ? "" : level;
    }

    /**
     * A known unit with no aliases and no level.
     *
     * @param name the canonical name
     * @return the entry
     */
    public static KnownUnit of(String name) {
        return new KnownUnit(name, List.of(), "");
    }
}
