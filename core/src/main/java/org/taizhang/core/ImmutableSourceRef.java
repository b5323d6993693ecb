package org.taizhang.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SourceRef} implementation, written by hand rather than generated so that it stays
 * small: every task of a ledger has one. Table and row are kept as {@code int}s and the cells in the
 * compact form of {@link SourceCells}, which is made when {@link #cells()} is called. Same builder,
 * equality and hash code as the generated implementation.
 */
final class ImmutableSourceRef extends SourceRef {
    private static final byte HAS_TABLE = 1, HAS_ROW = 2;

    private final String file;
    private final String sheet;
    private final int table;
    private final int row;
    private final byte present;
    /** The cells' keys as codes, or {@link #keys}: see {@link SourceCells}. */
    private final long keyCodes;
    private final String[] keys;
    /**
     * The cells' addresses relative to the row ({@code int[]}, shared), packed ({@code long[]}) or as
     * given ({@code String[]}); null when none.
     */
    private final Object addresses;

    private ImmutableSourceRef(String file, String sheet, Integer table, Integer row, Map<String, String> cells) {
        this.file = file;
        this.sheet = sheet;
        this.table = table == null ? 0 : table;
        this.row = row == null ? 0 : row;
        this.present = (byte) ((table == null ? 0 : HAS_TABLE) | (row == null ? 0 : HAS_ROW));
        SourceCells compact = SourceCells.of(cells, sheet, table, row);
        this.keyCodes = compact.keyCodes();
        this.keys = compact.keys();
        this.addresses = compact.packedValues();
    }

    @Override
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    @Override
    public Optional<Integer> table() {
        return (present & HAS_TABLE) != 0 ? Optional.of(table) : Optional.empty();
    }

    @Override
    public Optional<Integer> row() {
        return (present & HAS_ROW) != 0 ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Map<String, String> cells() {
        return new SourceCells(keyCodes, keys, addresses, sheet, (present & HAS_TABLE) != 0 ? table : -1, this.row);
    }

    @Override
    public boolean equals(Object another) {
        if (this == another) {
            return true;
        }
        if (!(another instanceof ImmutableSourceRef)) {
            return false;
        }
        ImmutableSourceRef o = (ImmutableSourceRef) another;
        return Objects.equals(file, o.file) && Objects.equals(sheet, o.sheet) && present == o.present
                && table == o.table && row == o.row && cells().equals(o.cells());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + Objects.hashCode(file);
        h += (h << 5) + Objects.hashCode(sheet);
        h += (h << 5) + ((present & HAS_TABLE) != 0 ? table : 0);
        h += (h << 5) + ((present & HAS_ROW) != 0 ? row : 0);
        h += (h << 5) + cells().hashCode();
        return h;
    }

    /** Builds instances of {@link SourceRef}; not thread-safe. */
    public static class Builder {
        private String file;
        private String sheet;
        private Integer table;
        private Integer row;
        private final Map<String, String> cells = new LinkedHashMap<>();

        /** A builder with nothing set; only {@link SourceRef.Builder} may extend it. */
        public Builder() {
            if (!(this instanceof SourceRef.Builder)) {
                throw new UnsupportedOperationException("Use: new SourceRef.Builder()");
            }
        }

        /**
         * Takes the values of another reference: those it has replace the ones set, its cells are
         * added.
         *
         * @param instance the reference to copy
         * @return this builder
         */
        public final SourceRef.Builder from(SourceRef instance) {
            Objects.requireNonNull(instance, "instance");
            instance.file().ifPresent(this::file);
            instance.sheet().ifPresent(this::sheet);
            instance.table().ifPresent(this::table);
            instance.row().ifPresent(this::row);
            return putAllCells(instance.cells());
        }

        /**
         * @param file the file name
         * @return this builder
         */
        public final SourceRef.Builder file(String file) {
            this.file = Objects.requireNonNull(file, "file");
            return self();
        }

        /**
         * @param file the file name, or empty
         * @return this builder
         */
        public final SourceRef.Builder file(Optional<String> file) {
            this.file = file.orElse(null);
            return self();
        }

        /**
         * @param sheet the sheet name
         * @return this builder
         */
        public final SourceRef.Builder sheet(String sheet) {
            this.sheet = Objects.requireNonNull(sheet, "sheet");
            return self();
        }

        /**
         * @param sheet the sheet name, or empty
         * @return this builder
         */
        public final SourceRef.Builder sheet(Optional<String> sheet) {
            this.sheet = sheet.orElse(null);
            return self();
        }

        /**
         * @param table the 1-based table number
         * @return this builder
         */
        public final SourceRef.Builder table(int table) {
            this.table = table;
            return self();
        }

        /**
         * @param table the 1-based table number, or empty
         * @return this builder
         */
        public final SourceRef.Builder table(Optional<Integer> table) {
            this.table = table.orElse(null);
            return self();
        }

        /**
         * @param row the 1-based row or line number
         * @return this builder
         */
        public final SourceRef.Builder row(int row) {
            this.row = row;
            return self();
        }

        /**
         * @param row the 1-based row or line number, or empty
         * @return this builder
         */
        public final SourceRef.Builder row(Optional<Integer> row) {
            this.row = row.orElse(null);
            return self();
        }

        /**
         * @param key the field name
         * @param value the cell's address
         * @return this builder
         */
        public final SourceRef.Builder putCell(String key, String value) {
            cells.put(Objects.requireNonNull(key, "cells key"),
                    Objects.requireNonNull(value, value == null ? "cells value for key: " + key : null));
            return self();
        }

        /**
         * @param entry the field name and the cell's address
         * @return this builder
         */
        public final SourceRef.Builder putCell(Map.Entry<String, ? extends String> entry) {
            return putCell(entry.getKey(), entry.getValue());
        }

        /**
         * @param entries the cells that replace those set
         * @return this builder
         */
        public final SourceRef.Builder cells(Map<String, ? extends String> entries) {
            cells.clear();
            return putAllCells(entries);
        }

        /**
         * @param entries the cells to add
         * @return this builder
         */
        public final SourceRef.Builder putAllCells(Map<String, ? extends String> entries) {
            for (Map.Entry<String, ? extends String> e : entries.entrySet()) {
                putCell(e.getKey(), e.getValue());
            }
            return self();
        }

        /** @return the reference */
        public SourceRef build() {
            return new ImmutableSourceRef(file, sheet, table, row, cells);
        }

        private SourceRef.Builder self() {
            return (SourceRef.Builder) this;
        }
    }
}
