package org.taizhang.core.internal.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Numbering;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code numbering.gap} ({@code 一、二、四}) and {@code numbering.disorder} ({@code 3} after {@code 5}, or
 * a number repeated) among the numbered sections of one style, and among the numbered tasks, of one
 * node. Each number is compared with the one before it; the first of a node is not judged, as a
 * ledger may go on numbering its tasks across sections.
 */
final class NumberingSequenceRule implements ValidationRule {
    static final String GAP = "numbering.gap";
    static final String DISORDER = "numbering.disorder";

    @Override
    public Map<String, Severity> codes() {
        Map<String, Severity> codes = new LinkedHashMap<>(); // in catalogue order
        codes.put(GAP, Severity.WARNING);
        codes.put(DISORDER, Severity.WARNING);
        return Collections.unmodifiableMap(codes);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (List<OutlineEntry<Section>> siblings : Siblings.of(context.sections())) {
            for (Numbering style : Numbering.values()) {
                if (style == Numbering.NONE) {
                    continue;
                }
                Previous prev = null;
                for (OutlineEntry<Section> e : siblings) {
                    Section s = e.item();
                    if (s.numbering() != style || s.number().isEmpty()) {
                        continue;
                    }
                    int v = OutlineNumbers.value(s.number().get());
                    if (v < 0) {
                        continue;
                    }
                    Optional<String[]> problem = judge(prev, v, style, s.number().get());
                    problem.ifPresent(p -> findings.section(p[0], e, p[1], p[2]));
                    prev = new Previous(v, s.number().get());
                }
            }
        }
        for (List<OutlineEntry<Task>> siblings : Siblings.of(context.tasks())) {
            Previous prev = null;
            for (OutlineEntry<Task> e : siblings) {
                Optional<String> number = e.item().number();
                int v = number.map(OutlineNumbers::value).orElse(-1);
                if (v < 0) {
                    continue;
                }
                Optional<String[]> problem = judge(prev, v, Numbering.ARABIC, number.get());
                problem.ifPresent(p -> findings.task(p[0], e, Task.NUMBER, p[1], p[2]));
                prev = new Previous(v, number.get());
            }
        }
    }

    /** @return the code, message and hint of a problem, or empty when the number follows on */
    private static Optional<String[]> judge(Previous prev, int v, Numbering style, String written) {
        if (prev == null || v == prev.value + 1) {
            return Optional.empty();
        }
        String was = style.format(written);
        String before = style.format(prev.written);
        String expected = "应为 " + OutlineNumbers.write(style, prev.value + 1, prev.written);
        if (v > prev.value + 1) {
            return Optional.of(new String[] {GAP, "编号 " + was + " 跳号：前一个是 " + before, expected});
        }
        return Optional.of(new String[] {DISORDER, "编号 " + was + " 排在 " + before + " 之后，顺序错乱", expected});
    }

    private static final class Previous {
        final int value;
        final String written;

        Previous(int value, String written) {
            this.value = value;
            this.written = written;
        }
    }
}
