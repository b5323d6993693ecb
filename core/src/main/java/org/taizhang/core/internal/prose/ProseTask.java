package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Responsibility;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.table.TextLine;

/**
 * Builds one task from its heading and lines of prose.
 *
 * <ul>
 *   <li>Notes in brackets or labelled fields ({@link LineNotes}) are taken out of the content and
 *       give the responsibility and the deadline as written.
 *   <li>With no note of units, the units named in the sentences ({@link SentenceUnits}) are the
 *       responsibility, recorded in {@link Task#inferred()}.
 *   <li>With no note of time, the first deadline phrase that governs the text
 *       ({@link DeadlinePhrases#governing}) is the deadline; when it opens the content
 *       ({@code 11月底前，完成…}) it is cut from it.
 *   <li>Units of document-wide statements met before the task are added as responsible, inferred;
 *       the statements of this task count from the next one on and go to the plan's notes.
 * </ul>
 */
final class ProseTask {
    private final String fileName;
    private final DeadlineContext deadlineContext;
    private final WideUnits wide;
    private final List<String> planNotes;

    ProseTask(String fileName, DeadlineContext deadlineContext, WideUnits wide, List<String> planNotes) {
        this.fileName = fileName;
        this.deadlineContext = deadlineContext;
        this.wide = wide;
        this.planNotes = planNotes;
    }

    /**
     * @param number the number as written, or null
     * @param name the heading (notes already out), or null
     * @param heading the heading's line, or null for a task of plain paragraphs
     * @param text the lines of the task's text
     * @param title the notes of the heading's line, or null
     * @param fromAbove notes of the point above, for an item with none of its own, or null
     * @return the task, or null when nothing but notes was written
     */
    Task build(String number, String name, TextLine heading, List<TextLine> text, LineNotes title,
            List<DutyNote> fromAbove) {
        List<DutyNote> notes = new ArrayList<>();
        List<WideStatement> statements = new ArrayList<>();
        if (title != null) {
            notes.addAll(title.notes);
            statements.addAll(title.statements);
        }
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : text) {
            LineNotes taken = LineNotes.take(line.text());
            notes.addAll(taken.notes);
            statements.addAll(taken.statements);
            if (!taken.text.isEmpty()) {
                lines.add(new TextLine(taken.text, line.place(), line.number()));
            }
        }
        boolean named = name != null && !name.isBlank();
        TextLine first = heading != null ? heading : text.isEmpty() ? null : text.get(0);
        statements.forEach(w -> planNotes.add(w.text));
        if (first == null || !named && lines.isEmpty() && (number == null || statements.isEmpty())) {
            wide.addAll(statements);
            return null;
        }
        boolean onlyStatement = !named && lines.isEmpty();
        if (onlyStatement) {
            // a numbered point that is only a statement stays in the outline, its text as written
            StringBuilder written = new StringBuilder();
            statements.forEach(w -> written.append(w.text));
            lines.add(new TextLine(written.toString(), first.place(), first.number()));
        }
        Set<String> inferred = new HashSet<>();
        boolean ownNotes = !notes.isEmpty();

        Task.Builder t = Task.builder();
        SourceRef.Builder ref = SourceRef.builder().row(first.number());
        if (fileName != null) {
            ref.file(fileName);
        }
        if (number != null) {
            t.number(number);
        }
        if (named) {
            t.name(name);
            ref.putCell(Task.NAME, heading.place());
        }
        String place = lines.isEmpty() ? heading.place() : lines.get(0).place();
        String written = joined(lines);
        String content = written;

        Optional<String> noteDeadline = notes.stream().filter(n -> n.deadline != null).map(n -> n.deadline)
                .findFirst();
        Optional<DeadlinePhrases.Phrase> opening = DeadlinePhrases.opening(written)
                .filter(o -> DeadlinePhrases.governing(written).map(p -> p.start).orElse(-1) == o.start);
        Optional<DeadlinePhrases.Phrase> inName = named ? DeadlinePhrases.governing(name) : Optional.empty();
        Deadline deadline = null;
        if (noteDeadline.isPresent()) {
            deadline = parse(noteDeadline.get());
        } else if (inName.isPresent()) {
            deadline = parse(inName.get().text);
        } else if (opening.isPresent()) {
            deadline = parse(opening.get().text);
        } else {
            deadline = DeadlinePhrases.governing(written).map(p -> parse(p.text)).orElse(null);
        }
        if (deadline == null && !ownNotes && fromAbove != null) {
            Optional<String> above = fromAbove.stream().filter(n -> n.deadline != null).map(n -> n.deadline)
                    .findFirst();
            if (above.isPresent()) {
                deadline = parse(above.get());
                inferred.add(Task.DEADLINE);
            }
        }
        if (opening.isPresent() && inName.isEmpty()) {
            // 11月底前，完成…: the phrase opening the text is the deadline, the rest the content
            String rest = content.substring(opening.get().end).replaceFirst("^[，,、\\s]+", "");
            if (!rest.replaceAll("[\\p{P}\\s]", "").isEmpty()) {
                content = rest;
            }
        }
        if (!content.isEmpty()) {
            t.content(content);
            ref.putCell(Task.CONTENT, place);
        }
        if (deadline != null) {
            t.deadline(deadline);
            ref.putCell(Task.DEADLINE, place);
        }

        List<String> unitTexts = new ArrayList<>();
        notes.stream().filter(n -> n.units != null).forEach(n -> unitTexts.add(n.units));
        Responsibility responsibility = null;
        if (!unitTexts.isEmpty()) {
            responsibility = DutyNote.parseUnits(String.join("；", unitTexts));
        } else if (!onlyStatement) {
            String analysed = named ? (content.isEmpty() ? name : name + "。" + content) : content;
            Optional<Responsibility> read = SentenceUnits.read(analysed);
            if (read.isPresent()) {
                responsibility = read.get();
                inferred.add(Task.RESPONSIBILITY);
            } else if (!ownNotes && fromAbove != null) {
                // a note on the heading above, for a task that names no units itself
                List<String> above = new ArrayList<>();
                fromAbove.stream().filter(n -> n.units != null).forEach(n -> above.add(n.units));
                if (!above.isEmpty()) {
                    responsibility = DutyNote.parseUnits(String.join("；", above));
                    inferred.add(Task.RESPONSIBILITY);
                }
            }
        }
        List<Assignment> extra = wide.assignments();
        if (!extra.isEmpty()) {
            responsibility = withWide(responsibility, extra);
            inferred.add(Task.RESPONSIBILITY);
        }
        if (responsibility != null) {
            t.responsibility(responsibility);
            ref.putCell(Task.RESPONSIBILITY, place);
        }
        notes.stream().filter(n -> n.remarks != null).map(n -> n.remarks).reduce((a, b) -> a + "；" + b)
                .ifPresent(t::remarks);
        t.addAllInferred(inferred);
        wide.addAll(statements);
        return t.source(ref.build()).build();
    }

    private Deadline parse(String phrase) {
        return deadlineContext == null ? Deadline.unparsed(phrase) : Deadline.parse(phrase, deadlineContext);
    }

    // the statements' units after the task's own, those already named left out
    private Responsibility withWide(Responsibility own, List<Assignment> extra) {
        Set<String> named = new HashSet<>();
        List<Assignment> all = new ArrayList<>();
        if (own != null) {
            own.assignments().forEach(a -> named.add(a.unit().name()));
            all.addAll(own.assignments());
        }
        List<String> added = new ArrayList<>();
        for (Assignment a : extra) {
            if (named.add(a.unit().name())) {
                all.add(a);
                added.add(a.unit().name());
            }
        }
        String text = own == null ? String.join("、", added)
                : added.isEmpty() ? own.text() : own.text() + "；" + String.join("、", added);
        return Responsibility.builder().text(text).addAllAssignments(all).build();
    }

    private static String joined(List<TextLine> lines) {
        StringBuilder content = new StringBuilder();
        for (TextLine line : lines) {
            content.append(content.length() == 0 ? "" : "\n").append(line.text());
        }
        return content.toString();
    }
}
