package org.taizhang.json.internal;

import org.taizhang.core.Assignment;
import org.taizhang.core.Role;
import org.taizhang.core.Unit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * An {@link Assignment} in JSON: its {@link Unit} is flattened into it, so that a reader sees
 * {@code {"unit": "各旗区", "role": "RESPONSIBLE", "roleText": "负责落实", "collective": true}}
 * rather than a nested unit object. A mix-in cannot flatten a value object whose fields have other
 * names ({@code canonicalName} is {@code canonical}), hence this pair.
 */
final class AssignmentJson {
    private AssignmentJson() {}

    /** Writes unit, canonical, role, roleText, collective (only when true), qualifier, person (only when true). */
    static final class Serializer extends StdSerializer<Assignment> {
        Serializer() {
            super(Assignment.class);
        }

        @Override
        public void serialize(Assignment a, JsonGenerator g, SerializationContext ctxt) {
            Unit unit = a.unit();
            g.writeStartObject(a);
            g.writeStringProperty("unit", unit.name());
            if (unit.canonicalName().isPresent()) {
                g.writeStringProperty("canonical", unit.canonicalName().get());
            }
            g.writeStringProperty("role", a.role().name());
            if (a.roleText().isPresent()) {
                g.writeStringProperty("roleText", a.roleText().get());
            }
            if (unit.isCollective()) {
                g.writeBooleanProperty("collective", true);
            }
            if (unit.qualifier().isPresent()) {
                g.writeStringProperty("qualifier", unit.qualifier().get());
            }
            if (unit.isPerson()) {
                g.writeBooleanProperty("person", true);
            }
            g.writeEndObject();
        }
    }

    /** Reads the flattened shape; {@code unit} is required, {@code role} defaults to RESPONSIBLE. */
    static final class Deserializer extends StdDeserializer<Assignment> {
        Deserializer() {
            super(Assignment.class);
        }

        @Override
        public Assignment deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            } else if (t != JsonToken.PROPERTY_NAME) {
                return ctxt.reportInputMismatch(this, "expected an assignment object, found "
                        + StrictValues.describe(p));
            }
            Unit.Builder unit = Unit.builder();
            Assignment.Builder assignment = Assignment.builder();
            boolean hasUnit = false;
            for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "unit":
                        unit.name(StrictValues.string(p, ctxt));
                        hasUnit = true;
                        break;
                    case "canonical":
                        unit.canonicalName(StrictValues.string(p, ctxt));
                        break;
                    case "role":
                        assignment.role(StrictValues.read(p, ctxt, Role.class));
                        break;
                    case "roleText":
                        assignment.roleText(StrictValues.string(p, ctxt));
                        break;
                    case "collective":
                        unit.collective(StrictValues.read(p, ctxt, Boolean.class));
                        break;
                    case "qualifier":
                        unit.qualifier(StrictValues.string(p, ctxt));
                        break;
                    case "person":
                        unit.person(StrictValues.read(p, ctxt, Boolean.class));
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, Assignment.class, name);
                }
            }
            if (!hasUnit) {
                return ctxt.reportInputMismatch(this, "an assignment needs its \"unit\"");
            }
            try {
                return assignment.unit(unit.build()).build();
            } catch (IllegalArgumentException | IllegalStateException e) {
                return ctxt.reportInputMismatch(this, "invalid assignment: " + e.getMessage());
            }
        }
    }
}
