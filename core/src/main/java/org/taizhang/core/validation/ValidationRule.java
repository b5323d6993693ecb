package org.taizhang.core.validation;

import java.util.Map;

/**
 * A validation rule. The standard catalogue is made of these; a caller adds its own by implementing
 * this interface and registering the class for {@link java.util.ServiceLoader} ({@code provides
 * org.taizhang.core.validation.ValidationRule with …} in its module, or a
 * {@code META-INF/services/org.taizhang.core.validation.ValidationRule} file), or by
 * {@link Validator.Builder#addRule(ValidationRule)}.
 *
 * <p>A rule reads the plan through its {@link ValidationContext} and reports through
 * {@link Findings}; it must not keep state between calls, as one rule may validate many plans at
 * once. A rule that throws does not stop validation: the failure becomes a {@code rule.failed}
 * finding. Implementations need a public no-argument constructor to be found by
 * {@code ServiceLoader}.
 */
public interface ValidationRule {

    /**
     * @return the codes this rule reports, each with its default severity; callers switch them off
     *     or re-grade them by code. Use a prefix of your own ({@code myorg.}) for new codes.
     */
    Map<String, Severity> codes();

    /**
     * Checks a plan.
     *
     * @param context the plan and what validation was given (the as-of date, the unit directory)
     * @param findings where to report
     */
    void check(ValidationContext context, Findings findings);
}
