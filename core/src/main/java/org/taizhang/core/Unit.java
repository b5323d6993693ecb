package org.taizhang.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A responsible body as the ledger writes it ({@code 市司法局}), or a collective of bodies
 * ({@code 各旗区}, {@code 市政府各部门}, {@code 区直各有关部门}), or a person named as an assignee
 * ({@code 王某某副县长} under {@code 牵头领导:}), marked {@link #isPerson()}.
 *
 * <p>The name is kept exactly as written. Where a name only makes sense with a prefix inherited from
 * the unit before it ({@code 区民社局、退役军人事务局}), the full name is given as
 * {@link #canonicalName()}. A scope written in front of the unit ({@code 旗区级以上政府}) stays in
 * the name and is also given as {@link #qualifier()}, with {@link #body()} the rest ({@code 政府}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {

    /** @return the name as written, never blank */
    public abstract String name();

    /** @return the full name when it differs from the written one, e.g. inherited from a prefix */
    public abstract Optional<String> canonicalName();

    /** @return true for a collective such as {@code 各旗区} or {@code 市政府各部门} */
    @Value.Default
    public boolean isCollective() {
        return false;
    }

    /**
     * @return true for a person rather than a body: a leader named in the cell ({@code 王某某副县长},
     *     {@code 责任领导：张三}); such a unit is never collective and has no canonical name of its own
     */
    @Value.Default
    public boolean isPerson() {
        return false;
    }

    /**
     * @return the scope that limits the unit, such as {@code 旗区级以上} in {@code 旗区级以上政府}: part
     *     of the name when it is written in front of the unit, and also given to the other units of
     *     a list it stands in front of ({@code 旗区级以上政府、各部门})
     */
    public abstract Optional<String> qualifier();

    /**
     * The name without the qualifier written in front of it: {@code 政府} for {@code 旗区级以上政府}.
     *
     * @return the body's own name; the name itself when no qualifier is written in it
     */
    public String body() {
        String name = name();
        return qualifier().filter(q -> name.startsWith(q) && name.length() > q.length())
                .map(q -> name.substring(q.length())).orElse(name);
    }

    /**
     * A single named unit.
     *
     * @param name the name as written
     * @return the unit
     */
    public static Unit of(String name) {
        return builder().name(name).build();
    }

    /**
     * A collective such as {@code 各旗区}.
     *
     * @param name the name as written
     * @return the collective unit
     */
    public static Unit collective(String name) {
        return builder().name(name).collective(true).build();
    }

    /**
     * A person named as an assignee, such as {@code 王某某副县长}.
     *
     * @param name the name (and title) as written
     * @return the unit, marked as a person
     */
    public static Unit person(String name) {
        return builder().name(name).person(true).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Unit}; not thread-safe. */
    public static class Builder extends ImmutableUnit.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /**
     * The name with its scope, for counting units apart: {@code 旗区级以上市场监管部门} also where the
     * list wrote the scope once in front of an earlier unit ({@code 旗区级以上公安、市场监管部门}).
     *
     * @return the name, with the qualifier in front when the name does not already start with it
     */
    public String qualifiedName() {
        return qualifier().filter(q -> !name().startsWith(q)).map(q -> q + name()).orElse(name());
    }

    /** @return the canonical name if known, else the written name */
    public String fullName() {
        if (canonicalName().isEmpty()) {
            return name();
        }
        // the canonical name is the body's: keep the scope written in front of it
        return name().substring(0, name().length() - body().length()) + canonicalName().get();
    }

    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("unit name is blank");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
