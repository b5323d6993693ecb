package org.taizhang.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One task of a ledger: a row of a 任务分解表, or a paragraph of a work-points document.
 *
 * <p>Every field keeps the text as written. {@link #extra()} holds the columns the reader did not
 * recognise, by their header, so that nothing is lost. {@link #inferred()} names the fields whose
 * value came from a merged or blank cell above rather than the task's own cell, or was read from
 * another field's text (a status or completion day stated in the progress text). A task's outline
 * id ({@code 1.1.2}) depends on where it stands and is given by {@link WorkPlan#allTasks()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Task {

    /** Field names used in {@link #inferred()} and {@link SourceRef#cells()}. */
    public static final String NUMBER = "number", NAME = "name", CONTENT = "content",
            BASIS = "basis", RESPONSIBILITY = "responsibility", DEADLINE = "deadline",
            INDICATORS = "indicators", PROGRESS = "progress", STATUS = "status",
            COMPLETED_ON = "completedOn", REMARKS = "remarks";

    /** @return the number as written in the ledger ({@code 2}, {@code ①}), if any */
    public abstract Optional<String> number();

    /** @return the task's short name (任务名称), if the ledger gives one apart from its content */
    public abstract Optional<String> name();

    /** @return what is to be done (具体任务 / 任务内容 / 具体措施) */
    public abstract Optional<String> content();

    /** @return the policy or legal basis (政策法规要求) */
    public abstract Optional<String> basis();

    /** @return who is responsible, and in which role */
    public abstract Optional<Responsibility> responsibility();

    /**
     * The assignments of the task's responsibility: which units, in which role. The most common
     * question about a task, without the {@code Optional}.
     *
     * @return the assignments, in the order written; empty when the task names no unit
     */
    public List<Assignment> assignments() {
        return responsibility().map(Responsibility::assignments).orElse(List.of());
    }

    /** @return when it is due */
    public abstract Optional<Deadline> deadline();

    /** @return the quantified indicators (量化指标), as text */
    public abstract Optional<String> indicators();

    /** @return the progress or planned measures (落实情况 / 进展情况 / 完成情况), as text */
    public abstract Optional<String> progress();

    /**
     * @return the status the ledger records in a 状态 column, else the one its progress text states
     *     (then {@link #inferred()} holds {@code status}); {@link Status#UNKNOWN} when neither says
     */
    @Value.Default
    public Status status() {
        return Status.UNKNOWN;
    }

    /**
     * @return the day the task was completed, when the ledger gives one: a 完成时间 column beside
     *     the 完成时限 column, or the progress text ({@code 已于2022年8月15日完成}, {@code 完成（9月18日）})
     */
    public abstract Optional<java.time.LocalDate> completedOn();

    /** @return remarks (备注) */
    public abstract Optional<String> remarks();

    /** @return columns not recognised, by header text, in column order */
    public abstract Map<String, String> extra();

    /** @return where the task came from */
    public abstract Optional<SourceRef> source();

    /** @return the names of the fields whose value was inherited from a cell above */
    public abstract Set<String> inferred();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Task}; not thread-safe. */
    public static class Builder extends ImmutableTask.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /** @return the name, else the content, else an empty string: a label for messages and reports */
    public String label() {
        return name().or(this::content).orElse("");
    }

    @Override
    public String toString() {
        String label = label();
        if (label.length() > 40) {
            label = label.substring(0, 40) + "…";
        }
        return number().map(n -> n + " ").orElse("") + label;
    }
}
