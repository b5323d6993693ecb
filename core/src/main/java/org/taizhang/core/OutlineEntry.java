package org.taizhang.core;

import java.util.List;
import java.util.Objects;

/**
 * A section or task together with its place in the outline: its id and the sections above it.
 *
 * <p>Ids are derived, never stored: the children of a node are numbered from 1, its sections
 * first and then its tasks, and an id joins the numbers from the root with dots ({@code 1.1.2}).
 * Immutable and thread-safe.
 *
 * @param <T> {@link Section} or {@link Task}
 */
public final class OutlineEntry<T> {
    /** The parent's id and a dot ({@code 1.1.}), shared by its children; the id is written when asked. */
    private final String prefix;
    private final int number;
    private final T item;
    private final List<Section> path;

    /**
     * @param prefix the parent's id and a dot, or an empty string at the top
     * @param number the item's number among its parent's children, from 1
     * @param item the section or task
     * @param path the sections above it, outermost first (immutable lists are kept, not copied)
     */
    OutlineEntry(String prefix, int number, T item, List<Section> path) {
        this.prefix = Objects.requireNonNull(prefix);
        this.number = number;
        this.item = Objects.requireNonNull(item);
        this.path = List.copyOf(path);
    }

    /** @return the outline id, such as {@code 1.1.2} */
    public String id() {
        return prefix + number;
    }

    /** @return the section or task */
    public T item() {
        return item;
    }

    /** @return the sections above the item, outermost first */
    public List<Section> path() {
        return path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutlineEntry
                && number == ((OutlineEntry<?>) o).number && prefix.equals(((OutlineEntry<?>) o).prefix)
                && item.equals(((OutlineEntry<?>) o).item)
                && path.equals(((OutlineEntry<?>) o).path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), item, path);
    }

    @Override
    public String toString() {
        return id() + " " + item;
    }
}
