package org.taizhang.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns what Jackson's parser throws (JSON that is not well formed, a duplicate key, a limit passed)
 * into a {@link LedgerException} that names the JSON path, line and
 * column, in words a ledger's author understands. Jackson's own messages are not passed on as they
 * are: they may repeat long stretches of the document.
 */
final class JsonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"",
            Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final int MAX_REASON = 200;

    private JsonErrors() {}

    /**
     * @param e what Jackson threw
     * @param p the parser, or null when it could not be created
     * @param context the read
     * @return the exception to throw
     */
    static LedgerException translate(JacksonException e, JsonParser p, ReadContext context) {
        LedgerException carried = carried(e);
        if (carried != null) {
            return carried;
        }
        String place = place(e, p);
        if (e instanceof StreamConstraintsException) {
            return context.limit(place, limitReason(e.getOriginalMessage(), context));
        }
        return context.error(place, reason(e), e);
    }

    /**
     * @param e a failure that is not Jackson's, from the model's own checks
     * @param p the parser, or null
     * @param context the read
     * @return the exception to throw
     */
    static LedgerException translate(RuntimeException e, JsonParser p, ReadContext context) {
        String place = p == null ? "$" : JsonPaths.place(p);
        return context.error(place, "invalid value: " + tidy(String.valueOf(e.getMessage())), e);
    }

    private static LedgerException carried(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimedParser.Stop) {
                return ((TimedParser.Stop) t).ledgerException();
            }
        }
        return null;
    }

    private static String place(JacksonException e, JsonParser p) {
        TokenStreamContext ctx = p != null ? p.streamReadContext() : null;
        return JsonPaths.place(ctx, e.getLocation() != null ? e.getLocation()
                : p != null ? p.currentTokenLocation() : null);
    }

    private static String reason(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            return "duplicate key " + LedgerException.echo(dup.group(1));
        }
        if (e instanceof UnexpectedEndOfInputException) {
            String what = message.replaceFirst("^Unexpected end-of-input:? *", "");
            int marker = what.indexOf(" (start marker");
            return "the document ends too early (truncated?): "
                    + tidy(marker < 0 ? what : what.substring(0, marker));
        }
        return "not valid JSON: " + tidy(message);
    }

    private static String limitReason(String message, ReadContext context) {
        String m = String.valueOf(message);
        if (m.contains("nesting depth")) {
            return "nested deeper than " + context.limits().maxDepth() + " levels (ReadLimits.maxDepth)";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "a string holds more than " + context.limits().maxCellChars()
                    + " characters (ReadLimits.maxCellChars)";
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the document is longer than " + context.limits().maxFileBytes()
                    + " bytes (ReadLimits.maxFileBytes)";
        }
        return "a limit was passed: " + tidy(m);
    }

    /** First line of a message, quoted stretches of the document cut short, and at most 200 chars. */
    static String tidy(String message) {
        String first = message.lines().findFirst().orElse("");
        Matcher m = QUOTED.matcher(first);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String quoted = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(LedgerException.echo(quoted)));
        }
        m.appendTail(sb);
        String s = sb.toString();
        return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) + "…" : s;
    }
}
