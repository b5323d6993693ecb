package org.taizhang.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.LedgerException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The scalars, lists and maps of the strict reader, on a streaming parser, and the refusals it
 * makes: each names the JSON path and the line and column, with the wording of {@code docs/json.md}.
 * A refusal of a value is placed at the value's first character; an unknown field where the parser
 * stands after reading the value's first token.
 */
abstract class ValueReader {
    /** The parser; every method starts at the current token and leaves the parser on the value's last token. */
    final JsonParser p;

    ValueReader(JsonParser p) {
        this.p = p;
    }

    /** A value of the format's string fields; a number or a boolean is refused with its text. */
    final String text() {
        JsonToken t = notNull();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            throw refuse("invalid value " + scalarText() + ": expected a string");
        }
        throw wrongType("expected a string");
    }

    /** A string of the envelope or an assignment, refused with what was found instead. */
    final String plainString() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw refuse(JsonErrors.tidy("expected a string, found " + describe(p)));
        }
        return p.getString();
    }

    /** An integer that fits an {@code int}. */
    final int integer() {
        JsonToken t = notNull();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            // Past the range of an int, the parser refuses the number itself.
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw refuse("invalid value " + scalarText() + ": expected an integer");
        }
        throw emptyOrWrong("expected an integer");
    }

    /** {@code true} or {@code false}. */
    final boolean bool() {
        JsonToken t = notNull();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            throw refuse("invalid value " + scalarText() + ": expected true or false");
        }
        throw emptyOrWrong("expected true or false");
    }

    /** An enumeration's constant by its exact name. */
    final <E extends Enum<E>> E constant(E[] values) {
        JsonToken t = notNull();
        if (t == JsonToken.VALUE_STRING) {
            String name = p.getString();
            for (E e : values) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            throw refuse("invalid value " + LedgerException.echo(name) + ": " + oneOf(values));
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            throw refuse("invalid value " + p.getIntValue() + ": " + oneOf(values));
        }
        throw wrongType(oneOf(values));
    }

    /** An ISO date, {@code YYYY-MM-DD}. */
    final LocalDate date() {
        if (notNull() == JsonToken.VALUE_STRING) {
            String s = p.getString();
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw refuse("invalid value " + LedgerException.echo(s) + ": expected an ISO date YYYY-MM-DD");
            }
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            throw refuse("invalid value " + scalarText() + ": expected an ISO date YYYY-MM-DD");
        }
        throw wrongType("expected an ISO date YYYY-MM-DD");
    }

    /** An array of the format's strings. */
    final List<String> texts() {
        if (notNull() != JsonToken.START_ARRAY) {
            throw blankOrWrong("expected an array");
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(text());
        }
        return out;
    }

    /** An array of dates. */
    final List<LocalDate> dates() {
        startArray();
        List<LocalDate> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(date());
        }
        return out;
    }

    /** An object whose values are strings ({@code extra}, {@code cells}); keys keep their order. */
    final Map<String, String> strings() {
        if (notNull() != JsonToken.START_OBJECT) {
            throw blankOrWrong("expected an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            p.nextToken();
            out.put(key, text());
        }
        return out;
    }

    /** Refuses anything but an array for a list field of a model object. */
    final void startArray() {
        if (notNull() != JsonToken.START_ARRAY) {
            throw wrongType("expected an array");
        }
    }

    /** @return the current token; null is refused, since the format leaves a field out instead */
    final JsonToken notNull() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            throw refuse("null is not allowed here; leave the field out instead");
        }
        return t;
    }

    /** @return the refusal of an unknown field, at the value the parser stands on */
    final JsonRefusal unknown(String name) {
        return new JsonRefusal(JsonPaths.place(p.streamReadContext(), p.currentLocation()),
                "unknown field " + LedgerException.echo(name) + " (the taizhang/1 format has no such field here)");
    }

    /** @return the refusal of a value of the wrong type, naming an empty string as such */
    final JsonRefusal emptyOrWrong(String expected) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().isEmpty()) {
            return refuse("invalid value \"\": " + expected);
        }
        return wrongType(expected);
    }

    /** @return as {@link #emptyOrWrong}, but a blank string counts as empty too */
    final JsonRefusal blankOrWrong(String expected) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().trim().isEmpty()) {
            return refuse("invalid value \"\": " + expected);
        }
        return wrongType(expected);
    }

    /** @return the refusal of a value of the wrong type */
    final JsonRefusal wrongType(String expected) {
        return refuse("wrong type: " + expected);
    }

    /** @return a refusal placed at the current token */
    final JsonRefusal refuse(String reason) {
        return new JsonRefusal(JsonPaths.place(p), reason);
    }

    /** @return a refusal of an object the model does not accept, placed at its closing brace */
    final JsonRefusal invalid(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return refuse("invalid value: " + JsonErrors.tidy(String.valueOf(root.getMessage())));
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

    /** @return a number as Jackson reads it ({@code 1e2} is {@code 100.0}), or a boolean */
    private String scalarText() {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? p.getString()
                : String.valueOf(p.getNumberValue());
    }

    private static String oneOf(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder("expected one of ");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i].name());
        }
        return sb.toString();
    }
}
