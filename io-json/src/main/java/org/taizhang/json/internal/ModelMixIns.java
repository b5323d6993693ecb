package org.taizhang.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.taizhang.core.Anchor;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Numbering;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * Jackson mix-ins that give core's model types their {@code taizhang/1} shape without core knowing
 * Jackson. Each names its properties explicitly (nothing is auto-detected), fixes the field order of
 * the format, omits absent values, and reads back through the type's own builder.
 *
 * <p>Empty optionals are omitted but an optional holding an empty string is kept, so that
 * {@code ""} survives a round trip.
 */
final class ModelMixIns {
    private ModelMixIns() {}

    /** Only what a mix-in names explicitly is a property. */
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            setterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE,
            creatorVisibility = Visibility.NONE)
    abstract static class Explicit {}

    /** Builders take their properties by the plain field name ({@code title(…)}). */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
    abstract static class BuilderMixIn {}

    @JsonPropertyOrder({"number", "numbering", "title", "sections", "tasks", "source"})
    @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = OutlineIdWriter.class,
            name = "id", type = String.class, include = Include.NON_NULL))
    @JsonDeserialize(builder = Section.Builder.class)
    abstract static class SectionMixIn extends Explicit {
        @JsonProperty("number") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> number();

        @JsonProperty("numbering")
        abstract Numbering numbering();

        @JsonProperty("title")
        abstract String title();

        @JsonProperty("sections") @JsonInclude(Include.NON_EMPTY)
        abstract List<Section> sections();

        @JsonProperty("tasks") @JsonInclude(Include.NON_EMPTY)
        abstract List<Task> tasks();

        @JsonProperty("source") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<SourceRef> source();
    }

    @JsonPropertyOrder({"number", "name", "content", "basis", "responsibility", "deadline",
        "indicators", "progress", "status", "completedOn", "remarks", "extra", "source", "inferred"})
    @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = OutlineIdWriter.class,
            name = "id", type = String.class, include = Include.NON_NULL))
    @JsonDeserialize(builder = Task.Builder.class)
    abstract static class TaskMixIn extends Explicit {
        @JsonProperty("number") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> number();

        @JsonProperty("name") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> name();

        @JsonProperty("content") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> content();

        @JsonProperty("basis") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> basis();

        @JsonProperty("responsibility") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Responsibility> responsibility();

        @JsonProperty("deadline") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Deadline> deadline();

        @JsonProperty("indicators") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> indicators();

        @JsonProperty("progress") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> progress();

        @JsonProperty("status")
        abstract Status status();

        @JsonProperty("completedOn") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<java.time.LocalDate> completedOn();

        @JsonProperty("remarks") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> remarks();

        @JsonProperty("extra") @JsonInclude(Include.NON_EMPTY)
        abstract Map<String, String> extra();

        @JsonProperty("source") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<SourceRef> source();

        @JsonProperty("inferred") @JsonInclude(Include.NON_EMPTY)
        abstract Set<String> inferred();
    }

    @JsonPropertyOrder({"text", "assignments"})
    @JsonDeserialize(builder = Responsibility.Builder.class)
    abstract static class ResponsibilityMixIn extends Explicit {
        @JsonProperty("text")
        abstract String text();

        @JsonProperty("assignments") @JsonInclude(Include.NON_EMPTY)
        abstract List<org.taizhang.core.Assignment> assignments();
    }

    @JsonPropertyOrder({"text", "kind", "due", "until", "rrule", "anchor", "event", "offset",
        "action", "parts", "provisional"})
    @JsonDeserialize(builder = Deadline.Builder.class)
    abstract static class DeadlineMixIn extends Explicit {
        @JsonProperty("text")
        abstract String text();

        @JsonProperty("kind")
        abstract DeadlineKind kind();

        @JsonProperty("due") @JsonInclude(Include.NON_EMPTY)
        abstract SortedSet<LocalDate> due();

        @JsonProperty("until") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<LocalDate> until();

        @JsonProperty("rrule") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> rrule();

        @JsonProperty("anchor") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Anchor> anchor();

        @JsonProperty("event") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> event();

        @JsonProperty("offset") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Offset> offset();

        @JsonProperty("action") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> action();

        @JsonProperty("parts") @JsonInclude(Include.NON_EMPTY)
        abstract List<Deadline> parts();

        @JsonProperty("provisional") @JsonInclude(Include.NON_DEFAULT)
        abstract boolean isProvisional();
    }

    @JsonPropertyOrder({"amount", "unit"})
    @JsonDeserialize(builder = Offset.Builder.class)
    abstract static class OffsetMixIn extends Explicit {
        @JsonProperty("amount")
        abstract int amount();

        @JsonProperty("unit")
        abstract PeriodUnit unit();
    }

    @JsonPropertyOrder({"columns", "headerFound", "source"})
    @JsonDeserialize(builder = LedgerTable.Builder.class)
    abstract static class LedgerTableMixIn extends Explicit {
        @JsonProperty("columns")
        abstract List<String> columns();

        @JsonProperty("headerFound") @JsonInclude(value = Include.CUSTOM, valueFilter = TrueFilter.class)
        abstract boolean headerFound();

        @JsonProperty("source") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<SourceRef> source();
    }

    /** Leaves out {@code headerFound: true}, the default: only a guessed header is written. */
    static final class TrueFilter {
        @Override
        public boolean equals(Object o) {
            return Boolean.TRUE.equals(o);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @JsonPropertyOrder({"file", "sheet", "table", "row", "cells"})
    @JsonDeserialize(builder = SourceRef.Builder.class)
    abstract static class SourceRefMixIn extends Explicit {
        @JsonProperty("file") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> file();

        @JsonProperty("sheet") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<String> sheet();

        @JsonProperty("table") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Integer> table();

        @JsonProperty("row") @JsonInclude(Include.NON_ABSENT)
        abstract Optional<Integer> row();

        @JsonProperty("cells") @JsonInclude(Include.NON_EMPTY)
        abstract Map<String, String> cells();
    }
}
