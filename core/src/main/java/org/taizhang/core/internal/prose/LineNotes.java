package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the notes of units and deadlines, and document-wide statements, out of one line of a
 * task's text, leaving its content:
 *
 * <ul>
 *   <li>a bracket group that ends a sentence and reads as a {@link DutyNote}
 *       ({@code …公开。（县政府办牵头，各乡镇负责）}); a bracket right after a body's name
 *       ({@code 各乡镇（街道）}) is part of that name, and a bracket that reads as content
 *       ({@code （减材料、减环节、减时限）}) stays;
 *   <li>labelled fields from a line start or a sentence end on ({@code 责任单位：县政府办；完成时限：6月底前});
 *   <li>sentences or clauses that are a {@link WideStatement}.
 * </ul>
 */
final class LineNotes {
    private static final Pattern FIELD_START = Pattern.compile(
            "(?:^|(?<=[。；;，,\\s]))(?:牵头|责任|配合|主办|协办|协同|协助|参与|主体|负责|落实|完成|办结|截止|时间|时限)"
                    + "[\\u4e00-\\u9fff]{0,6}[:：]");
    private static final String NAME_END = "镇乡区县市旗盟省局委办部厅村队站所院";
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?]+[。；;！!？?]*");

    /** The line's content once the notes are out (may be empty). */
    final String text;
    /** The notes, in the order written. */
    final List<DutyNote> notes;
    /** The statements, in the order written. */
    final List<WideStatement> statements;

    private LineNotes(String text, List<DutyNote> notes, List<WideStatement> statements) {
        this.text = text;
        this.notes = notes;
        this.statements = statements;
    }

    /**
     * @param line a line of a task's text, or the text after a heading's mark
     * @return its content, notes and statements
     */
    static LineNotes take(String line) {
        List<DutyNote> notes = new ArrayList<>();
        List<WideStatement> statements = new ArrayList<>();
        if (line.length() > DeadlinePhrases.MAX_TEXT) {
            // no line of a plan is this long: kept as written, so reading stays linear
            return new LineNotes(line, notes, statements);
        }
        String text = line;
        List<Brackets.Group> groups = Brackets.endingSentences(text);
        for (int i = groups.size() - 1; i >= 0; i--) {
            Brackets.Group g = groups.get(i);
            Optional<DutyNote> note = DutyNote.read(g.inner(text), false);
            if (note.isEmpty() || attachedToName(text, g, note.get())) {
                continue;
            }
            notes.add(0, note.get());
            if (note.get().statement != null) {
                statements.add(0, note.get().statement);
            }
            text = text.substring(0, g.start) + text.substring(g.end);
        }
        Matcher field = FIELD_START.matcher(text);
        while (field.find()) {
            if (insideBrackets(text, field.start())) {
                continue;
            }
            Optional<DutyNote> note = DutyNote.read(text.substring(field.start()), true);
            if (note.isPresent()) {
                notes.add(note.get());
                text = text.substring(0, field.start());
                break;
            }
        }
        StringBuilder kept = new StringBuilder();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group();
            List<String> clauses = WideStatement.clauses(sentence);
            Optional<WideStatement> wide = WideStatement.find(clauses);
            if (wide.isEmpty()) {
                kept.append(sentence);
                continue;
            }
            statements.add(wide.get());
            List<String> rest = new ArrayList<>(clauses.subList(0, wide.get().from));
            rest.addAll(clauses.subList(wide.get().to, clauses.size()));
            if (!rest.isEmpty()) {
                String end = sentence.replaceAll("^.*?([。；;！!？?]*)$", "$1");
                kept.append(String.join("，", rest).replaceAll("[。；;！!？?]+$", "")).append(end);
            }
        }
        return new LineNotes(tidy(kept.toString()), notes, statements);
    }

    // 各乡镇（街道）: a bracket right after a body's name, holding only units, is part of the name
    private static boolean attachedToName(String text, Brackets.Group g, DutyNote note) {
        return g.start > 0 && NAME_END.indexOf(text.charAt(g.start - 1)) >= 0 && note.deadline == null
                && note.statement == null && note.remarks == null
                && note.responsibility().map(r -> !UnitNames.hasRoleWord(r)).orElse(false);
    }

    private static boolean insideBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (Brackets.opens(text.charAt(i)) >= 0) {
                depth++;
            } else if (Brackets.closes(text.charAt(i)) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    // punctuation left doubled or dangling where a note was taken out
    private static String tidy(String text) {
        return text.replaceAll("([，,；;、])\\s*([。；;！!？?])", "$2").replaceAll("^[，,；;。\\s]+", "")
                .replaceAll("[，,、\\s]+$", "").strip();
    }
}
