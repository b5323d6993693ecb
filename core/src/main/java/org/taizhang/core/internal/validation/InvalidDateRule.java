package org.taizhang.core.internal.validation;

import java.util.Map;
import java.util.Optional;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.internal.deadline.DeadlineParser;
import org.taizhang.core.internal.deadline.Lexicon;
import org.taizhang.core.validation.Findings;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.ValidationContext;
import org.taizhang.core.validation.ValidationRule;

/**
 * {@code deadline.invalid-date}: an unparsed phrase that names a date that does not exist
 * ({@code 2022年13月底前}, {@code 2月30日}). The reader keeps such a phrase {@code UNPARSED} rather
 * than moving it to a day that exists; this rule says why, quoting the date as the deadline parser
 * found it ({@link DeadlineParser#impossibleDate}), so that reader and rule judge dates alike.
 */
final class InvalidDateRule implements ValidationRule {
    static final String CODE = "deadline.invalid-date";
    /** Any leap year: with no plan year, {@code 2月29日} is taken to exist, as the reader takes it. */
    private static final int ANY_LEAP_YEAR = 2000;

    @Override
    public Map<String, Severity> codes() {
        return Map.of(CODE, Severity.ERROR);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        DeadlineContext dates = dateContext(context.plan().year().orElse(null));
        // the words are found once for the plan, not once per phrase
        Lexicon lexicon = DeadlineParser.lexicon(dates);
        for (OutlineEntry<Task> e : context.tasks()) {
            e.item().deadline().ifPresent(d -> Fields.eachClause(d, clause -> {
                if (clause.kind() != DeadlineKind.UNPARSED) {
                    return;
                }
                Optional<String> bad = DeadlineParser.impossibleDate(clause.text(), dates, lexicon);
                bad.ifPresent(date -> findings.task(CODE, e, Task.DEADLINE,
                        "完成时限 " + Fields.quote(clause.text()) + " 中的日期“" + date + "”不存在", "请改为实际存在的日期"));
            }));
        }
    }

    /**
     * What phrases are judged against: the plan year, a leap year when it is unknown. The issue
     * date is left out so that {@code deadline.unparsed}, which asks the same question with this
     * context to leave such phrases to this rule, always gets the same answer.
     *
     * @param planYear the plan year, or null
     * @return the context
     */
    static DeadlineContext dateContext(Integer planYear) {
        return DeadlineContext.ofYear(planYear != null ? planYear : ANY_LEAP_YEAR);
    }
}
