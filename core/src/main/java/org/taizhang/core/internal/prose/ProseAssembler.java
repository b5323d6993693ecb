package org.taizhang.core.internal.prose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.calendar.WorkdayCalendar;
import org.taizhang.core.internal.table.OutlineNumber;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/**
 * The outline of a prose document (a 工作要点 published as text, with no table).
 *
 * <ul>
 *   <li>The lines before the first part or point are the head: the issuing notice
 *       ({@code X关于印发《Y》的通知} gives the issuer X), the title line (the one equal to Y, else
 *       the first short line naming 要点/计划/方案…), the date line ({@code 2022年6月30日}, the issue
 *       date), and a preamble. They set the plan's title, issuer, year and issue date and are not
 *       tasks.
 *   <li>{@code 一、} starts a part: a {@link Section} ({@link Numbering#CN_COMMA}).
 *   <li>{@code （一）} or {@code (一)} starts a point, whose following paragraphs are its text. A point
 *       is one {@link Task}: number {@code 一}, name the heading, content the paragraphs. A point
 *       whose text is split into items ({@code 1.}, {@code （1）}, {@code ①}) is instead a
 *       {@link Section} ({@link Numbering#CN_PAREN}) holding one task per item (and one for the
 *       text before the first item).
 *   <li>Items or paragraphs directly under a part, or in a document with no parts, are tasks where
 *       they stand.
 *   <li>The closing lines (from {@code 附件}, {@code 抄送}, {@code （此件…）} or a date line after the
 *       outline, with the signature line just above a date) form a last {@link Section} with no
 *       number, titled by its first line, each further line a task; they also give the issuer and
 *       issue date when the head did not.
 * </ul>
 *
 * <p>A heading may share its line with its text ({@code （一）标题。正文…}, see {@link Heading}); a
 * document numbered only {@code 1.} {@code 2.} has its items as plan tasks; web page furniture
 * ({@code 来源：}, {@code 【打印】【关闭】}, see {@link PageFurniture}) is kept as notes wherever it
 * stands.
 *
 * <p>Inside a task's text, a clear deadline phrase becomes its deadline and the bodies that open a
 * clause before 要 its responsibility; a note in brackets after the text names them outright (see
 * {@link ProseTask}). A part that states aims ({@code 一、指导思想}, see {@link AimsTitle}) has no tasks:
 * its text is kept in the plan's notes.
 */
public final class ProseAssembler {
    /** Punctuation a prose heading may put after its mark ({@code （一）、标题}); not part of the title. */
    private static final String AFTER_MARK = "^[、,，．.]\\s*";
    private static final Pattern CLOSING = Pattern.compile(
            "^(附件|附表|抄送|抄报|主送|联系人|联系电话|[（(]此件)");
    private static final int MAX_HEADING = 40;

    private final String fileName;
    private final DeadlineContext deadlineContext;
    /** Units given to every following task by document-wide statements met so far. */
    private final WideUnits wide = new WideUnits();
    /** Notes of the plan found in its body: aims parts and statements. */
    private final List<String> bodyNotes = new ArrayList<>();

    private ProseAssembler(String fileName, DeadlineContext deadlineContext) {
        this.fileName = fileName;
        this.deadlineContext = deadlineContext;
    }

    /**
     * Builds the plan of a document from its paragraphs.
     *
     * @param doc the paragraphs (its grids, if any, are empty)
     * @param context the options and the file name
     * @return the plan
     * @throws LedgerException when the read has run out of time
     */
    public static WorkPlan assemble(GridDocument doc, ReadContext context) throws LedgerException {
        List<TextLine> all = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        List<TextLine> furniture = new ArrayList<>();
        Set<Integer> furnitureLines = new HashSet<>();
        for (TextLine raw : doc.paragraphs()) {
            TextLine line = trimmed(raw);
            if (line.text().isEmpty()) {
                continue;
            }
            all.add(line);
            // web page furniture (来源：, 【打印】【关闭】…) is a note wherever it stands
            if (PageFurniture.is(line.text())) {
                furniture.add(line);
                furnitureLines.add(line.number());
            } else {
                lines.add(line);
            }
        }
        int bodyStart = firstMark(lines);
        DocumentHead head;
        int from;
        if (bodyStart >= 0) {
            head = DocumentHead.ofFront(lines.subList(0, bodyStart));
            from = bodyStart;
        } else {
            // no outline at all: every line after the title is a task
            head = DocumentHead.ofFront(lines);
            from = head.titleIndex + 1;
        }
        int closingStart = closingStart(lines, from, bodyStart >= 0);
        List<TextLine> closing = lines.subList(closingStart, lines.size());
        head.addClosing(closing);
        head.addFurniture(furniture);

        ReadOptions options = context.options();
        // the document first, then the caller; never today's date
        Optional<LocalDate> issued = Optional.ofNullable(head.issuedOn)
                .or(() -> Optional.ofNullable(head.publishedOn)).or(options::issuedOn);
        Optional<Integer> year = head.titleYear()
                .or(() -> Optional.ofNullable(head.issuedOn).map(LocalDate::getYear)).or(options::year);
        WorkdayCalendar calendar = options.calendar().orElseGet(WorkdayCalendar::official);
        DeadlineContext dc = year.map(y -> issued.map(d -> DeadlineContext.ofYear(y).withIssuedOn(d))
                .orElse(DeadlineContext.ofYear(y)).withCalendar(calendar)).orElse(null);

        String fileName = doc.fileName().orElse(null);
        WorkPlan.Builder plan = WorkPlan.builder();
        if (fileName != null) {
            plan.source(SourceRef.ofFile(fileName));
        }
        if (head.title != null) {
            plan.title(head.title);
        }
        // the head (furniture in it included) in document order, then the furniture further down
        int headEnd = from < lines.size() ? lines.get(from).number() : Integer.MAX_VALUE;
        for (TextLine line : all) {
            boolean inHead = line.number() < headEnd;
            if (inHead && !line.text().equals(head.title) || !inHead && furnitureLines.contains(line.number())) {
                plan.addNote(line.text());
            }
        }
        if (head.issuer != null) {
            plan.issuer(head.issuer);
        }
        year.ifPresent(plan::year);
        issued.ifPresent(plan::issuedOn);

        ProseAssembler assembler = new ProseAssembler(fileName, dc);
        for (TextLine line : lines.subList(0, from)) {
            assembler.wide.addAll(LineNotes.take(line.text()).statements);
        }
        assembler.build(lines.subList(from, closingStart), plan, context);
        assembler.bodyNotes.forEach(plan::addNote);
        if (!closing.isEmpty()) {
            plan.addSection(assembler.closingSection(closing));
        }
        WorkPlan built = plan.build();
        return options.units().map(d -> KnownNames.apply(built, d)).orElse(built);
    }

    // web text pads with no-break and ideographic spaces, which String.strip leaves in part
    private static TextLine trimmed(TextLine line) {
        String t = line.text();
        int b = 0;
        int e = t.length();
        while (b < e && isPadding(t.charAt(b))) {
            b++;
        }
        while (e > b && isPadding(t.charAt(e - 1))) {
            e--;
        }
        return b == 0 && e == t.length() ? line : new TextLine(t.substring(b, e), line.place(), line.number());
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /**
     * Whether a text looks like a work-points document, for format detection.
     *
     * @param text the first part of a document
     * @return true when some line starts with a part mark {@code 一、} and some with a point mark
     *     {@code （一）}
     */
    public static boolean looksLikeWorkPoints(String text) {
        boolean part = false;
        boolean point = false;
        for (String line : text.split("\\R")) {
            Optional<OutlineNumber> mark = OutlineNumber.parse(line);
            if (mark.isPresent()) {
                part |= mark.get().isPart();
                point |= mark.get().isPoint();
            }
        }
        return part && point;
    }

    // the first part or point; in a document numbered only 1. 2. …, the first of two items
    private static int firstMark(List<TextLine> lines) {
        int firstItem = -1;
        int items = 0;
        for (int i = 0; i < lines.size(); i++) {
            Optional<OutlineNumber> m = OutlineNumber.parse(lines.get(i).text());
            if (m.isPresent() && !m.get().isItem()) {
                return i;
            }
            if (m.isPresent() && items++ == 0) {
                firstItem = i;
            }
        }
        return items >= 2 ? firstItem : -1;
    }

    // the closing lines start at 附件, 抄送… or a date line, with the signature just above a date
    private static int closingStart(List<TextLine> lines, int from, boolean fromHeading) {
        int first = fromHeading ? from + 1 : from;
        // they come after the last part or point heading: a date line inside the outline is text
        for (int i = lines.size() - 1; i >= first; i--) {
            Optional<OutlineNumber> m = OutlineNumber.parse(lines.get(i).text());
            if (m.isPresent() && !m.get().isItem()) {
                first = i + 1;
                break;
            }
        }
        for (int i = first; i < lines.size(); i++) {
            String t = lines.get(i).text();
            boolean date = DocumentHead.dateLine(t).isPresent();
            if (date || CLOSING.matcher(t).find()) {
                boolean signatureAbove = date && i - 1 >= first
                        && DocumentHead.looksLikeIssuer(lines.get(i - 1).text());
                return signatureAbove ? i - 1 : i;
            }
        }
        return lines.size();
    }

    /** Text gathered under one heading: a part, a point, or the plan itself. */
    private static final class Block {
        final OutlineNumber mark;
        final TextLine heading;
        final List<TextLine> text = new ArrayList<>();
        final List<Block> items = new ArrayList<>();
        Numbering itemStyle;

        Block(OutlineNumber mark, TextLine heading) {
            this.mark = mark;
            this.heading = heading;
        }

        /** Adds a line to the current item, else to this block's own text. */
        void addText(TextLine line) {
            if (items.isEmpty()) {
                text.add(line);
            } else {
                items.get(items.size() - 1).text.add(line);
            }
        }

        /** Starts an item when it has this block's item style; otherwise it is text. */
        void addItem(OutlineNumber item, TextLine line) {
            if (itemStyle == null) {
                itemStyle = item.numbering();
            }
            if (item.numbering() == itemStyle) {
                items.add(new Block(item, line));
            } else {
                addText(line);
            }
        }
    }

    private void build(List<TextLine> body, WorkPlan.Builder plan, ReadContext context)
            throws LedgerException {
        Block root = new Block(null, null);
        List<Block> parts = new ArrayList<>();
        List<List<Block>> pointsOfPart = new ArrayList<>();
        List<Block> rootPoints = new ArrayList<>();
        Block part = null;
        Block point = null;
        int n = 0;
        for (TextLine line : body) {
            if ((++n & 1023) == 0) {
                context.checkTime(line.place());
            }
            Optional<OutlineNumber> mark = OutlineNumber.parse(line.text());
            if (mark.isPresent() && mark.get().isPart()) {
                part = new Block(mark.get(), line);
                parts.add(part);
                pointsOfPart.add(new ArrayList<>());
                point = null;
            } else if (mark.isPresent() && mark.get().isPoint()) {
                point = new Block(mark.get(), line);
                (part == null ? rootPoints : pointsOfPart.get(pointsOfPart.size() - 1)).add(point);
            } else {
                Block target = point != null ? point : part != null ? part : root;
                if (mark.isPresent()) {
                    target.addItem(mark.get(), line);
                } else {
                    target.addText(line);
                }
            }
        }
        for (Task t : looseTasks(root, List.of())) {
            plan.addTask(t);
        }
        for (Block p : rootPoints) {
            // with no parts, a point may state the aims: （一）指导思想
            Heading h = Heading.ofHeadingLine(LineNotes.take(p.mark.title().replaceFirst(AFTER_MARK, "")).text);
            if (h.name != null && AimsTitle.is(h.name)) {
                plan.addSection(aimsPart(p, List.of(), h, Numbering.CN_PAREN));
            } else {
                addPoint(p, plan::addSection, plan::addTask, List.of());
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            addPart(parts.get(i), pointsOfPart.get(i), plan);
        }
    }

    // 一、标题 (or 一、标题。正文…): a section; a part that is one sentence of work with nothing
    // under it is a task of the plan
    private void addPart(Block p, List<Block> points, WorkPlan.Builder plan) {
        LineNotes title = LineNotes.take(p.mark.title().replaceFirst(AFTER_MARK, ""));
        Heading h = Heading.ofHeadingLine(title.text);
        if (h.name != null && AimsTitle.is(h.name)) {
            plan.addSection(aimsPart(p, points, h, Numbering.CN_COMMA));
            return;
        }
        if (h.name == null && points.isEmpty() && p.items.isEmpty()) {
            List<TextLine> text = new ArrayList<>();
            text.add(new TextLine(h.body, p.heading.place(), p.heading.number()));
            text.addAll(p.text);
            addIfAny(task(p.mark.number(), null, p.heading, text, title, null), plan::addTask);
            return;
        }
        Section.Builder section = Section.builder().number(p.mark.number()).numbering(Numbering.CN_COMMA)
                .title(h.name != null ? h.name : h.body).source(lineRef(p.heading));
        if (h.name != null && !h.body.isEmpty()) {
            // the part's own text after its heading is a task like its other paragraphs
            addIfAny(task(null, null, null,
                    List.of(new TextLine(h.body, p.heading.place(), p.heading.number())), title, null),
                    section::addTask);
        }
        for (Task t : looseTasks(p, title.notes)) {
            section.addTask(t);
        }
        for (Block pt : points) {
            addPoint(pt, section::addSection, section::addTask, title.notes);
        }
        plan.addSection(section.build());
    }

    private void addPoint(Block point, Consumer<Section> sections, Consumer<Task> tasks, List<DutyNote> fromPart) {
        // （一）加强政策解读。具体内容…: the heading ends at the first full stop
        LineNotes title = LineNotes.take(point.mark.title().replaceFirst(AFTER_MARK, ""));
        Heading h = Heading.ofHeadingLine(title.text);
        List<TextLine> text = new ArrayList<>();
        if (!h.body.isEmpty()) {
            text.add(new TextLine(h.body, point.heading.place(), point.heading.number()));
        }
        text.addAll(point.text);
        if (point.items.isEmpty()) {
            addIfAny(task(point.mark.number(), h.name, point.heading, text, title, fromPart), tasks);
            return;
        }
        Section.Builder section = Section.builder().number(point.mark.number())
                .numbering(Numbering.CN_PAREN).source(lineRef(point.heading));
        if (h.name != null) {
            section.title(h.name);
        } else {
            // a point without a heading: its first sentence titles the section, its text stays a task
            section.title(h.body);
            text.remove(0);
        }
        if (!text.isEmpty()) {
            addIfAny(task(null, null, null, text, null, null), section::addTask);
        }
        // a note on the point's heading (else the part's) holds for its items that have none of their own
        for (Block item : point.items) {
            addIfAny(itemTask(item, title.notes.isEmpty() ? fromPart : title.notes), section::addTask);
        }
        sections.accept(section.build());
    }

    // the text of a part or the plan outside any point: paragraphs, then items
    private List<Task> looseTasks(Block block, List<DutyNote> fromAbove) {
        List<Task> out = new ArrayList<>();
        for (TextLine line : block.text) {
            addIfAny(task(null, null, null, List.of(line), null, fromAbove), out::add);
        }
        for (Block item : block.items) {
            addIfAny(itemTask(item, fromAbove), out::add);
        }
        return out;
    }

    private Task itemTask(Block item, List<DutyNote> fromPoint) {
        LineNotes title = LineNotes.take(item.mark.title().replaceFirst(AFTER_MARK, ""));
        Heading h = Heading.ofItemLine(title.text, !item.text.isEmpty());
        List<TextLine> text = new ArrayList<>();
        if (!h.body.isEmpty()) {
            text.add(new TextLine(h.body, item.heading.place(), item.heading.number()));
        }
        text.addAll(item.text);
        return task(item.mark.number(), h.name, item.heading, text, title, fromPoint);
    }

    private static void addIfAny(Task task, Consumer<Task> to) {
        if (task != null) {
            to.accept(task);
        }
    }

    // 一、指导思想: a part stating aims has no tasks; its text is kept in the plan's notes
    private Section aimsPart(Block p, List<Block> points, Heading h, Numbering numbering) {
        int first = bodyNotes.size();
        bodyNotes.add(p.heading.text());
        p.text.forEach(l -> bodyNotes.add(l.text()));
        for (Block item : p.items) {
            bodyNotes.add(item.heading.text());
            item.text.forEach(l -> bodyNotes.add(l.text()));
        }
        Section.Builder section = Section.builder().number(p.mark.number()).numbering(numbering)
                .title(h.name).source(lineRef(p.heading));
        for (Block pt : points) {
            bodyNotes.add(pt.heading.text());
            pt.text.forEach(l -> bodyNotes.add(l.text()));
            for (Block item : pt.items) {
                bodyNotes.add(item.heading.text());
                item.text.forEach(l -> bodyNotes.add(l.text()));
            }
            Heading ph = Heading.ofHeadingLine(pt.mark.title().replaceFirst(AFTER_MARK, ""));
            section.addSection(Section.builder().number(pt.mark.number()).numbering(Numbering.CN_PAREN)
                    .title(ph.name != null ? ph.name : ph.body).source(lineRef(pt.heading)).build());
        }
        for (String note : bodyNotes.subList(first, bodyNotes.size())) {
            wide.addAll(LineNotes.take(note).statements);
        }
        return section.build();
    }

    private Task task(String number, String name, TextLine heading, List<TextLine> text, LineNotes title,
            List<DutyNote> fromAbove) {
        return new ProseTask(fileName, deadlineContext, wide, bodyNotes)
                .build(number, name, heading, text, title, fromAbove);
    }

    private Section closingSection(List<TextLine> closing) {
        TextLine first = closing.get(0);
        Section.Builder section = Section.builder().title(first.text()).source(lineRef(first));
        for (TextLine line : closing.subList(1, closing.size())) {
            SourceRef.Builder ref = SourceRef.builder().from(lineRef(line)).putCell(Task.CONTENT,
                    line.place());
            section.addTask(Task.builder().content(line.text()).source(ref.build()).build());
        }
        return section.build();
    }

    private SourceRef lineRef(TextLine line) {
        SourceRef.Builder ref = SourceRef.builder().row(line.number());
        if (fileName != null) {
            ref.file(fileName);
        }
        return ref.build();
    }
}
