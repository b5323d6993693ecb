package org.taizhang.json.internal;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The document envelope: {@code {"format": "taizhang/1", "plan": {…}, "sections": […],
 * "tasks": […], "tables": […], "source": {…}}}. The plan's header fields sit in their own {@code plan} object,
 * which the model does not have, and writing a plan is where the outline ids are computed.
 */
final class WorkPlanJson {
    /** The value of the {@code format} field. */
    static final String VERSION = "taizhang/1";

    private WorkPlanJson() {}

    /** Writes the envelope; sections and tasks go through their mix-ins. */
    static final class Serializer extends StdSerializer<WorkPlan> {
        Serializer() {
            super(WorkPlan.class);
        }

        @Override
        public void serialize(WorkPlan plan, JsonGenerator g, SerializationContext ctxt) {
            ctxt.setAttribute(OutlineIds.WRITE_ATTRIBUTE, new OutlineIds.Sequence(plan));
            g.writeStartObject(plan);
            g.writeStringProperty("format", VERSION);
            if (plan.title().isPresent() || plan.issuer().isPresent() || plan.year().isPresent()
                    || plan.issuedOn().isPresent() || !plan.notes().isEmpty()) {
                g.writeName("plan");
                g.writeStartObject();
                if (plan.title().isPresent()) {
                    g.writeStringProperty("title", plan.title().get());
                }
                if (plan.issuer().isPresent()) {
                    g.writeStringProperty("issuer", plan.issuer().get());
                }
                if (plan.year().isPresent()) {
                    g.writeNumberProperty("year", plan.year().get());
                }
                if (plan.issuedOn().isPresent()) {
                    g.writeStringProperty("issuedOn", plan.issuedOn().get().toString());
                }
                if (!plan.notes().isEmpty()) {
                    g.writeName("notes");
                    g.writeStartArray();
                    for (String note : plan.notes()) {
                        g.writeString(note);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            if (!plan.sections().isEmpty()) {
                g.writeName("sections");
                ctxt.writeValue(g, plan.sections());
            }
            if (!plan.tasks().isEmpty()) {
                g.writeName("tasks");
                ctxt.writeValue(g, plan.tasks());
            }
            if (!plan.tables().isEmpty()) {
                g.writeName("tables");
                ctxt.writeValue(g, plan.tables());
            }
            if (plan.source().isPresent()) {
                g.writeName("source");
                ctxt.writeValue(g, plan.source().get());
            }
            g.writeEndObject();
        }
    }

    /** Reads the envelope; {@code format} is required and must be {@value WorkPlanJson#VERSION}. */
    static final class Deserializer extends StdDeserializer<WorkPlan> {
        Deserializer() {
            super(WorkPlan.class);
        }

        @Override
        public WorkPlan deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(this, "expected a taizhang/1 document, a JSON object, found "
                        + StrictValues.describe(p));
            }
            WorkPlan.Builder plan = WorkPlan.builder();
            boolean hasFormat = false;
            JavaType sections = ctxt.getTypeFactory().constructCollectionType(List.class, Section.class);
            JavaType tasks = ctxt.getTypeFactory().constructCollectionType(List.class, Task.class);
            JavaType tables = ctxt.getTypeFactory().constructCollectionType(List.class, LedgerTable.class);
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format":
                        String format = StrictValues.string(p, ctxt);
                        if (!VERSION.equals(format)) {
                            return ctxt.reportInputMismatch(this, "unsupported format "
                                    + LedgerException.echo(format)
                                    + "; this reader reads " + VERSION);
                        }
                        hasFormat = true;
                        break;
                    case "plan":
                        readHeader(p, ctxt, plan);
                        break;
                    case "sections":
                        plan.sections(ctxt.<List<Section>>readValue(p, nonNull(p, ctxt, sections)));
                        break;
                    case "tasks":
                        plan.tasks(ctxt.<List<Task>>readValue(p, nonNull(p, ctxt, tasks)));
                        break;
                    case "tables":
                        plan.tables(ctxt.<List<LedgerTable>>readValue(p, nonNull(p, ctxt, tables)));
                        break;
                    case "source":
                        plan.source(StrictValues.read(p, ctxt, SourceRef.class));
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, WorkPlan.class, name);
                }
            }
            if (!hasFormat) {
                return ctxt.reportInputMismatch(this,
                        "not a taizhang/1 document: the \"format\" field is missing");
            }
            return plan.build();
        }

        private void readHeader(JsonParser p, DeserializationContext ctxt, WorkPlan.Builder plan) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                ctxt.reportInputMismatch(this, "\"plan\" must be an object, found " + StrictValues.describe(p));
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "title":
                        plan.title(StrictValues.string(p, ctxt));
                        break;
                    case "issuer":
                        plan.issuer(StrictValues.string(p, ctxt));
                        break;
                    case "year":
                        plan.year(StrictValues.read(p, ctxt, Integer.class));
                        break;
                    case "issuedOn":
                        plan.issuedOn(StrictValues.read(p, ctxt, LocalDate.class));
                        break;
                    case "notes":
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            ctxt.reportInputMismatch(this, "\"notes\" must be an array, found "
                                    + StrictValues.describe(p));
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            plan.addNote(StrictValues.string(p, ctxt));
                        }
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, WorkPlan.class, name);
                }
            }
        }

        private JavaType nonNull(JsonParser p, DeserializationContext ctxt, JavaType type) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                ctxt.reportInputMismatch(type, "expected an array, found " + StrictValues.describe(p));
            }
            return type;
        }
    }
}
