package org.taizhang.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Unit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The parts of a task and of a plan, read into the model's builders: responsibility and its
 * assignments, deadline and offset, source, and table. Each object is built when its closing brace
 * is read, so that a broken model rule is refused at the object that breaks it.
 */
abstract class PartReader extends ValueReader {
    private static final DeadlineKind[] KINDS = DeadlineKind.values();
    private static final Anchor[] ANCHORS = Anchor.values();
    private static final PeriodUnit[] UNITS = PeriodUnit.values();
    private static final Role[] ROLES = Role.values();

    PartReader(JsonParser p) {
        super(p);
    }

    /** Refuses a value that is not an object where the model has one. */
    final void startObject() {
        if (notNull() != JsonToken.START_OBJECT) {
            throw blankOrWrong("expected an object");
        }
    }

    /** @return the name of the next field, or null at the end of the object; the parser is on its value */
    final String nextField() {
        if (p.nextToken() != JsonToken.PROPERTY_NAME) {
            return null;
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    final Responsibility responsibility() {
        startObject();
        Responsibility.Builder r = Responsibility.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "text":
                    r.text(text());
                    break;
                case "assignments":
                    startArray();
                    List<Assignment> assignments = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        notNull();
                        assignments.add(assignment());
                    }
                    r.assignments(assignments);
                    break;
                default:
                    throw unknown(name);
            }
        }
        try {
            return r.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    private Assignment assignment() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw refuse(JsonErrors.tidy("expected an assignment object, found " + describe(p)));
        }
        Unit.Builder unit = Unit.builder();
        Assignment.Builder assignment = Assignment.builder();
        boolean hasUnit = false;
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "unit":
                    unit.name(plainString());
                    hasUnit = true;
                    break;
                case "canonical":
                    unit.canonicalName(plainString());
                    break;
                case "role":
                    assignment.role(constant(ROLES));
                    break;
                case "roleText":
                    assignment.roleText(plainString());
                    break;
                case "collective":
                    unit.collective(bool());
                    break;
                case "qualifier":
                    unit.qualifier(plainString());
                    break;
                case "person":
                    unit.person(bool());
                    break;
                default:
                    throw unknown(name);
            }
        }
        if (!hasUnit) {
            throw refuse("an assignment needs its \"unit\"");
        }
        try {
            return assignment.unit(unit.build()).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw refuse(JsonErrors.tidy("invalid assignment: " + e.getMessage()));
        }
    }

    final Deadline deadline() {
        startObject();
        Deadline.Builder d = Deadline.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "text":
                    d.text(text());
                    break;
                case "kind":
                    d.kind(constant(KINDS));
                    break;
                case "due":
                    d.due(dates());
                    break;
                case "until":
                    d.until(date());
                    break;
                case "rrule":
                    d.rrule(text());
                    break;
                case "anchor":
                    d.anchor(constant(ANCHORS));
                    break;
                case "event":
                    d.event(text());
                    break;
                case "offset":
                    d.offset(offset());
                    break;
                case "action":
                    d.action(text());
                    break;
                case "parts":
                    startArray();
                    List<Deadline> parts = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        parts.add(deadline());
                    }
                    d.parts(parts);
                    break;
                case "provisional":
                    d.provisional(bool());
                    break;
                default:
                    throw unknown(name);
            }
        }
        try {
            return d.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    private Offset offset() {
        startObject();
        Offset.Builder o = Offset.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "amount":
                    o.amount(integer());
                    break;
                case "unit":
                    o.unit(constant(UNITS));
                    break;
                default:
                    throw unknown(name);
            }
        }
        try {
            return o.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    final SourceRef source() {
        startObject();
        SourceRef.Builder s = SourceRef.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "file":
                    s.file(text());
                    break;
                case "sheet":
                    s.sheet(text());
                    break;
                case "table":
                    s.table(integer());
                    break;
                case "row":
                    s.row(integer());
                    break;
                case "cells":
                    s.cells(strings());
                    break;
                default:
                    throw unknown(name);
            }
        }
        try {
            return s.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    final LedgerTable table() {
        startObject();
        LedgerTable.Builder t = LedgerTable.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "columns":
                    t.columns(texts());
                    break;
                case "headerFound":
                    t.headerFound(bool());
                    break;
                case "source":
                    t.source(Optional.of(source()));
                    break;
                default:
                    throw unknown(name);
            }
        }
        try {
            return t.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }
}
