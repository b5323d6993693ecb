package org.taizhang.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Responsibility;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes {@code taizhang/1} documents on Jackson's streaming API; the public classes of
 * io-json delegate here.
 */
public final class JsonCodec {
    /** The value of the document's {@code format} field. */
    static final String VERSION = "taizhang/1";

    private JsonCodec() {}

    /**
     * Reads a document from a stream, which is read but not closed.
     *
     * @param in the stream, UTF-8 (UTF-16 and UTF-32 are detected too)
     * @param context the file name, limits and clock
     * @return the plan
     * @throws LedgerException when the document is not a valid taizhang/1 document
     */
    public static WorkPlan read(InputStream in, ReadContext context) throws LedgerException {
        return read(context, f -> f.createParser(ObjectReadContext.empty(), in));
    }

    /**
     * Reads a document from a string.
     *
     * @param json the document
     * @param context the limits and clock
     * @return the plan
     * @throws LedgerException when the document is not a valid taizhang/1 document
     */
    public static WorkPlan read(String json, ReadContext context) throws LedgerException {
        return read(context, f -> f.createParser(ObjectReadContext.empty(), json));
    }

    private static WorkPlan read(ReadContext context, Function<JsonFactory, JsonParser> open)
            throws LedgerException {
        JsonParser p = null;
        try {
            p = new TimedParser(open.apply(Parsers.factory(context.limits())), context);
            WorkPlan plan = new PlanReader(p).document();
            if (plan == null) {
                throw context.error("$", "expected a taizhang/1 JSON object, found null");
            }
            return plan;
        } catch (JsonRefusal e) {
            throw context.error(e.place, e.reason);
        } catch (JacksonException e) {
            throw JsonErrors.translate(e, p, context);
        } catch (RuntimeException e) {
            // A model check outside a builder's build(), should one fail: still a LedgerException.
            throw JsonErrors.translate(e, p, context);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (JacksonException ignored) {
                    // Closing a parser that does not own its input cannot lose data.
                }
            }
        }
    }

    /**
     * Writes a plan, pretty-printed, UTF-8 without BOM, ending with a newline. The stream is not
     * closed.
     *
     * @param plan the plan
     * @param out the stream
     * @throws JacksonException when the stream fails
     */
    public static void write(WorkPlan plan, OutputStream out) {
        write(plan, out, true);
    }

    /**
     * Writes a plan, UTF-8 without BOM, ending with a newline. The stream is not closed.
     *
     * @param plan the plan
     * @param out the stream
     * @param pretty true for two-space indents and a line per value; false for one line
     * @throws JacksonException when the stream fails
     */
    public static void write(WorkPlan plan, OutputStream out, boolean pretty) {
        try (JsonGenerator g = Generators.create(out, pretty)) {
            PlanWriter.writePlan(plan, g);
            g.writeRaw('\n');
        }
    }

    /**
     * @param plan the plan
     * @return the document, pretty-printed, ending with a newline
     */
    public static String write(WorkPlan plan) {
        // Through UTF-8 bytes, so that the text is exactly what a file would hold: a lone surrogate
        // read from an escaped code unit is written as an escape again.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param value a deadline
     * @return its canonical JSON on one line
     */
    public static String compact(Deadline value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Generators.create(out, false)) {
            PlanWriter.writeDeadline(value, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param value a responsibility
     * @return its canonical JSON on one line
     */
    public static String compact(Responsibility value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Generators.create(out, false)) {
            PlanWriter.writeResponsibility(value, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
