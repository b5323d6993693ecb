package org.taizhang.core.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;

/** A section while it is being filled; turned into an immutable {@link Section} at the end. */
final class OutlineNode {
    private final String number;
    private final Numbering numbering;
    private final String title;
    private final SourceRef source;
    private final List<OutlineNode> sections = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();

    OutlineNode(String number, Numbering numbering, String title, SourceRef source) {
        this.number = number;
        this.numbering = numbering;
        this.title = title;
        this.source = source;
    }

    /** A root that collects top-level sections and tasks; never built itself. */
    static OutlineNode root() {
        return new OutlineNode(null, Numbering.NONE, "", null);
    }

    OutlineNode add(OutlineNode child) {
        sections.add(child);
        return child;
    }

    void add(Task task) {
        tasks.add(task);
    }

    List<OutlineNode> sections() {
        return sections;
    }

    List<Task> tasks() {
        return tasks;
    }

    /** @return the number as written, null when none */
    String number() {
        return number;
    }

    String title() {
        return title;
    }

    Numbering numbering() {
        return numbering;
    }

    Section build() {
        Section.Builder b = Section.builder().numbering(numbering).title(title).addAllTasks(tasks);
        if (number != null) {
            b.number(number);
        }
        if (source != null) {
            b.source(source);
        }
        for (OutlineNode s : sections) {
            b.addSections(s.build());
        }
        return b.build();
    }
}
