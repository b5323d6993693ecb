package org.taizhang.core.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.units.CellParser;
import org.taizhang.core.internal.units.ConventionText;
import org.taizhang.core.internal.units.RoleLexicon;
import org.taizhang.core.internal.vocabulary.VocabularyScope;

/**
 * Reads the 责任单位 text of a task into units and the roles they play.
 *
 * <pre>{@code
 * Responsibility r = ResponsibilityParser.parse("市司法局牵头，各旗区、市政府各部门负责落实");
 * // 市司法局 LEAD (牵头), 各旗区 RESPONSIBLE (负责落实, collective), 市政府各部门 RESPONSIBLE (…)
 * ResponsibilityParser.parse("市委宣传部 市政府办公室", "主管责任单位");
 * // 市委宣传部 COMPETENT, 市政府办公室 COMPETENT
 * }</pre>
 *
 * <p>A role word ({@code 牵头}, {@code 配合}, {@code 负责落实}, {@code 按职责分工负责}, …) gives its role to
 * every unit listed since the previous role word and is kept as the assignment's
 * {@link Assignment#roleText()}. Units with no role word take the role of the column
 * ({@link #columnRole(String)}), or of the label written before them ({@code 牵头单位:}), whose text
 * is then the role text. Conventions written in the cell or the header ({@code 列第一位者为牵头单位})
 * are applied to cells that write no role word; see {@link #read(String, String, Conventions)} for
 * carrying them from row to row. Leaders named in the cell ({@code 牵头领导:王某某副县长}) are assignees
 * whose unit {@link org.taizhang.core.Unit#isPerson() is a person}; labelled fields that name no units
 * ({@code 完成时限:2023年底前}) are never read as units and are given by {@link ParseResult#fields()}.
 * The rules, with examples, are in the project's {@code docs/units.md}.
 *
 * <p>Parsing never throws on ordinary text and takes time linear in the text, bounded by
 * {@link #maxLength()}: longer text is kept but gives no assignments (a 责任单位 cell that long is not
 * a list of units), which validation reports like any unreadable cell. Instances are immutable and
 * thread-safe.
 */
public final class ResponsibilityParser {
    /** The longest cell text parsed by default, in characters. */
    public static final int DEFAULT_MAX_LENGTH = 1000;

    private static final ResponsibilityParser STANDARD = builder().build();

    private final UnitDirectory directory;
    private final int maxLength;
    private final Vocabulary vocabulary;
    private final CellParser cells;

    private ResponsibilityParser(Builder b) {
        this.directory = b.directory;
        this.maxLength = b.maxLength;
        this.vocabulary = b.vocabulary;
        this.cells = new CellParser(b.directory);
    }

    /**
     * Parses a cell with no column header: units with no role word are {@link Role#RESPONSIBLE}.
     *
     * @param text the cell text, may be null (read as empty)
     * @return the responsibility: the text as given and its assignments
     */
    public static Responsibility parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a cell of a column.
     *
     * @param text the cell text, may be null (read as empty)
     * @param columnHeader the header of the column it came from, giving the default role
     *     ({@code 主管责任单位} → {@link Role#COMPETENT}), or null
     * @return the responsibility: the text as given and its assignments
     */
    public static Responsibility parse(String text, String columnHeader) {
        return STANDARD.read(text, columnHeader);
    }

    /** @return the parser with no unit directory and the default limits */
    public static ResponsibilityParser standard() {
        return STANDARD;
    }

    /** @return a builder for a parser with a unit directory or other limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The role of the units in a column when the cell writes no role word.
     *
     * @param columnHeader a column header ({@code 主体责任单位}, {@code 配合单位}, {@code 责任\n单位}), or null
     * @return {@link Role#PRINCIPAL} for 主体, {@link Role#COMPETENT} for 主管, {@link Role#GUIDE} for
     *     指导, {@link Role#LEAD} for 牵头 / 主办, {@link Role#SUPPORT} for 配合 / 协办 / 协助 / 参与 / 协同,
     *     else {@link Role#RESPONSIBLE}
     */
    public static Role columnRole(String columnHeader) {
        return RoleLexicon.roleOfLabel(columnHeader, Role.RESPONSIBLE);
    }

    /**
     * Parses a cell of a column.
     *
     * @param text the cell text, may be null (read as empty)
     * @param columnHeader the column header, or null
     * @return the responsibility
     */
    public Responsibility read(String text, String columnHeader) {
        return read(text, columnHeader, Conventions.none()).responsibility();
    }

    /**
     * Parses a cell of a table, given the conventions carried from the rows above, and gives the
     * conventions for the rows below. Start a table with {@link Conventions#none()}.
     *
     * @param text the cell text, may be null (read as empty)
     * @param columnHeader the column header, or null; a convention written in it applies to every cell
     * @param carried the conventions from the row above
     * @return the responsibility, the conventions to pass to the next row, and the cell's labelled
     *     fields that name no units
     */
    public ParseResult read(String text, String columnHeader, Conventions carried) {
        Objects.requireNonNull(carried, "carried");
        if (vocabulary != null) {
            return VocabularyScope.<ParseResult, RuntimeException>within(vocabulary,
                    () -> readWithWords(text, columnHeader, carried));
        }
        return readWithWords(text, columnHeader, carried);
    }

    private ParseResult readWithWords(String text, String columnHeader, Conventions carried) {
        String written = text == null ? "" : text;
        if (written.isBlank() || written.length() > maxLength) {
            return new ParseResult(Responsibility.ofText(written), carried);
        }
        ConventionText.Stripped header = ConventionText.strip(columnHeader);
        Role defaultRole = columnRole(header.text());
        ConventionText.Stripped cell = ConventionText.strip(written);
        Conventions inForce = carried.and(header.found()).and(cell.found());
        Conventions next = cell.found().carriedForward() ? carried.and(cell.found()) : carried;
        CellParser.Parsed parsed = cells.parse(cell.source(), defaultRole);
        List<Assignment> assignments = parsed.assignments();
        if (!inForce.isNone()) {
            assignments = applyConventions(assignments, inForce);
        }
        Responsibility r = Responsibility.builder().text(written).addAllAssignments(assignments).build();
        return new ParseResult(r, next, parsed.fields());
    }

    /** The first listed unit leads and the others support, when the cell itself names no role. */
    private static List<Assignment> applyConventions(List<Assignment> assignments, Conventions c) {
        if (!c.firstListedLeads() || assignments.isEmpty()
                || assignments.stream().anyMatch(a -> a.roleText().isPresent())) {
            return assignments;
        }
        List<Assignment> out = new ArrayList<>(assignments.size());
        boolean leadGiven = false;
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            if (a.unit().isPerson()) {
                out.add(a); // a leader named beside the units is not the unit listed first
            } else if (!leadGiven) {
                out.add(Assignment.of(a.unit(), Role.LEAD));
                leadGiven = true;
            } else {
                // the convention names one lead: the others are there to support it
                out.add(Assignment.of(a.unit(), Role.SUPPORT));
            }
        }
        return out;
    }

    /** @return the unit directory used for canonical names, if one was given */
    public java.util.Optional<UnitDirectory> directory() {
        return java.util.Optional.ofNullable(directory);
    }

    /**
     * @return the words set on the builder; when none were, a parser reads with the words of the
     *     ledger read under way ({@link org.taizhang.core.ReadOptions#vocabulary()}), else the shipped ones
     */
    public java.util.Optional<Vocabulary> vocabulary() {
        return java.util.Optional.ofNullable(vocabulary);
    }

    /** @return the longest text parsed, in characters */
    public int maxLength() {
        return maxLength;
    }

    /** Builds a {@link ResponsibilityParser}; not thread-safe. */
    public static final class Builder {
        private UnitDirectory directory;
        private int maxLength = DEFAULT_MAX_LENGTH;
        private Vocabulary vocabulary;

        private Builder() {}

        /**
         * The words to read with: a caller's role words ({@code 主抓} as lead), unit suffixes and
         * collectives beside the shipped ones.
         *
         * @param vocabulary the words, or null for those of the read under way
         * @return this builder
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            return this;
        }

        /**
         * Known units: their canonical names become the units' {@link org.taizhang.core.Unit#canonicalName()},
         * and known names are never split.
         *
         * @param directory the directory, or null for none
         * @return this builder
         */
        public Builder directory(UnitDirectory directory) {
            this.directory = directory;
            return this;
        }

        /**
         * @param maxLength the longest text parsed, in characters; longer text gives no assignments
         * @return this builder
         */
        public Builder maxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /** @return the parser */
        public ResponsibilityParser build() {
            return new ResponsibilityParser(this);
        }
    }
}
