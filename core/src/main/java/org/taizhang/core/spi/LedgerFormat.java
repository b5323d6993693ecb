package org.taizhang.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A file format: its short id ({@code xlsx}, {@code json}), a description, and the file name
 * extensions it uses. Two formats are equal when their ids are. Immutable and thread-safe.
 */
public final class LedgerFormat {
    private final String id;
    private final String description;
    private final List<String> extensions;

    private LedgerFormat(String id, String description, List<String> extensions) {
        this.id = id;
        this.description = description;
        this.extensions = extensions;
    }

    /**
     * A format.
     *
     * @param id the short id, lower case ({@code xlsx})
     * @param description what it is, for messages and {@code --help}
     * @param extensions the file name extensions, without the dot, the usual one first
     * @return the format
     */
    public static LedgerFormat of(String id, String description, String... extensions) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("format id must be lower-case letters, digits or '-': " + id);
        }
        return new LedgerFormat(id, Objects.requireNonNull(description, "description"),
                List.of(extensions).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    /** @return the short id */
    public String id() {
        return id;
    }

    /** @return what it is */
    public String description() {
        return description;
    }

    /** @return the extensions, without the dot, the usual one first */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * @param fileName a file name
     * @return true when the name ends with one of this format's extensions
     */
    public boolean matchesExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerFormat && id.equals(((LedgerFormat) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
