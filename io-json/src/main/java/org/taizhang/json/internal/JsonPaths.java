package org.taizhang.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.taizhang.core.LedgerException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Places in a JSON document as messages give them: a JSONPath such as
 * {@code $.sections[0].tasks[3].deadline.kind}, then the line and column when known. Names that are
 * not plain identifiers are quoted and cut short like any echoed document text.
 */
final class JsonPaths {
    private static final int MAX_SEGMENTS = 80;

    private JsonPaths() {}

    /**
     * @param p the parser, at the place to name
     * @return the path and location of the parser's current token
     */
    static String place(JsonParser p) {
        return place(p.streamReadContext(), p.currentTokenLocation());
    }

    /**
     * @param context the innermost context, or null
     * @param location the location, or null when unknown
     * @return the path, followed by the line and column when known
     */
    static String place(TokenStreamContext context, TokenStreamLocation location) {
        String path = path(context);
        if (location == null || location.getLineNr() < 1) {
            return path;
        }
        return path + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * @param context the innermost context, or null
     * @return the JSONPath from the root to it
     */
    static String path(TokenStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                segments.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.currentName() != null) {
                segments.addFirst(name(c.currentName()));
            }
        }
        StringBuilder sb = new StringBuilder("$");
        int skip = segments.size() - MAX_SEGMENTS;
        if (skip > 0) {
            // Only a document nested deeper than any limit allows gets here; keep the message short.
            for (int i = 0; i < skip; i++) {
                segments.removeFirst();
            }
            sb.append("…");
        }
        segments.forEach(sb::append);
        return sb.toString();
    }

    private static String name(String name) {
        if (name.length() <= LedgerException.MAX_ECHO && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "." + name;
        }
        return "[" + LedgerException.echo(name) + "]";
    }
}
