package org.taizhang.json.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Offset;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model as {@code taizhang/1} straight to a streaming generator: fields in the order of
 * the format, absent values left out (see {@code docs/json.md}). Outline ids are made during the
 * walk, in the order core numbers them (a node's sections first, then its tasks, each from 1), in
 * one reused buffer, so that writing a plan makes no map and no list of ids.
 */
final class PlanWriter {
    private final JsonGenerator g;
    private char[] id = new char[32];
    private int idLength;

    private PlanWriter(JsonGenerator g) {
        this.g = g;
    }

    /**
     * @param plan the plan
     * @param g the generator, at the root
     */
    static void writePlan(WorkPlan plan, JsonGenerator g) {
        new PlanWriter(g).plan(plan);
    }

    /**
     * @param deadline a deadline
     * @param g the generator
     */
    static void writeDeadline(Deadline deadline, JsonGenerator g) {
        new PlanWriter(g).deadline(deadline);
    }

    /**
     * @param responsibility a responsibility
     * @param g the generator
     */
    static void writeResponsibility(Responsibility responsibility, JsonGenerator g) {
        new PlanWriter(g).responsibility(responsibility);
    }

    private void plan(WorkPlan plan) {
        g.writeStartObject();
        g.writeStringProperty("format", JsonCodec.VERSION);
        if (plan.title().isPresent() || plan.issuer().isPresent() || plan.year().isPresent()
                || plan.issuedOn().isPresent() || !plan.notes().isEmpty()) {
            g.writeName("plan");
            g.writeStartObject();
            string("title", plan.title());
            string("issuer", plan.issuer());
            if (plan.year().isPresent()) {
                g.writeNumberProperty("year", plan.year().get().intValue());
            }
            date("issuedOn", plan.issuedOn());
            strings("notes", plan.notes());
            g.writeEndObject();
        }
        children(plan.sections(), plan.tasks());
        if (!plan.tables().isEmpty()) {
            g.writeName("tables");
            g.writeStartArray();
            for (LedgerTable t : plan.tables()) {
                table(t);
            }
            g.writeEndArray();
        }
        source(plan.source());
        g.writeEndObject();
    }

    /** Writes a node's sections and tasks; the id buffer holds the node's prefix ("" or "1.2."). */
    private void children(List<Section> sections, List<Task> tasks) {
        int prefix = idLength;
        int n = 0;
        if (!sections.isEmpty()) {
            g.writeName("sections");
            g.writeStartArray();
            for (Section s : sections) {
                section(s, prefix, ++n);
            }
            g.writeEndArray();
        }
        if (!tasks.isEmpty()) {
            g.writeName("tasks");
            g.writeStartArray();
            for (Task t : tasks) {
                task(t, prefix, ++n);
            }
            g.writeEndArray();
        }
        idLength = prefix;
    }

    private void section(Section s, int prefix, int n) {
        g.writeStartObject();
        writeId(prefix, n);
        string("number", s.number());
        g.writeStringProperty("numbering", s.numbering().name());
        g.writeStringProperty("title", s.title());
        append('.');
        children(s.sections(), s.tasks());
        source(s.source());
        g.writeEndObject();
    }

    private void task(Task t, int prefix, int n) {
        g.writeStartObject();
        writeId(prefix, n);
        string("number", t.number());
        string("name", t.name());
        string("content", t.content());
        string("basis", t.basis());
        if (t.responsibility().isPresent()) {
            g.writeName("responsibility");
            responsibility(t.responsibility().get());
        }
        if (t.deadline().isPresent()) {
            g.writeName("deadline");
            deadline(t.deadline().get());
        }
        string("indicators", t.indicators());
        string("progress", t.progress());
        g.writeStringProperty("status", t.status().name());
        date("completedOn", t.completedOn());
        string("remarks", t.remarks());
        map("extra", t.extra());
        source(t.source());
        strings("inferred", t.inferred());
        g.writeEndObject();
    }

    private void responsibility(Responsibility r) {
        g.writeStartObject();
        g.writeStringProperty("text", r.text());
        if (!r.assignments().isEmpty()) {
            g.writeName("assignments");
            g.writeStartArray();
            for (Assignment a : r.assignments()) {
                assignment(a);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void assignment(Assignment a) {
        Unit unit = a.unit();
        g.writeStartObject();
        g.writeStringProperty("unit", unit.name());
        string("canonical", unit.canonicalName());
        g.writeStringProperty("role", a.role().name());
        string("roleText", a.roleText());
        if (unit.isCollective()) {
            g.writeBooleanProperty("collective", true);
        }
        string("qualifier", unit.qualifier());
        if (unit.isPerson()) {
            g.writeBooleanProperty("person", true);
        }
        g.writeEndObject();
    }

    private void deadline(Deadline d) {
        g.writeStartObject();
        g.writeStringProperty("text", d.text());
        g.writeStringProperty("kind", d.kind().name());
        if (!d.due().isEmpty()) {
            g.writeName("due");
            g.writeStartArray();
            for (LocalDate day : d.due()) {
                g.writeString(day.toString());
            }
            g.writeEndArray();
        }
        date("until", d.until());
        string("rrule", d.rrule());
        if (d.anchor().isPresent()) {
            g.writeStringProperty("anchor", d.anchor().get().name());
        }
        string("event", d.event());
        if (d.offset().isPresent()) {
            Offset o = d.offset().get();
            g.writeName("offset");
            g.writeStartObject();
            g.writeNumberProperty("amount", o.amount());
            g.writeStringProperty("unit", o.unit().name());
            g.writeEndObject();
        }
        string("action", d.action());
        if (!d.parts().isEmpty()) {
            g.writeName("parts");
            g.writeStartArray();
            for (Deadline part : d.parts()) {
                deadline(part);
            }
            g.writeEndArray();
        }
        if (d.isProvisional()) {
            g.writeBooleanProperty("provisional", true);
        }
        g.writeEndObject();
    }

    private void table(LedgerTable t) {
        g.writeStartObject();
        g.writeName("columns");
        g.writeStartArray();
        for (String column : t.columns()) {
            g.writeString(column);
        }
        g.writeEndArray();
        if (!t.headerFound()) {
            g.writeBooleanProperty("headerFound", false);
        }
        source(t.source());
        g.writeEndObject();
    }

    private void source(Optional<SourceRef> source) {
        if (source.isEmpty()) {
            return;
        }
        SourceRef s = source.get();
        g.writeName("source");
        g.writeStartObject();
        string("file", s.file());
        string("sheet", s.sheet());
        if (s.table().isPresent()) {
            g.writeNumberProperty("table", s.table().get().intValue());
        }
        if (s.row().isPresent()) {
            g.writeNumberProperty("row", s.row().get().intValue());
        }
        map("cells", s.cells());
        g.writeEndObject();
    }

    private void string(String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private void date(String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    private void strings(String name, Iterable<String> values) {
        java.util.Iterator<String> it = values.iterator();
        if (!it.hasNext()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        while (it.hasNext()) {
            g.writeString(it.next());
        }
        g.writeEndArray();
    }

    private void map(String name, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Writes {@code "id"}: the prefix the buffer holds up to {@code prefix}, then {@code n}. */
    private void writeId(int prefix, int n) {
        idLength = prefix;
        if (n < 10) {
            append((char) ('0' + n));
        } else {
            String digits = Integer.toString(n);
            for (int i = 0; i < digits.length(); i++) {
                append(digits.charAt(i));
            }
        }
        g.writeName("id");
        g.writeString(id, 0, idLength);
    }

    private void append(char c) {
        if (idLength == id.length) {
            id = java.util.Arrays.copyOf(id, id.length * 2);
        }
        id[idLength++] = c;
    }
}
