package org.taizhang.json.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Numbering;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes the model as {@code taizhang/1} straight to a streaming generator: fields in the order of
 * the format, absent values left out (see {@code docs/json.md}). Outline ids are made during the
 * walk, in the order core numbers them (a node's sections first, then its tasks, each from 1), in
 * one reused buffer, so that writing a plan makes no map and no list of ids.
 */
final class PlanWriter {
    // field names encoded once: a large plan writes each of them a hundred thousand times
    private static final SerializableString ACTION = new SerializedString("action");
    private static final SerializableString AMOUNT = new SerializedString("amount");
    private static final SerializableString ANCHOR = new SerializedString("anchor");
    private static final SerializableString ASSIGNMENTS = new SerializedString("assignments");
    private static final SerializableString BASIS = new SerializedString("basis");
    private static final SerializableString CANONICAL = new SerializedString("canonical");
    private static final SerializableString CELLS = new SerializedString("cells");
    private static final SerializableString COLLECTIVE = new SerializedString("collective");
    private static final SerializableString COLUMNS = new SerializedString("columns");
    private static final SerializableString COMPLETED_ON = new SerializedString("completedOn");
    private static final SerializableString CONTENT = new SerializedString("content");
    private static final SerializableString DEADLINE = new SerializedString("deadline");
    private static final SerializableString DUE = new SerializedString("due");
    private static final SerializableString EVENT = new SerializedString("event");
    private static final SerializableString EXTRA = new SerializedString("extra");
    private static final SerializableString FILE = new SerializedString("file");
    private static final SerializableString FORMAT = new SerializedString("format");
    private static final SerializableString HEADER_FOUND = new SerializedString("headerFound");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString INDICATORS = new SerializedString("indicators");
    private static final SerializableString INFERRED = new SerializedString("inferred");
    private static final SerializableString ISSUED_ON = new SerializedString("issuedOn");
    private static final SerializableString ISSUER = new SerializedString("issuer");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString NOTES = new SerializedString("notes");
    private static final SerializableString NUMBER = new SerializedString("number");
    private static final SerializableString NUMBERING = new SerializedString("numbering");
    private static final SerializableString OFFSET = new SerializedString("offset");
    private static final SerializableString PARTS = new SerializedString("parts");
    private static final SerializableString PERSON = new SerializedString("person");
    private static final SerializableString PLAN = new SerializedString("plan");
    private static final SerializableString PROGRESS = new SerializedString("progress");
    private static final SerializableString PROVISIONAL = new SerializedString("provisional");
    private static final SerializableString QUALIFIER = new SerializedString("qualifier");
    private static final SerializableString REMARKS = new SerializedString("remarks");
    private static final SerializableString RESPONSIBILITY = new SerializedString("responsibility");
    private static final SerializableString ROLE = new SerializedString("role");
    private static final SerializableString ROLE_TEXT = new SerializedString("roleText");
    private static final SerializableString ROW = new SerializedString("row");
    private static final SerializableString RRULE = new SerializedString("rrule");
    private static final SerializableString SECTIONS = new SerializedString("sections");
    private static final SerializableString SHEET = new SerializedString("sheet");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString TABLE = new SerializedString("table");
    private static final SerializableString TABLES = new SerializedString("tables");
    private static final SerializableString TASKS = new SerializedString("tasks");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString UNIT = new SerializedString("unit");
    private static final SerializableString UNTIL = new SerializedString("until");
    private static final SerializableString YEAR = new SerializedString("year");
    /** The names of the enum values a plan writes, encoded once. */
    private static final Map<Enum<?>, SerializableString> ENUMS = enumNames(
            Status.values(), Role.values(), DeadlineKind.values(), Numbering.values(), Anchor.values(),
            PeriodUnit.values());
    /** Keys of {@code cells} and {@code extra} maps kept encoded; a plan has few distinct ones. */
    private static final int MAX_KEPT_KEYS = 256;

    private final JsonGenerator g;
    private final Map<String, SerializableString> keys = new HashMap<>();
    private final char[] date = new char[10];
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
        property(FORMAT, JsonCodec.VERSION);
        if (plan.title().isPresent() || plan.issuer().isPresent() || plan.year().isPresent()
                || plan.issuedOn().isPresent() || !plan.notes().isEmpty()) {
            g.writeName(PLAN);
            g.writeStartObject();
            string(TITLE, plan.title());
            string(ISSUER, plan.issuer());
            if (plan.year().isPresent()) {
                g.writeName(YEAR);
                g.writeNumber(plan.year().get().intValue());
            }
            date(ISSUED_ON, plan.issuedOn());
            strings(NOTES, plan.notes());
            g.writeEndObject();
        }
        children(plan.sections(), plan.tasks());
        if (!plan.tables().isEmpty()) {
            g.writeName(TABLES);
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
            g.writeName(SECTIONS);
            g.writeStartArray();
            for (Section s : sections) {
                section(s, prefix, ++n);
            }
            g.writeEndArray();
        }
        if (!tasks.isEmpty()) {
            g.writeName(TASKS);
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
        string(NUMBER, s.number());
        property(NUMBERING, ENUMS.get(s.numbering()));
        property(TITLE, s.title());
        append('.');
        children(s.sections(), s.tasks());
        source(s.source());
        g.writeEndObject();
    }

    private void task(Task t, int prefix, int n) {
        g.writeStartObject();
        writeId(prefix, n);
        string(NUMBER, t.number());
        string(NAME, t.name());
        string(CONTENT, t.content());
        string(BASIS, t.basis());
        if (t.responsibility().isPresent()) {
            g.writeName(RESPONSIBILITY);
            responsibility(t.responsibility().get());
        }
        if (t.deadline().isPresent()) {
            g.writeName(DEADLINE);
            deadline(t.deadline().get());
        }
        string(INDICATORS, t.indicators());
        string(PROGRESS, t.progress());
        property(STATUS, ENUMS.get(t.status()));
        date(COMPLETED_ON, t.completedOn());
        string(REMARKS, t.remarks());
        map(EXTRA, t.extra());
        source(t.source());
        strings(INFERRED, t.inferred());
        g.writeEndObject();
    }

    private void responsibility(Responsibility r) {
        g.writeStartObject();
        property(TEXT, r.text());
        if (!r.assignments().isEmpty()) {
            g.writeName(ASSIGNMENTS);
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
        property(UNIT, unit.name());
        string(CANONICAL, unit.canonicalName());
        property(ROLE, ENUMS.get(a.role()));
        string(ROLE_TEXT, a.roleText());
        if (unit.isCollective()) {
            g.writeName(COLLECTIVE);
            g.writeBoolean(true);
        }
        string(QUALIFIER, unit.qualifier());
        if (unit.isPerson()) {
            g.writeName(PERSON);
            g.writeBoolean(true);
        }
        g.writeEndObject();
    }

    private void deadline(Deadline d) {
        g.writeStartObject();
        property(TEXT, d.text());
        property(KIND, ENUMS.get(d.kind()));
        if (!d.due().isEmpty()) {
            g.writeName(DUE);
            g.writeStartArray();
            for (LocalDate day : d.due()) {
                writeDate(day);
            }
            g.writeEndArray();
        }
        date(UNTIL, d.until());
        string(RRULE, d.rrule());
        if (d.anchor().isPresent()) {
            property(ANCHOR, ENUMS.get(d.anchor().get()));
        }
        string(EVENT, d.event());
        if (d.offset().isPresent()) {
            Offset o = d.offset().get();
            g.writeName(OFFSET);
            g.writeStartObject();
            g.writeName(AMOUNT);
            g.writeNumber(o.amount());
            property(UNIT, ENUMS.get(o.unit()));
            g.writeEndObject();
        }
        string(ACTION, d.action());
        if (!d.parts().isEmpty()) {
            g.writeName(PARTS);
            g.writeStartArray();
            for (Deadline part : d.parts()) {
                deadline(part);
            }
            g.writeEndArray();
        }
        if (d.isProvisional()) {
            g.writeName(PROVISIONAL);
            g.writeBoolean(true);
        }
        g.writeEndObject();
    }

    private void table(LedgerTable t) {
        g.writeStartObject();
        g.writeName(COLUMNS);
        g.writeStartArray();
        for (String column : t.columns()) {
            g.writeString(column);
        }
        g.writeEndArray();
        if (!t.headerFound()) {
            g.writeName(HEADER_FOUND);
            g.writeBoolean(false);
        }
        source(t.source());
        g.writeEndObject();
    }

    private void source(Optional<SourceRef> source) {
        if (source.isEmpty()) {
            return;
        }
        SourceRef s = source.get();
        g.writeName(SOURCE);
        g.writeStartObject();
        string(FILE, s.file());
        string(SHEET, s.sheet());
        if (s.table().isPresent()) {
            g.writeName(TABLE);
            g.writeNumber(s.table().get().intValue());
        }
        if (s.row().isPresent()) {
            g.writeName(ROW);
            g.writeNumber(s.row().get().intValue());
        }
        map(CELLS, s.cells());
        g.writeEndObject();
    }

    private void string(SerializableString name, Optional<String> value) {
        if (value.isPresent()) {
            property(name, value.get());
        }
    }

    private void property(SerializableString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private void property(SerializableString name, SerializableString value) {
        g.writeName(name);
        g.writeString(value);
    }

    /** Writes a day as ISO {@code 2022-09-30}, formatted here for the years 0–9999 as a task's due day has. */
    private void writeDate(LocalDate day) {
        int year = day.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(day.toString()); // LocalDate's own form: a sign, more digits
            return;
        }
        digits(year / 100, 0);
        digits(year % 100, 2);
        date[4] = '-';
        digits(day.getMonthValue(), 5);
        date[7] = '-';
        digits(day.getDayOfMonth(), 8);
        g.writeString(date, 0, date.length);
    }

    private void digits(int twoDigits, int at) {
        date[at] = (char) ('0' + twoDigits / 10);
        date[at + 1] = (char) ('0' + twoDigits % 10);
    }

    private void date(SerializableString name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeName(name);
            writeDate(value.get());
        }
    }

    private void strings(SerializableString name, Iterable<String> values) {
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

    private void map(SerializableString name, Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeName(key(e.getKey()));
            g.writeString(e.getValue());
        }
        g.writeEndObject();
    }

    private static Map<Enum<?>, SerializableString> enumNames(Enum<?>[]... types) {
        Map<Enum<?>, SerializableString> names = new HashMap<>();
        for (Enum<?>[] values : types) {
            for (Enum<?> v : values) {
                names.put(v, new SerializedString(v.name()));
            }
        }
        return Map.copyOf(names);
    }

    /** @return the key encoded, kept for the next time while few are kept */
    private SerializableString key(String key) {
        SerializableString encoded = keys.get(key);
        if (encoded == null) {
            encoded = new SerializedString(key);
            if (keys.size() < MAX_KEPT_KEYS) {
                keys.put(key, encoded);
            }
        }
        return encoded;
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
        g.writeName(ID);
        g.writeString(id, 0, idLength);
    }

    private void append(char c) {
        if (idLength == id.length) {
            id = java.util.Arrays.copyOf(id, id.length * 2);
        }
        id[idLength++] = c;
    }
}
