package org.taizhang.core;

import java.util.Map;
import java.util.Optional;

/**
 * Where a value came from: the file, the sheet (or Word table), the row, and the address of each
 * field's cell, such as {@code B6} or {@code table 2, row 5, cell 3}.
 *
 * <p>Immutable and thread-safe. A ledger holds one for every task, so it is kept small: the
 * {@link #cells()} of a table row are held as columns and rows and their addresses written out
 * when asked.
 */
public abstract class SourceRef {

    /** @return the file name, without directories */
    public abstract Optional<String> file();

    /** @return the sheet name of a workbook */
    public abstract Optional<String> sheet();

    /** @return the 1-based table number of a Word document */
    public abstract Optional<Integer> table();

    /** @return the 1-based row (or, for text, line) number */
    public abstract Optional<Integer> row();

    /** @return the address of each field's cell, keyed by field name ({@code content}, {@code deadline}…) */
    public abstract Map<String, String> cells();

    /**
     * A reference to a whole file.
     *
     * @param file the file name
     * @return the reference
     */
    public static SourceRef ofFile(String file) {
        return builder().file(file).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SourceRef}; not thread-safe. */
    public static class Builder extends ImmutableSourceRef.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /**
     * A short place for messages: {@code 任务台账!row 6}, {@code table 2, row 5} or {@code line 14}.
     *
     * @return the place, or an empty string when nothing is known
     */
    public String place() {
        StringBuilder sb = new StringBuilder();
        sheet().ifPresent(s -> sb.append(s).append('!'));
        table().ifPresent(t -> sb.append("table ").append(t).append(", "));
        row().ifPresent(r -> sb.append("row ").append(r));
        return sb.toString();
    }

    @Override
    public String toString() {
        String place = place();
        return file().map(f -> place.isEmpty() ? f : f + ": " + place).orElse(place);
    }
}
