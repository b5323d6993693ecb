package org.taizhang.core.internal.validation;

import java.util.List;
import org.taizhang.core.Task;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationRule;

/** The standard catalogue of DESIGN.md, in catalogue order. */
public final class StandardRules {
    private static final List<ValidationRule> ALL = List.of(
            new ColumnMissingRule(),
            new EmptyFieldRule("task.no-content", Severity.ERROR, Task.CONTENT),
            new EmptyFieldRule("task.no-unit", Severity.ERROR, Task.RESPONSIBILITY),
            new EmptyFieldRule("task.no-deadline", Severity.WARNING, Task.DEADLINE),
            new UnparsedDeadlineRule(),
            new VagueDeadlineRule(),
            new InvalidDateRule(),
            new BeforeIssueRule(),
            new OutsidePlanYearRule(),
            new SupportWithoutLeadRule(),
            new ManyLeadsRule(),
            new UnknownUnitRule(),
            new NotAUnitRule(),
            new NumberingSequenceRule(),
            new MixedWidthRule(),
            new DuplicateTaskRule(),
            new StatusContradictionRule(),
            new OverdueRule(),
            new OddRowRule(),
            new InferredValueRule(),
            new NoYearRule());

    private StandardRules() {}

    /** @return the standard rules; immutable, stateless and thread-safe */
    public static List<ValidationRule> all() {
        return ALL;
    }
}
