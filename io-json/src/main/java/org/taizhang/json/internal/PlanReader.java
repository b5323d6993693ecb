package org.taizhang.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a {@code taizhang/1} document from a streaming parser into the model: the envelope, the
 * plan's header, sections and tasks, with every check of {@code docs/json.md}.
 *
 * <p>Outline ids are optional and checked against their position ({@link OutlineIdCheck}); a wrong
 * one is reported only once the whole document has been read, so that any other fault comes first.
 */
final class PlanReader extends PartReader {
    private static final Numbering[] NUMBERINGS = Numbering.values();
    private static final Status[] STATUSES = Status.values();

    private final OutlineIdCheck ids = new OutlineIdCheck();

    PlanReader(JsonParser p) {
        super(p);
    }

    /**
     * @return the plan, or null for a document that is {@code null}
     */
    WorkPlan document() {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw refuse("empty document: expected a taizhang/1 JSON object");
        }
        if (t == JsonToken.VALUE_NULL) {
            endOfDocument();
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw refuse(JsonErrors.tidy("expected a taizhang/1 document, a JSON object, found "
                    + describe(p)));
        }
        WorkPlan.Builder plan = WorkPlan.builder();
        boolean hasFormat = false;
        OutlineIdCheck.Node root = ids.root();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "format":
                    String format = plainString();
                    if (!JsonCodec.VERSION.equals(format)) {
                        throw refuse(JsonErrors.tidy("unsupported format " + LedgerException.echo(format)
                                + "; this reader reads " + JsonCodec.VERSION));
                    }
                    hasFormat = true;
                    break;
                case "plan":
                    header(plan);
                    break;
                case "sections":
                    envelopeArray();
                    plan.sections(sections(root));
                    break;
                case "tasks":
                    envelopeArray();
                    plan.tasks(tasks(root));
                    break;
                case "tables":
                    envelopeArray();
                    List<LedgerTable> tables = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        tables.add(table());
                    }
                    plan.tables(tables);
                    break;
                case "source":
                    plan.source(source());
                    break;
                default:
                    throw unknown(name);
            }
        }
        if (!hasFormat) {
            throw refuse("not a taizhang/1 document: the \"format\" field is missing");
        }
        ids.end(root);
        WorkPlan built;
        try {
            built = plan.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
        endOfDocument();
        ids.reportFirstWrong();
        return built;
    }

    private void endOfDocument() {
        if (p.nextToken() != null) {
            throw refuse("unexpected content after the end of the document");
        }
    }

    private void envelopeArray() {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw refuse(JsonErrors.tidy("expected an array, found " + describe(p)));
        }
    }

    private void header(WorkPlan.Builder plan) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw refuse(JsonErrors.tidy("\"plan\" must be an object, found " + describe(p)));
        }
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "title":
                    plan.title(plainString());
                    break;
                case "issuer":
                    plan.issuer(plainString());
                    break;
                case "year":
                    plan.year(integer());
                    break;
                case "issuedOn":
                    plan.issuedOn(date());
                    break;
                case "notes":
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw refuse(JsonErrors.tidy("\"notes\" must be an array, found "
                                + describe(p)));
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        plan.addNote(plainString());
                    }
                    break;
                default:
                    throw unknown(name);
            }
        }
    }

    /** The parser is on the array's start; each section is numbered within {@code parent}. */
    private List<Section> sections(OutlineIdCheck.Node parent) {
        List<Section> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(section(parent, out.size()));
        }
        parent.sections(out.size());
        return out;
    }

    private List<Task> tasks(OutlineIdCheck.Node parent) {
        List<Task> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(task(parent, out.size()));
        }
        return out;
    }

    private Section section(OutlineIdCheck.Node parent, int index) {
        startObject();
        Section.Builder s = Section.builder();
        OutlineIdCheck.Node node = ids.section(parent, index);
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "id":
                    node.stated(id(), p);
                    break;
                case "number":
                    s.number(text());
                    break;
                case "numbering":
                    s.numbering(constant(NUMBERINGS));
                    break;
                case "title":
                    s.title(text());
                    break;
                case "sections":
                    startArray();
                    s.sections(sections(node));
                    break;
                case "tasks":
                    startArray();
                    s.tasks(tasks(node));
                    break;
                case "source":
                    s.source(source());
                    break;
                default:
                    throw unknown(name);
            }
        }
        ids.end(node);
        try {
            return s.build();
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    private Task task(OutlineIdCheck.Node parent, int index) {
        startObject();
        Task.Builder t = Task.builder();
        for (String name = nextField(); name != null; name = nextField()) {
            switch (name) {
                case "id":
                    ids.task(parent, index, id(), p);
                    break;
                case "number":
                    t.number(text());
                    break;
                case "name":
                    t.name(text());
                    break;
                case "content":
                    t.content(text());
                    break;
                case "basis":
                    t.basis(text());
                    break;
                case "responsibility":
                    t.responsibility(responsibility());
                    break;
                case "deadline":
                    t.deadline(deadline());
                    break;
                case "indicators":
                    t.indicators(text());
                    break;
                case "progress":
                    t.progress(text());
                    break;
                case "status":
                    t.status(constant(STATUSES));
                    break;
                case "completedOn":
                    t.completedOn(date());
                    break;
                case "remarks":
                    t.remarks(text());
                    break;
                case "extra":
                    t.extra(strings());
                    break;
                case "source":
                    t.source(Optional.of(source()));
                    break;
                case "inferred":
                    t.inferred(texts());
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

    /** @return the outline id stated, which must be a string */
    private String id() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw refuse("an outline id must be a string such as \"1.2\"");
        }
        return p.getString();
    }
}
