package org.taizhang.core.internal.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.SourceRef;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.calendar.WorkdayCalendar;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.TextLine;

/**
 * Layout analysis of ledger tables, the same for every format: finds each table's header, joins
 * tables split by page breaks, reads the title block, and builds the outline and tasks. See
 * {@code docs/layout.md} for the rules.
 */
public final class TableAssembler {

    private TableAssembler() {}

    /**
     * Builds the plan from a document with at least one non-empty table.
     *
     * @param doc the tables and paragraphs of one file
     * @param context the options, limits and file name
     * @return the plan
     * @throws LedgerException when no table holds a ledger, or a limit is passed
     */
    public static WorkPlan assemble(GridDocument doc, ReadContext context) throws LedgerException {
        String file = doc.fileName().or(context::fileName).orElse(null);
        ReadOptions options = context.options();
        List<String> titleLines = new ArrayList<>();
        List<String> otherSheetLines = new ArrayList<>();
        Map<Integer, List<TextLine>> headingsAbove = headingParagraphs(doc);
        List<LedgerRun> runs = LedgerRuns.find(doc, options, headingsAbove, titleLines, otherSheetLines);
        if (runs.isEmpty()) {
            throw context.error(null, "no ledger table found: no table has a header row"
                    + " such as 序号 / 任务名称 / 责任单位 / 完成时限");
        }
        Set<TextLine> sectionLines = new HashSet<>();
        for (LedgerRun run : runs) {
            for (LedgerRun.Part part : run.parts()) {
                sectionLines.addAll(part.headings());
            }
        }
        if (!sectionLines.isEmpty()) {
            keepLeadingHeadingsAfterTitle(doc, runs, titleLines, sectionLines);
        }
        for (TextLine line : doc.paragraphs()) {
            if (!sectionLines.contains(line)) {
                titleLines.add(line.text());
            }
        }
        TitleBlock title = titleBlock(titleLines);

        List<Layout> layouts = new ArrayList<>();
        for (LedgerRun run : runs) {
            layouts.add(Layout.of(run));
        }
        if (layouts.stream().noneMatch(Layout::looksLikeLedger)) {
            throw context.error(null, "no ledger table found: no table has a header row such as 序号 / 任务名称 /"
                    + " 责任单位 / 完成时限, nor a column of responsible units or deadlines");
        }
        TitleBlock signature = signature(layouts);
        // the file first (title, issue date, its deadlines), then the caller; never today's date
        Optional<LocalDate> fileIssuedOn = title.issuedOn().or(signature::issuedOn);
        Optional<Integer> year = title.year().or(() -> fileIssuedOn.map(LocalDate::getYear))
                .or(() -> PlanYear.mostCommonDeadlineYear(layouts)).or(options::year)
                .or(() -> options.issuedOn().map(LocalDate::getYear));
        Optional<LocalDate> issuedOn = fileIssuedOn.or(options::issuedOn);
        DeadlineReading deadlines = DeadlineReading.of(year, issuedOn,
                options.calendar().orElseGet(WorkdayCalendar::official));

        OutlineNode root = OutlineNode.root();
        boolean sectionPerSheet = runs.size() > 1 && runs.stream().allMatch(r -> r.sheet().isPresent());
        for (Layout layout : layouts) {
            OutlineNode target = root;
            if (sectionPerSheet) {
                String sheet = layout.run().sheet().orElseThrow();
                SourceRef.Builder src = SourceRef.builder().sheet(sheet);
                if (file != null) {
                    src.file(file);
                }
                target = root.add(new OutlineNode(null, Numbering.NONE, sheet, src.build()));
            }
            new RunAssembler(layout.run(), layout.rows(), layout.columnPlan(), target, context, file, deadlines)
                    .assemble();
        }

        WorkPlan.Builder plan = WorkPlan.builder();
        title.title().ifPresent(plan::title);
        titleLines.stream().filter(l -> !l.isBlank() && !title.isTitleLine(l))
                .forEach(plan::addNote);
        for (Layout l : layouts) {
            plan.addAllNotes(l.rows().noteLines());
            plan.addAllNotes(l.rows().footerLines());
        }
        plan.addAllNotes(otherSheetLines);
        title.issuer().or(signature::issuer).ifPresent(plan::issuer);
        year.ifPresent(plan::year);
        issuedOn.ifPresent(plan::issuedOn);
        if (file != null) {
            plan.source(SourceRef.ofFile(file));
        }
        for (Layout l : layouts) {
            plan.addTables(TableColumns.of(l.run(), l.columnPlan(), file));
        }
        for (OutlineNode s : root.sections()) {
            plan.addSections(s.build());
        }
        return plan.addAllTasks(root.tasks()).build();
    }

    /** The title block; {@code 续表} lines are kept as notes but never taken for the title. */
    private static TitleBlock titleBlock(List<String> lines) {
        return TitleBlock.of(lines.stream().filter(l -> !HeadingParagraphs.isContinuation(l))
                .collect(Collectors.toList()));
    }

    /**
     * The heading paragraphs ({@code 一、…}, {@code （一）…}) of a document that knows where its
     * paragraphs stand, keyed by the index of the grid below them: every heading between two
     * tables, and the headings right above the first table (nothing but headings and
     * {@code 续表} lines between them and the table).
     */
    private static Map<Integer, List<TextLine>> headingParagraphs(GridDocument doc) {
        Map<Integer, List<TextLine>> out = new HashMap<>();
        if (!doc.knowsParagraphOrder()) {
            return out;
        }
        List<TextLine> paragraphs = doc.paragraphs();
        int grids = doc.grids().size();
        for (int i = 0; i < paragraphs.size(); i++) {
            int before = doc.gridsBefore(i);
            if (before > 0 && before < grids && HeadingParagraphs.heading(paragraphs.get(i).text()).isPresent()) {
                out.computeIfAbsent(before, k -> new ArrayList<>()).add(paragraphs.get(i));
            }
        }
        List<TextLine> leading = new ArrayList<>();
        for (int i = paragraphs.size() - 1; i >= 0 && grids > 0; i--) {
            if (doc.gridsBefore(i) != 0) {
                continue;
            }
            String text = paragraphs.get(i).text();
            if (HeadingParagraphs.heading(text).isPresent()) {
                leading.add(0, paragraphs.get(i));
            } else if (!HeadingParagraphs.isContinuation(text)) {
                break;
            }
        }
        if (!leading.isEmpty()) {
            out.put(0, leading);
        }
        return out;
    }

    /**
     * Headings right above the document's first table open sections only when the document
     * heads its tables with paragraphs elsewhere too, or when they stand below the plan's title
     * ({@code 附件 / title / 一、… / table}). Otherwise (the last point of a notice standing above the
     * table) they stay title lines, as before.
     */
    private static void keepLeadingHeadingsAfterTitle(GridDocument doc, List<LedgerRun> runs,
            List<String> titleLines, Set<TextLine> sectionLines) {
        LedgerRun.Part first = null;
        boolean headingsElsewhere = false;
        for (LedgerRun run : runs) {
            for (LedgerRun.Part part : run.parts()) {
                if (part.grid() == doc.grids().get(0)) {
                    first = part;
                } else {
                    headingsElsewhere |= !part.headings().isEmpty();
                }
            }
        }
        if (first == null || first.headings().isEmpty() || headingsElsewhere) {
            return;
        }
        List<String> lines = new ArrayList<>(titleLines);
        for (TextLine line : doc.paragraphs()) {
            if (!sectionLines.contains(line)) {
                lines.add(line.text());
            }
        }
        Optional<String> title = titleBlock(lines).title();
        TextLine firstHeading = first.headings().get(0);
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            TextLine line = doc.paragraphs().get(i);
            if (line.equals(firstHeading)) {
                break;
            }
            if (title.isPresent() && Texts.label(line.text()).equals(title.get())) {
                return; // the title stands above them: they head the table
            }
        }
        sectionLines.removeAll(first.headings());
        first.dropHeadings();
    }

    /**
     * The signature below the tables ({@code 某县人民政府办公室  2022年7月5日}): its parts read like
     * title lines, and supply the issuer and issue date when the lines above the table do not.
     */
    private static TitleBlock signature(List<Layout> layouts) {
        List<String> parts = new ArrayList<>();
        for (Layout l : layouts) {
            for (String line : l.rows().footerLines()) {
                parts.addAll(List.of(line.split("\\s{2,}")));
            }
        }
        return TitleBlock.of(parts);
    }
}
