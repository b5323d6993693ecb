package org.taizhang.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a ledger's outline: a part ({@code 一、…}), a point ({@code （一）…}), or a 工作任务
 * whose cell spans several task rows. Holds child sections and tasks.
 *
 * <p>Its outline id ({@code 1.2}) depends on where it stands and is given by
 * {@link WorkPlan#allSections()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Section {

    /** @return the number as written, without punctuation ({@code 一}, {@code 八}, {@code 3}) */
    public abstract Optional<String> number();

    /** @return how the number is written */
    @Value.Default
    public Numbering numbering() {
        return Numbering.NONE;
    }

    /** @return the title, without its number */
    public abstract String title();

    /** @return the child sections, in order */
    public abstract List<Section> sections();

    /** @return the tasks directly in this section, in order */
    public abstract List<Task> tasks();

    /** @return where the section's heading came from */
    public abstract Optional<SourceRef> source();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section}; not thread-safe. */
    public static class Builder extends ImmutableSection.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    /** @return the heading as a person writes it: {@code （八）加强政策解读} */
    public String heading() {
        return number().map(n -> numbering().format(n)).orElse("") + title();
    }

    /** @return the number of tasks in this section and all below it */
    public int taskCount() {
        int n = tasks().size();
        for (Section s : sections()) {
            n += s.taskCount();
        }
        return n;
    }

    @Override
    public String toString() {
        return heading();
    }
}
