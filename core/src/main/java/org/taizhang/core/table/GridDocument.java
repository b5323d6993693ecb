package org.taizhang.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a format reader hands to {@link LedgerAssembler}: the file name, the paragraphs that stand
 * outside tables (a Word document's title, issuer and date above its table, or the whole text of
 * a prose document), and the tables in document order. A reader that knows where each paragraph
 * stood among the tables (a Word body) says so, so that a heading paragraph between two tables
 * ({@code 一、深化政务公开}) can open a part around the table below it. Immutable and thread-safe.
 */
public final class GridDocument {
    private final String fileName;
    private final List<TextLine> paragraphs;
    private final List<Grid> grids;
    /** For each paragraph, how many grids stand before it; null when the order is not known. */
    private final List<Integer> gridsBefore;

    /**
     * A document whose paragraphs are not placed among its tables: every paragraph is read as
     * standing above them (title, issuer, date).
     *
     * @param fileName the file name, or null
     * @param paragraphs the text outside tables, in order
     * @param grids the tables, in order
     */
    public GridDocument(String fileName, List<TextLine> paragraphs, List<Grid> grids) {
        this.fileName = fileName;
        this.paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        this.grids = List.copyOf(Objects.requireNonNull(grids, "grids"));
        this.gridsBefore = null;
    }

    /**
     * A document that knows where each paragraph stood among its tables.
     *
     * @param fileName the file name, or null
     * @param paragraphs the text outside tables, in order
     * @param grids the tables, in order
     * @param gridsBefore for each paragraph, at the same index, how many of the grids stand before
     *     it in the document: 0 above the first table, {@code grids.size()} below the last
     * @throws IllegalArgumentException when the list is not one non-decreasing count per
     *     paragraph between 0 and the number of grids
     */
    public GridDocument(String fileName, List<TextLine> paragraphs, List<Grid> grids, List<Integer> gridsBefore) {
        this.fileName = fileName;
        this.paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        this.grids = List.copyOf(Objects.requireNonNull(grids, "grids"));
        List<Integer> before = List.copyOf(Objects.requireNonNull(gridsBefore, "gridsBefore"));
        if (before.size() != this.paragraphs.size()) {
            throw new IllegalArgumentException("gridsBefore has " + before.size() + " entries for "
                    + this.paragraphs.size() + " paragraphs");
        }
        int previous = 0;
        for (int b : before) {
            if (b < previous || b > this.grids.size()) {
                throw new IllegalArgumentException("gridsBefore must rise from 0 to " + this.grids.size()
                        + ", found " + b + " after " + previous);
            }
            previous = b;
        }
        this.gridsBefore = before;
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

    /** @return true when the reader said where each paragraph stood among the tables */
    public boolean knowsParagraphOrder() {
        return gridsBefore != null;
    }

    /**
     * @param paragraph the index of a paragraph in {@link #paragraphs()}
     * @return how many grids stand before it; 0 when the order is not known
     * @throws IndexOutOfBoundsException when there is no such paragraph
     */
    public int gridsBefore(int paragraph) {
        Objects.checkIndex(paragraph, paragraphs.size());
        return gridsBefore == null ? 0 : gridsBefore.get(paragraph);
    }

    /**
     * @param grid the index of a grid in {@link #grids()}, or {@code grids().size()} for the text
     *     below the last table
     * @return the paragraphs that stand between the grid before it and that grid, in order; with
     *     the order not known, every paragraph stands before the first grid
     * @throws IndexOutOfBoundsException when {@code grid} is negative or past the end
     */
    public List<TextLine> paragraphsBefore(int grid) {
        Objects.checkIndex(grid, grids.size() + 1);
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            int b = gridsBefore(i);
            if (b == grid) {
                out.add(paragraphs.get(i));
            }
        }
        return out;
    }
}
