package org.taizhang.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.json.internal.SummaryCodec;

/**
 * Where a plan stands on a day, as JSON: the document {@code taizhang summary --format json}
 * prints.
 *
 * <pre>{@code
 * {"asOf": "2022-10-01",
 *  "plan": {"title": "…", "rollup": {…}},
 *  "sections": [{"id": "1", "title": "一、…", "rollup": {…}, "sections": […]}],
 *  "units": [{"unit": "市司法局", "role": "LEAD", "tasks": 5, "overdue": 1}],
 *  "months": [{"month": "2022-09", "due": 4}],
 *  "overdue": [{"id": "1.2", "content": "…", "due": "2022-09-30", "units": ["市司法局"], "place": "Sheet1!C5"}]}
 * }</pre>
 *
 * <p>A {@code rollup} is {@code {"tasks", "byStatus": {"NOT_STARTED": n, "IN_PROGRESS": n,
 * "DONE": n, "UNKNOWN": n}, "overdue", "dueSoon", "doneRatio", "nextDue", "light"}}; {@code
 * doneRatio} is rounded to four decimals, {@code nextDue} is left out when there is none, and
 * {@code light} is {@code RED}, {@code YELLOW}, {@code GREEN} or {@code GREY}. Output is
 * pretty-printed UTF-8 with a final newline. Thread-safe.
 */
public final class SummaryJson {
    private static final String SCHEMA_RESOURCE = "taizhang-summary-1.schema.json";

    private SummaryJson() {}

    /**
     * @param rollup the rollups of a plan on a day
     * @return the document, ending with a newline
     */
    public static String write(PlanRollup rollup) {
        return SummaryCodec.write(rollup);
    }

    /**
     * The JSON Schema (draft 2020-12) of the summary document, shipped in this module's jar as
     * {@code org/taizhang/json/taizhang-summary-1.schema.json}.
     *
     * @return the schema document
     */
    public static String schema() {
        try (InputStream in = SummaryJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the summary schema resource is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
