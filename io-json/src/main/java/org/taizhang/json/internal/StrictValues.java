package org.taizhang.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/** Reads one scalar in the custom deserializers with the same strictness as the mix-ins: no nulls. */
final class StrictValues {
    private StrictValues() {}

    /**
     * @param p the parser, at the value
     * @param ctxt the context
     * @param type the type wanted
     * @param <T> the type
     * @return the value, never null
     */
    static <T> T read(JsonParser p, DeserializationContext ctxt, Class<T> type) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return ctxt.reportInputMismatch(type, "null is not allowed here; leave the field out instead");
        }
        return ctxt.readValue(p, type);
    }

    /**
     * @param p the parser, at the value
     * @param ctxt the context
     * @return the string value
     */
    static String string(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(String.class, "expected a string, found " + describe(p));
        }
        return p.getString();
    }

    /**
     * @param p the parser
     * @return what the current token is, in words
     */
    static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.name();
        }
    }
}
