package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.json.internal.JsonCodec;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

class ReaderComparisonTest {
    static final List<String> VALUES = List.of("null", "5", "-1", "0", "6.5", "1e2", "3000000000", "true", "false",
            "\"x\"", "\"\"", "\" \"", "{}", "[]", "[null]", "[1]", "[\"x\"]", "{\"a\":1}", "{\"a\":\"b\"}",
            "\"2022-02-30\"", "\"2022-09-30\"", "\" 2022-09-30\"", "19000", "[2022,9,30]", "\"DONE\"", "\" DONE\"",
            "\"done\"", "\"COMPOSITE\"", "\"ABSOLUTE\"", "\"RELATIVE\"", "\"LEAD\"", "\"EVENT\"", "\"DAYS\"",
            "\"NONE\"", "\"1\"", "\"1.1\"", "[{}]", "[[]]", "{\"text\":\"x\",\"kind\":\"VAGUE\"}",
            "{\"amount\":1,\"unit\":\"DAYS\"}", "{\"unit\":\"市司法局\"}", "\"taizhang/1\"", "1.0", "-0", "\"\\u0000\"");

    @Test
    void the_streaming_reader_answers_as_the_databind_reader() {
        List<String> bases = new ArrayList<>();
        bases.add(compact(SamplePlans.golden()));
        qt().withExamples(12).forAll(WorkPlans.plans()).checkAssert(plan -> bases.add(compact(plan)));
        Map<String, String> diffs = new LinkedHashMap<>();
        int cases = 0;
        for (String base : bases) {
            for (String json : mutations(base)) {
                cases++;
                String old = outcome(json, true);
                String now = outcome(json, false);
                if (!old.equals(now) && !deliberate(old, now)) {
                    String key = old.replaceAll("\\$[^ ]*|\\(line.*?\\)", "") + "\n   NEW "
                            + now.replaceAll("\\$[^ ]*|\\(line.*?\\)", "");
                    diffs.putIfAbsent(key, old + "\n   NEW " + now);
                }
            }
        }
        StringBuilder sb = new StringBuilder("cases " + cases + ", differences " + diffs.size() + "\n");
        diffs.entrySet().stream().limit(150).forEach(e -> sb.append("OLD ").append(e.getValue()).append("\n"));
        assertThat(diffs).as(sb.toString()).isEmpty();
    }

    /** Where the streaming reader is stricter or clearer on purpose. */
    static boolean deliberate(String old, String now) {
        if (now.endsWith("expected an ISO date YYYY-MM-DD") && !old.endsWith("expected an ISO date YYYY-MM-DD")) {
            return true; // dates: no arrays, no epoch days, no padding
        }
        if (old.contains("Cannot invoke") || old.contains("NullPointerException") || old.endsWith("invalid value: null")) {
            return true; // a blank string for a number or boolean
        }
        if ((now.contains(".inferred[") || now.contains(".columns[")) && now.endsWith("wrong type: expected a string")) {
            return true; // an array or object inside a list of strings
        }
        java.util.regex.Matcher o = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(old);
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(now);
        if (o.find() && n.find() && !o.group(1).equals(n.group(1))
                && o.group(1).equals(n.group(1).trim()) || old.startsWith("OK") && now.contains("invalid value \" ")) {
            return true; // no padding around names and dates
        }
        return false;
    }

    static String outcome(String json, boolean old) {
        ReadContext context = new ReadContext(null, ReadOptions.defaults());
        try {
            WorkPlan plan = old ? JsonCodec.readWithDatabind(json, context) : JsonCodec.read(json, context);
            return "OK " + plan.hashCode() + " " + plan.taskCount();
        } catch (LedgerException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "THROWN " + e;
        }
    }

    static String compact(WorkPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LedgerJson.write(plan, out, false);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    /** Every value replaced by each of VALUES, unknown and duplicate fields, ids, and truncations. */
    static List<String> mutations(String json) {
        List<String> out = new ArrayList<>();
        out.add(json);
        JsonParser p = new JsonFactory().createParser(json);
        List<int[]> spans = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        List<String[]> firstProps = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.PROPERTY_NAME) {
                continue;
            }
            int start = (int) p.currentTokenLocation().getCharOffset();
            if (t == JsonToken.START_OBJECT) {
                objects.add(start);
            }
            if (t.isStructStart()) {
                // Spans of containers are found after skipping; scalars at once.
                JsonParser q = new JsonFactory().createParser(json.substring(start));
                q.nextToken();
                q.skipChildren();
                int end = start + (int) q.currentLocation().getCharOffset();
                spans.add(new int[] {start, end});
            } else if (t.isScalarValue()) {
                p.getText();
                spans.add(new int[] {start, (int) p.currentLocation().getCharOffset()});
            }
        }
        for (int[] span : spans) {
            for (String v : VALUES) {
                out.add(json.substring(0, span[0]) + v + json.substring(span[1]));
            }
        }
        for (int at : objects) {
            String head = json.substring(0, at + 1);
            String tail = json.substring(at + 1);
            boolean empty = tail.startsWith("}");
            String sep = empty ? "" : ",";
            for (String field : List.of("\"zz\":1", "\"id\":\"1\"", "\"id\":\"9\"", "\"id\":1", "\"id\":null",
                    "\"from\":[]", "\"unit\":\"x\"", "\"sections\":[]", "\"tasks\":[{}]",
                    "\"sections\":[{\"title\":\"t\"}]", "\"text\":\"t\"", "\"title\":\"t\"")) {
                out.add(head + field + sep + tail);
            }
            if (!empty) {
                // The object's first field again at its end: a duplicate key.
                JsonParser q = new JsonFactory().createParser(tail.startsWith("\"") ? "{" + tail : "{}");
                q.nextToken();
                q.nextToken();
                String name = q.currentName();
                q.nextToken();
                q.skipChildren();
                int end = (int) q.currentLocation().getCharOffset() - 1;
                String first = tail.substring(0, end);
                out.add(head + tail + "");
                out.add(head + first + "," + tail);
                out.add(head + tail.replaceFirst("\"" + java.util.regex.Pattern.quote(name) + "\"",
                        "\"" + name.toUpperCase() + "\""));
            }
        }
        for (int cut = 0; cut < json.length(); cut += Math.max(1, json.length() / 60)) {
            out.add(json.substring(0, cut));
        }
        out.add(json + " {}");
        out.add(json + " x");
        out.add("[" + json + "]");
        return out;
    }
}
