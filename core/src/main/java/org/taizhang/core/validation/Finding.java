package org.taizhang.core.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing validation found: a stable {@link #code()} ({@code task.no-unit}), its
 * {@link #severity()}, a message in Chinese for officials, the outline id of the task or section it
 * is about, the place in the file ({@code 任务台账!D12}, {@code table 2, row 5, cell 3}), and a hint
 * where one helps (the closest known unit, the expected next number).
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding {
    private final String code;
    private final Severity severity;
    private final String message;
    private final String id;
    private final String place;
    private final String hint;

    private Finding(String code, Severity severity, String message, String id, String place, String hint) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.id = blankToNull(id);
        this.place = blankToNull(place);
        this.hint = blankToNull(hint);
    }

    /**
     * @param code the code, such as {@code task.no-unit}
     * @param severity the severity
     * @param message the message in Chinese, without the outline id
     * @param id the outline id of the task or section, or null for the plan or a table
     * @param place where in the file, or null when unknown
     * @param hint a hint, or null
     * @return the finding
     */
    public static Finding of(String code, Severity severity, String message, String id, String place, String hint) {
        return new Finding(code, severity, message, id, place, hint);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** @return the code, such as {@code task.no-unit}; codes are API */
    public String code() {
        return code;
    }

    /** @return the severity */
    public Severity severity() {
        return severity;
    }

    /** @return the message in Chinese ({@code 没有责任单位}); the id is not part of it */
    public String message() {
        return message;
    }

    /** @return the outline id of the task or section ({@code 1.2.3}), as in the canonical JSON */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the place in the file: a cell ({@code 任务台账!D12}), a row, or the file */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** @return a hint: the closest known unit, the expected number, the first of two duplicates… */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /**
     * @param severity another severity
     * @return this finding with that severity
     */
    public Finding withSeverity(Severity severity) {
        return severity == this.severity ? this : new Finding(code, severity, message, id, place, hint);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return code.equals(f.code) && severity == f.severity && message.equals(f.message)
                && Objects.equals(id, f.id) && Objects.equals(place, f.place) && Objects.equals(hint, f.hint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, message, id, place, hint);
    }

    /** One line for officials: {@code 任务台账!D12  错误  task.no-unit  1.2.3 没有责任单位（hint）}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(place == null ? "-" : place).append("  ").append(severity.chinese()).append("  ")
                .append(code).append("  ");
        if (id != null) {
            sb.append(id).append(' ');
        }
        sb.append(message);
        if (hint != null) {
            sb.append("（").append(hint).append("）");
        }
        return sb.toString();
    }
}
