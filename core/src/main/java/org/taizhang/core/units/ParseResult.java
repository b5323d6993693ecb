package org.taizhang.core.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.taizhang.core.Responsibility;
import org.taizhang.core.internal.units.FieldLabels;

/**
 * What {@link ResponsibilityParser#read(String, String, Conventions)} gives back: the cell's
 * {@link Responsibility}, the {@link Conventions} to pass to the next row of the same table, and the
 * labelled {@link #fields() fields} of the cell that name no units.
 *
 * <pre>{@code
 * ParseResult r = parser.read("(牵头单位:县教体局;责任单位:各乡镇,完成时限:2023年底前)", "责任单位", Conventions.none());
 * r.responsibility().assignments(); // 县教体局 LEAD, 各乡镇 RESPONSIBLE
 * r.fields();                       // {完成时限=2023年底前}
 * r.deadlineText();                 // Optional[2023年底前]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseResult {
    private final Responsibility responsibility;
    private final Conventions conventions;
    private final Map<String, String> fields;

    /**
     * A result with no fields other than units.
     *
     * @param responsibility the parsed cell
     * @param conventions the conventions for the rows after this one
     */
    public ParseResult(Responsibility responsibility, Conventions conventions) {
        this(responsibility, conventions, Map.of());
    }

    /**
     * @param responsibility the parsed cell
     * @param conventions the conventions for the rows after this one
     * @param fields the labelled fields that name no units, by label as written (copied; order kept)
     */
    public ParseResult(Responsibility responsibility, Conventions conventions, Map<String, String> fields) {
        this.responsibility = Objects.requireNonNull(responsibility, "responsibility");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * The labelled fields written in the cell that are no units: {@code 完成时限:2023年底前} gives
     * {@code 完成时限} → {@code 2023年底前}. Labels are as written (without the colon), values trimmed of
     * separators; a label written twice has its values joined by {@code ；}. Such text is never read
     * as units; it stays in {@link Responsibility#text()} as well.
     *
     * @return the fields in the order written; empty when the cell has none
     */
    public Map<String, String> fields() {
        return fields;
    }

    /**
     * @return the value of the first field whose label names a time ({@code 完成时限}, {@code 责任时限},
     *     {@code 时间}, {@code 完成时间}, {@code 时间节点}, {@code 期限}, {@code 日期}), for the caller to
     *     read as the task's deadline when it has none of its own
     */
    public Optional<String> deadlineText() {
        return fields.entrySet().stream().filter(e -> FieldLabels.isTimeLabel(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** @return the cell text and its assignments */
    public Responsibility responsibility() {
        return responsibility;
    }

    /**
     * @return the conventions in force for the next row: those passed in, plus any written in this
     *     cell with {@code 下同}
     */
    public Conventions conventions() {
        return conventions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParseResult
                && ((ParseResult) o).responsibility.equals(responsibility)
                && ((ParseResult) o).conventions.equals(conventions)
                && ((ParseResult) o).fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responsibility, conventions, fields);
    }

    @Override
    public String toString() {
        return responsibility.assignments() + " " + conventions + (fields.isEmpty() ? "" : " " + fields);
    }
}
