package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Responsibility;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * The note of a task's units and deadline, as offices write it in brackets after the task or on
 * lines of their own: {@code 县农业农村局牵头，各乡镇负责}, {@code 牵头单位:县卫健委、县医保局;责任单位:县直有关单位},
 * {@code 县文旅局牵头，9月底前完成}, {@code 责任单位：县政府办；完成时限：2023年6月底}.
 *
 * <p>Labelled fields ({@code 标签：值}) are told apart by their label: a label of time (时限, 时间,
 * 期限, 节点) gives the deadline, a label of units or roles (单位, 部门, 牵头, 配合, 责任…) gives units,
 * any other label is a remark. Unlabelled clauses are the deadline when they open with a deadline
 * phrase ({@code 9月底前完成}) or read as one ({@code 持续推进}, {@code 长期坚持}), a document-wide
 * statement when they are one ({@link WideStatement}), else units.
 *
 * <p>Text is such a note only when it has a label of units or time, or when everything it holds
 * reads as deadlines and bodies: {@code 减材料、减环节、减时限} or {@code 财预〔2023〕12号} are not
 * bodies, so such a bracket stays part of the content.
 */
final class DutyNote {
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[；;，,。．.\\s]))([\\u4e00-\\u9fff]{2,8})[:：]");
    private static final Pattern TIME_LABEL = Pattern.compile("(时限|时间|期限|节点|日期|进度安排|截止)$|^(时限|时间)");
    private static final Pattern UNIT_LABEL = Pattern.compile(
            "(单位|部门|科室|处室|领导|责任人|负责人|联系人|主体|牵头|配合|主办|协办|参与|协助|责任|分工)$|牵头|配合|责任单位");
    private static final String CLAUSE = "，,；;";
    private static final DeadlineContext PROBE = DeadlineContext.ofYear(2000);

    /** The units as written (fields and clauses joined by {@code ；}), or null. */
    final String units;
    /** The deadline as written, or null. */
    final String deadline;
    /** Labelled fields that are neither units nor time, or null. */
    final String remarks;
    /** A document-wide statement written in the note, or null. */
    final WideStatement statement;

    private DutyNote(String units, String deadline, String remarks, WideStatement statement) {
        this.units = units;
        this.deadline = deadline;
        this.remarks = remarks;
        this.statement = statement;
    }

    /**
     * @param units the units of one or more notes, joined
     * @return them read like a 责任单位 cell
     */
    static Responsibility parseUnits(String units) {
        return ResponsibilityParser.parse(units);
    }

    /**
     * @return the units of the note, read like a 责任单位 cell, if it names any
     */
    Optional<Responsibility> responsibility() {
        return units == null ? Optional.empty() : Optional.of(ResponsibilityParser.parse(units));
    }

    /**
     * Reads a bracket's text, or lines of labelled fields.
     *
     * @param text the text
     * @param requireLabel whether only labelled fields count (text that is not in brackets)
     * @return the note, if the text is one
     */
    static Optional<DutyNote> read(String text, boolean requireLabel) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (TIME_LABEL.matcher(label).find() || UNIT_LABEL.matcher(label).find()) {
                labels.add(new int[] {m.start(1), m.end()});
            } else if (!labels.isEmpty()) {
                // another label after a known one: 目标：… is a field of the same note
                labels.add(new int[] {m.start(1), m.end()});
            }
        }
        if (labels.isEmpty() && requireLabel) {
            return Optional.empty();
        }
        List<String> units = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        String unlabelled = labels.isEmpty() ? text : text.substring(0, labels.get(0)[0]);
        WideStatement statement = null;
        if (!unlabelled.isBlank()) {
            List<String> clauses = Brackets.splitOutside(unlabelled, CLAUSE);
            Optional<WideStatement> wide = WideStatement.find(clauses);
            for (int i = 0; i < clauses.size(); i++) {
                String clause = clauses.get(i);
                if (wide.isPresent() && i >= wide.get().from && i < wide.get().to) {
                    continue;
                }
                Optional<String> time = deadlineOf(clause);
                if (time.isPresent()) {
                    deadlines.add(time.get());
                } else {
                    units.add(clause);
                }
            }
            statement = wide.orElse(null);
            if (units.size() == clauses.size()) {
                // nothing taken out: the units as written, separators and all
                units = new ArrayList<>(List.of(unlabelled.strip().replaceAll("[；;，,。．.\\s]+$", "")));
            } else if (units.size() > 1) {
                units = new ArrayList<>(List.of(String.join("，", units)));
            }
            if (!units.isEmpty() && (requireLabel || !labels.isEmpty() && !readsAsUnits(String.join("，", units)))) {
                // text before the first label that is not a note: the labels are not a note either
                return Optional.empty();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String label = text.substring(l[0], l[1] - 1);
            String field = text.substring(l[0], end).replaceAll("[；;，,。．.\\s]+$", "");
            String value = text.substring(l[1], end).replaceAll("[；;，,。．.\\s]+$", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (TIME_LABEL.matcher(label).find()) {
                deadlines.add(value);
            } else if (UNIT_LABEL.matcher(label).find()) {
                units.add(field);
            } else {
                remarks.add(field);
            }
        }
        String unitText = units.isEmpty() ? null : String.join("；", units);
        if (labels.isEmpty() && unitText != null && !readsAsUnits(unitText)) {
            return Optional.empty();
        }
        if (unitText == null && deadlines.isEmpty() && statement == null) {
            return Optional.empty();
        }
        return Optional.of(new DutyNote(unitText, deadlines.isEmpty() ? null : String.join("，", deadlines),
                remarks.isEmpty() ? null : String.join("；", remarks), statement));
    }

    // 9月底前完成 → 9月底前; 持续推进 → 持续推进
    private static Optional<String> deadlineOf(String clause) {
        Optional<DeadlinePhrases.Phrase> p = DeadlinePhrases.opening(clause);
        if (p.isPresent()) {
            return Optional.of(p.get().text);
        }
        Deadline d = Deadline.parse(clause, PROBE);
        // dates are found by the phrase finder above; a bare year (2022年版, 2021—2025年) is no deadline
        boolean time = d.kind() == DeadlineKind.ONGOING || d.kind() == DeadlineKind.VAGUE
                || d.kind() == DeadlineKind.RECURRING;
        return time && clause.length() <= 12 && !UnitNames.allUnits(ResponsibilityParser.parse(clause))
                ? Optional.of(clause) : Optional.empty();
    }

    private static boolean readsAsUnits(String text) {
        return UnitNames.allUnits(ResponsibilityParser.parse(text));
    }
}
