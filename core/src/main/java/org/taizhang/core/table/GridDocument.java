package org.taizhang.core.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a format reader hands to {@link LedgerAssembler}: the file name, the paragraphs that stand
 * outside tables (a Word document's title, issuer and date above its table, or the whole text of
 * a prose document), and the tables in document order. Immutable and thread-safe.
 */
public final class GridDocument {
    private final String fileName;
    private final List<TextLine> paragraphs;
    private final List<Grid> grids;

    /**
     * @param fileName the file name, or null
     * @param paragraphs the text outside tables, in order
     * @param grids the tables, in order
     */
    public GridDocument(String fileName, List<TextLine> paragraphs, List<Grid> grids) {
        this.fileName = fileName;
        this.paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        this.grids = List.copyOf(Objects.requireNonNull(grids, "grids"));
    }

    /** @return the file name, if known */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the text outside tables, in order */
    public List<TextLine> paragraphs() {
        return paragraphs;
    }

    /** @return the tables, in order */
    public List<Grid> grids() {
        return grids;
    }
}
