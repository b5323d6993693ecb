package org.taizhang.json.internal;

import java.util.List;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Accepts the derived {@code id} of a section or task, which the model does not hold, and notes it
 * with its position so that the reader can check it once the whole plan is known. Every other
 * unknown property stays an error.
 */
final class OutlineIdHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
            ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
        if (!"id".equals(propertyName)
                || !(beanOrClass instanceof Section.Builder || beanOrClass instanceof Task.Builder)) {
            return false;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(String.class,
                    "an outline id must be a string such as \"1.2\"");
        }
        String id = p.getString();
        @SuppressWarnings("unchecked")
        List<OutlineIds.SeenId> seen = (List<OutlineIds.SeenId>) ctxt.getAttribute(
                OutlineIds.SEEN_ATTRIBUTE);
        if (seen != null) {
            TokenStreamContext objectContext = p.streamReadContext();
            String pointer = objectContext.getParent().pathAsPointer().toString();
            TokenStreamLocation at = p.currentTokenLocation();
            seen.add(new OutlineIds.SeenId(pointer, id, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr()));
        }
        return true;
    }
}
