package org.taizhang.core.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code numbering.mixed-width}: siblings whose numbers mix full-width and half-width digits
 * ({@code １} beside {@code 2}). The first number that differs from the first of its node is reported.
 * The model keeps numbers without their brackets, so {@code （一）} beside {@code (二)} is not seen here.
 */
final class MixedWidthRule implements ValidationRule {
    static final String CODE = "numbering.mixed-width";

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.INFO);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (List<OutlineEntry<Section>> siblings : Siblings.of(context.sections())) {
            Boolean full = null;
            for (OutlineEntry<Section> e : siblings) {
                Optional<Boolean> w = width(e.item().number());
                if (w.isPresent()) {
                    if (full == null) {
                        full = w.get();
                    } else if (!full.equals(w.get())) {
                        findings.section(CODE, e, message(e.item().number().get(), full), null);
                        break;
                    }
                }
            }
        }
        for (List<OutlineEntry<Task>> siblings : Siblings.of(context.tasks())) {
            Boolean full = null;
            for (OutlineEntry<Task> e : siblings) {
                Optional<Boolean> w = width(e.item().number());
                if (w.isPresent()) {
                    if (full == null) {
                        full = w.get();
                    } else if (!full.equals(w.get())) {
                        findings.task(CODE, e, Task.NUMBER, message(e.item().number().get(), full), null);
                        break;
                    }
                }
            }
        }
    }

    /** @return true for full-width digits, false for half-width, empty for a number with neither or both */
    private static Optional<Boolean> width(Optional<String> number) {
        if (number.isEmpty()) {
            return Optional.empty();
        }
        boolean full = OutlineNumbers.fullWidth(number.get());
        boolean half = OutlineNumbers.halfWidth(number.get());
        return full == half ? Optional.empty() : Optional.of(full);
    }

    private static String message(String number, boolean firstFull) {
        return "编号 " + number + " 用" + (firstFull ? "半角" : "全角") + "数字，同级编号用" + (firstFull ? "全角" : "半角");
    }
}
