package org.taizhang.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.validation.StandardRules;
import org.taizhang.core.units.UnitDirectory;

/**
 * Checks a {@link WorkPlan} against the standard catalogue of rules (see {@link #catalogue()} and
 * {@code docs/validation.md}) and any rules the caller adds, and reports what it found.
 *
 * <pre>{@code
 * ValidationReport report = Validator.builder()
 *         .asOf(LocalDate.of(2022, 10, 1))      // enables task.overdue
 *         .units(UnitDirectory.load(path))      // enables unit.unknown
 *         .disable("value.inferred")
 *         .severity("task.no-deadline", Severity.ERROR)
 *         .build()
 *         .validate(plan);
 * if (report.hasErrors()) { … }
 * }</pre>
 *
 * <p>Validation works on any plan, one read from a file or built in code, and never throws on a
 * plan: a rule that fails is reported as a {@code rule.failed} finding. Rules registered for
 * {@link ServiceLoader} as {@link ValidationRule} are added by default. Immutable and thread-safe:
 * one validator may check many plans at once.
 */
public final class Validator {
    /** The code of the finding that reports a rule that failed with an exception. */
    public static final String RULE_FAILED = "rule.failed";

    private final List<ValidationRule> rules;
    private final Map<String, Severity> defaults;
    private final Map<String, Severity> overrides;
    private final Set<String> disabled;
    private final LocalDate asOf;
    private final UnitDirectory units;

    private Validator(Builder b) {
        List<ValidationRule> all = new ArrayList<>(StandardRules.all());
        if (b.serviceRules) {
            ClassLoader loader = b.loader != null ? b.loader : Thread.currentThread().getContextClassLoader();
            for (ValidationRule r : loader == null ? ServiceLoader.load(ValidationRule.class)
                    : ServiceLoader.load(ValidationRule.class, loader)) {
                all.add(r);
            }
        }
        all.addAll(b.added);
        Map<String, Severity> d = new LinkedHashMap<>();
        d.put(RULE_FAILED, Severity.WARNING);
        List<ValidationRule> active = new ArrayList<>();
        for (ValidationRule r : all) {
            Map<String, Severity> codes = r.codes();
            codes.forEach(d::putIfAbsent);
            if (!b.disabled.containsAll(codes.keySet()) || codes.isEmpty()) {
                active.add(r);
            }
        }
        this.rules = List.copyOf(active);
        this.defaults = Collections.unmodifiableMap(d);
        this.overrides = Map.copyOf(b.overrides);
        this.disabled = Set.copyOf(b.disabled);
        this.asOf = b.asOf;
        this.units = b.units;
    }

    /** @return a validator with the standard rules, the rules found by {@link ServiceLoader}, and no options */
    public static Validator standard() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the standard catalogue: every standard code and its default severity, in catalogue order */
    public static Map<String, Severity> catalogue() {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (ValidationRule r : StandardRules.all()) {
            r.codes().forEach(out::putIfAbsent);
        }
        out.put(RULE_FAILED, Severity.WARNING);
        return Collections.unmodifiableMap(out);
    }

    /** @return the codes this validator can report, with their severities after re-grading */
    public Map<String, Severity> codes() {
        Map<String, Severity> out = new LinkedHashMap<>();
        defaults.forEach((code, s) -> {
            if (!disabled.contains(code)) {
                out.put(code, overrides.getOrDefault(code, s));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Validates a plan.
     *
     * @param plan the plan
     * @return the findings: those about the whole plan and its tables first, then by outline id
     */
    public ValidationReport validate(WorkPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ValidationContext context = new ValidationContext(plan, asOf, units);
        Findings findings = new Findings(context, defaults, overrides, disabled);
        for (ValidationRule rule : rules) {
            int before = findings.list().size();
            try {
                rule.check(context, findings);
            } catch (RuntimeException | StackOverflowError e) {
                findings.list().subList(before, findings.list().size()).clear();
                findings.plan(RULE_FAILED, "规则 " + rule.getClass().getName() + " 未能完成检查：" + e,
                        "此规则的结果未列出");
            }
        }
        List<Finding> sorted = new ArrayList<>(findings.list());
        sorted.sort((x, y) -> compareIds(x.id().orElse(""), y.id().orElse("")));
        return new ValidationReport(sorted);
    }

    /** Outline ids in outline order: {@code 1.2} before {@code 1.10}; no id first. Allocates nothing. */
    static int compareIds(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(!a.isEmpty(), !b.isEmpty());
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ei = i;
            int ej = j;
            while (ei < a.length() && a.charAt(ei) != '.') {
                ei++;
            }
            while (ej < b.length() && b.charAt(ej) != '.') {
                ej++;
            }
            if (ei - i != ej - j) {
                return Integer.compare(ei - i, ej - j); // a shorter number is a smaller one
            }
            for (int k = 0; k < ei - i; k++) {
                int c = Character.compare(a.charAt(i + k), b.charAt(j + k));
                if (c != 0) {
                    return c;
                }
            }
            i = ei + 1;
            j = ej + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Why a plan read from a file holds no work plan at all, if it does not: a text with no numbered
     * outline, tables with no ledger header, or nothing at all. Such a file is not a ledger to
     * validate; the command reports it as unreadable.
     *
     * @param plan a plan
     * @return the reason in Chinese, or empty when the plan holds a work plan
     */
    public static Optional<String> whyNoWorkPlan(WorkPlan plan) {
        if (plan.sections().isEmpty() && plan.tasks().isEmpty()) {
            return Optional.of("文件中没有任务");
        }
        if (!plan.sections().isEmpty()) {
            return Optional.empty();
        }
        if (!plan.tables().isEmpty()) {
            return plan.tables().stream().anyMatch(LedgerTable::headerFound) ? Optional.empty()
                    : Optional.of("表格没有台账表头（序号、具体任务、责任单位、完成时限）");
        }
        boolean prose = ValidationContext.fromProse(plan.allTasks());
        return prose ? Optional.of("文本没有编号的提纲（一、（一）1. …）") : Optional.empty();
    }

    /** Builds a {@link Validator}; not thread-safe. */
    public static final class Builder {
        private final List<ValidationRule> added = new ArrayList<>();
        private final Map<String, Severity> overrides = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private LocalDate asOf;
        private UnitDirectory units;
        private boolean serviceRules = true;
        private ClassLoader loader;

        private Builder() {}

        /**
         * @param asOf the day to judge overdue tasks on; without one, {@code task.overdue} is never reported
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * @param units the units the caller knows; without them, {@code unit.unknown} is never reported
         * @return this builder
         */
        public Builder units(UnitDirectory units) {
            this.units = units;
            return this;
        }

        /**
         * Switches codes off: their findings are not reported.
         *
         * @param codes the codes, such as {@code value.inferred}
         * @return this builder
         */
        public Builder disable(String... codes) {
            disabled.addAll(List.of(codes));
            return this;
        }

        /**
         * Re-grades a code.
         *
         * @param code the code
         * @param severity its severity from now on
         * @return this builder
         */
        public Builder severity(String code, Severity severity) {
            overrides.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * @param rule a rule to run after the standard ones
         * @return this builder
         */
        public Builder addRule(ValidationRule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * @param on false to leave out the rules registered for {@link ServiceLoader} (on by default)
         * @return this builder
         */
        public Builder serviceRules(boolean on) {
            this.serviceRules = on;
            return this;
        }

        /**
         * @param loader the class loader to find {@link ServiceLoader} rules with; by default the
         *     thread's context class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = loader;
            return this;
        }

        /** @return the validator */
        public Validator build() {
            return new Validator(this);
        }
    }
}
