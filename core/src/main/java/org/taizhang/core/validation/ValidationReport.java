package org.taizhang.core.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What validating one plan found: the findings in outline order, and their counts by severity.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {
    private final List<Finding> findings;
    private final Map<Severity, Integer> counts;

    /**
     * @param findings the findings, in the order they should be read
     */
    public ValidationReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (Finding f : this.findings) {
            c.merge(f.severity(), 1, Integer::sum);
        }
        this.counts = java.util.Collections.unmodifiableMap(c);
    }

    /** @return every finding */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @param code a code, such as {@code task.no-unit}
     * @return the findings with that code
     */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** @return the number of findings of each severity, every severity present */
    public Map<Severity, Integer> counts() {
        return counts;
    }

    /** @return true when any finding is an {@link Severity#ERROR} */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** @return true when nothing was found */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** @return the total in Chinese: {@code 错误 2，警告 5，提示 1} */
    public String summary() {
        return Severity.ERROR.chinese() + " " + count(Severity.ERROR) + "，" + Severity.WARNING.chinese() + " "
                + count(Severity.WARNING) + "，" + Severity.INFO.chinese() + " " + count(Severity.INFO);
    }

    @Override
    public String toString() {
        return summary() + " " + findings;
    }
}
