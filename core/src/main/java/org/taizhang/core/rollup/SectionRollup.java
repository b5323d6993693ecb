package org.taizhang.core.rollup;

import java.util.List;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Section;

/**
 * A section's rollup: its own tasks and those of every section below it, each counted once, and
 * the rollups of its child sections. Immutable and thread-safe.
 */
public final class SectionRollup {
    private final OutlineEntry<Section> entry;
    private final Rollup rollup;
    private final List<SectionRollup> sections;

    SectionRollup(OutlineEntry<Section> entry, Rollup rollup, List<SectionRollup> sections) {
        this.entry = entry;
        this.rollup = rollup;
        this.sections = List.copyOf(sections);
    }

    /** @return the outline id, such as {@code 2.1} */
    public String id() {
        return entry.id();
    }

    /** @return the section */
    public Section section() {
        return entry.item();
    }

    /** @return the section with its id and the sections above it */
    public OutlineEntry<Section> entry() {
        return entry;
    }

    /** @return the counts of every task in the section and below it */
    public Rollup rollup() {
        return rollup;
    }

    /** @return the rollups of the child sections, in outline order */
    public List<SectionRollup> sections() {
        return sections;
    }

    @Override
    public String toString() {
        return id() + " " + section().heading() + ": " + rollup;
    }
}
