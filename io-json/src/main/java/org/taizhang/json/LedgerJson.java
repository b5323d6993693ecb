package org.taizhang.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Responsibility;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.json.internal.JsonCodec;
import tools.jackson.core.JacksonException;

/**
 * The canonical {@code taizhang/1} JSON of a ledger, read and written.
 *
 * <pre>{@code
 * String json = LedgerJson.write(plan);
 * WorkPlan same = LedgerJson.read(json);          // same.equals(plan)
 * String line = LedgerJson.deadlineToJson(task.deadline().get());
 * }</pre>
 *
 * <p>Writing gives pretty-printed UTF-8 without a byte-order mark, fields in the order of the format,
 * absent values left out, dates as {@code YYYY-MM-DD}, and a final newline. Reading is strict: an
 * unknown field, a duplicate key, a null, a value of the wrong type, an outline id that does not
 * match its position, or a document past the {@link org.taizhang.core.ReadLimits} ends in a
 * {@link LedgerException} whose place is the JSON path, line and column. Thread-safe.
 */
public final class LedgerJson {
    private static final String SCHEMA_RESOURCE = "taizhang-1.schema.json";

    private LedgerJson() {}

    /**
     * Writes a plan as a {@code taizhang/1} document, pretty-printed (two-space indents).
     *
     * @param plan the plan
     * @return the document, ending with a newline
     */
    public static String write(WorkPlan plan) {
        return JsonCodec.write(plan);
    }

    /**
     * Writes a plan as a {@code taizhang/1} document in UTF-8, pretty-printed. The stream is flushed,
     * not closed.
     *
     * @param plan the plan
     * @param out the stream
     * @throws LedgerException when the stream fails
     */
    public static void write(WorkPlan plan, OutputStream out) throws LedgerException {
        write(plan, out, true);
    }

    /**
     * Writes a plan as a {@code taizhang/1} document in UTF-8, pretty-printed or on one line, ending
     * with a newline. The stream is flushed, not closed.
     *
     * @param plan the plan
     * @param out the stream
     * @param pretty true for two-space indents and one value to a line, false for one line
     * @throws LedgerException when the stream fails
     */
    public static void write(WorkPlan plan, OutputStream out, boolean pretty) throws LedgerException {
        try {
            JsonCodec.write(plan, out, pretty);
        } catch (JacksonException e) {
            throw new LedgerException("cannot write the JSON document: " + e.getOriginalMessage(),
                    null, null, e);
        }
    }

    /**
     * Reads a {@code taizhang/1} document with the default limits.
     *
     * @param json the document
     * @return the plan
     * @throws LedgerException when it is not a valid document; the place is the JSON path
     */
    public static WorkPlan read(String json) throws LedgerException {
        return JsonCodec.read(json, new ReadContext(null, ReadOptions.defaults()));
    }

    /**
     * Reads a {@code taizhang/1} document from a stream, which is read but not closed.
     *
     * @param in the stream, in UTF-8
     * @param context the file name for messages, the limits and the time limit
     * @return the plan
     * @throws LedgerException when it is not a valid document; the place is the JSON path
     */
    public static WorkPlan read(InputStream in, ReadContext context) throws LedgerException {
        return JsonCodec.read(in, context);
    }

    /**
     * A deadline in its canonical shape on one line, as the {@code taizhang deadline} command
     * prints it: {@code {"text":"2022年9月底前","kind":"ABSOLUTE","due":["2022-09-30"]}}.
     *
     * @param deadline the deadline
     * @return the JSON object, without a line break
     */
    public static String deadlineToJson(Deadline deadline) {
        return JsonCodec.compact(deadline);
    }

    /**
     * A responsibility in its canonical shape on one line, as the {@code taizhang units} command
     * prints it: {@code {"text":…,"assignments":[{"unit":"市司法局","role":"LEAD",…}]}}.
     *
     * @param responsibility the responsibility
     * @return the JSON object, without a line break
     */
    public static String responsibilityToJson(Responsibility responsibility) {
        return JsonCodec.compact(responsibility);
    }

    /**
     * The JSON Schema (draft 2020-12) of the {@code taizhang/1} format. It is also shipped in this
     * module's jar as {@code org/taizhang/json/taizhang-1.schema.json}.
     *
     * @return the schema document
     */
    public static String schema() {
        try (InputStream in = LedgerJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
