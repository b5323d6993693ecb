package org.taizhang.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ledger table a plan was read from, as far as validation needs it: which task fields its header
 * has a column for, and where its header stands.
 *
 * <p>A table with no 责任单位 column is a flaw of the ledger ({@code column.missing}); a task with an
 * empty 责任单位 cell in a table that has the column is a flaw of the task ({@code task.no-unit}).
 * Telling the two apart needs this record. Field names are those of {@link Task} ({@link Task#CONTENT},
 * {@link Task#RESPONSIBILITY}…). A plan built in code or read from prose has no tables.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerTable {

    /** @return the task fields the table has a column for, in column order, without repeats */
    public abstract List<String> columns();

    /**
     * @return where the header stands: file, sheet or Word table, header row, and the header cell
     *     of each column by field name; for a table continued across page breaks, its first part
     */
    public abstract Optional<SourceRef> source();

    /**
     * @return false when the table has no header row and its columns were guessed from their cells:
     *     such a table is not a ledger the file declares
     */
    @Value.Default
    public boolean headerFound() {
        return true;
    }

    /**
     * @param field a task field name, such as {@link Task#RESPONSIBILITY}
     * @return true when the table has a column for it
     */
    public boolean hasColumn(String field) {
        return columns().contains(field);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LedgerTable}; not thread-safe. */
    public static class Builder extends ImmutableLedgerTable.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    @Value.Check
    protected LedgerTable normalize() {
        List<String> distinct = columns().stream().distinct().toList();
        return distinct.size() == columns().size() ? this : builder().from(this).columns(distinct).build();
    }

    @Override
    public String toString() {
        return source().map(SourceRef::place).filter(p -> !p.isEmpty()).map(p -> p + " ").orElse("") + columns();
    }
}
