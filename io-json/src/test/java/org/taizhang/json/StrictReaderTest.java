package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ReadContext;

/** The checks of the streaming reader, field by field and level by level. */
class StrictReaderTest {
    private static final String HEAD = "{\"format\":\"taizhang/1\",";
    private static final String STATUSES = "expected one of NOT_STARTED, IN_PROGRESS, DONE, UNKNOWN";
    private static final String DATE = "expected an ISO date YYYY-MM-DD";

    /** Where each kind of field stands: @ is replaced by the value under test. */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("plan.title", HEAD + "\"plan\":{\"title\":@}}"),
            Map.entry("plan.year", HEAD + "\"plan\":{\"year\":@}}"),
            Map.entry("plan.issuedOn", HEAD + "\"plan\":{\"issuedOn\":@}}"),
            Map.entry("section.title", HEAD + "\"sections\":[{\"title\":@}]}"),
            Map.entry("section.numbering", HEAD + "\"sections\":[{\"title\":\"t\",\"numbering\":@}]}"),
            Map.entry("section.tasks", HEAD + "\"sections\":[{\"title\":\"t\",\"tasks\":@}]}"),
            Map.entry("task.content", HEAD + "\"tasks\":[{\"content\":@}]}"),
            Map.entry("task.status", HEAD + "\"tasks\":[{\"status\":@}]}"),
            Map.entry("task.completedOn", HEAD + "\"tasks\":[{\"completedOn\":@}]}"),
            Map.entry("task.extra", HEAD + "\"tasks\":[{\"extra\":@}]}"),
            Map.entry("task.inferred", HEAD + "\"tasks\":[{\"inferred\":@}]}"),
            Map.entry("task.deadline", HEAD + "\"tasks\":[{\"deadline\":@}]}"),
            Map.entry("deadline.provisional", HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"VAGUE\","
                    + "\"provisional\":@}}]}"),
            Map.entry("offset.amount", HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\","
                    + "\"offset\":{\"unit\":\"DAYS\",\"amount\":@}}}]}"),
            Map.entry("source.row", HEAD + "\"tasks\":[{\"source\":{\"row\":@}}]}"),
            Map.entry("assignment.unit", HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":"
                    + "[{\"unit\":@}]}}]}"),
            Map.entry("assignment.collective", HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\","
                    + "\"assignments\":[{\"unit\":\"市司法局\",\"collective\":@}]}}]}"),
            Map.entry("table.columns", HEAD + "\"tables\":[{\"columns\":@}]}"));

    /** Field kind, value, and the reason the reader gives; null means the value is read. */
    private static final List<String[]> CASES = List.of(
            new String[] {"plan.title", "5", "expected a string, found a number"},
            new String[] {"plan.title", "null", "expected a string, found null"},
            new String[] {"plan.title", "[]", "expected a string, found an array"},
            new String[] {"plan.year", "\"2022\"", "wrong type: expected an integer"},
            new String[] {"plan.year", "\"\"", "invalid value \"\": expected an integer"},
            new String[] {"plan.year", "6.5", "invalid value 6.5: expected an integer"},
            new String[] {"plan.year", "1e2", "invalid value 100.0: expected an integer"},
            new String[] {"plan.year", "true", "wrong type: expected an integer"},
            new String[] {"plan.year", "null", "null is not allowed here; leave the field out instead"},
            new String[] {"plan.year", "2022", null},
            new String[] {"plan.issuedOn", "\"2022-02-30\"", "invalid value \"2022-02-30\": " + DATE},
            new String[] {"plan.issuedOn", "\"2022/09/30\"", "invalid value \"2022/09/30\": " + DATE},
            new String[] {"plan.issuedOn", "19000", "invalid value 19000: " + DATE},
            new String[] {"plan.issuedOn", "[2022,9,30]", "wrong type: " + DATE},
            new String[] {"plan.issuedOn", "\" 2022-09-30\"", "invalid value \" 2022-09-30\": " + DATE},
            new String[] {"plan.issuedOn", "\"2022-09-30\"", null},
            new String[] {"section.title", "5", "invalid value 5: expected a string"},
            new String[] {"section.title", "-0", "invalid value 0: expected a string"},
            new String[] {"section.title", "false", "invalid value false: expected a string"},
            new String[] {"section.title", "{}", "wrong type: expected a string"},
            new String[] {"section.numbering", "\"一\"", "invalid value \"一\": expected one of CN_COMMA, CN_PAREN, "
                    + "ARABIC_DOT, ARABIC_PAREN, CIRCLED, ARABIC, NONE"},
            new String[] {"section.numbering", "2", "invalid value 2: expected one of CN_COMMA, CN_PAREN, "
                    + "ARABIC_DOT, ARABIC_PAREN, CIRCLED, ARABIC, NONE"},
            new String[] {"section.tasks", "{}", "wrong type: expected an array"},
            new String[] {"section.tasks", "\"\"", "wrong type: expected an array"},
            new String[] {"section.tasks", "[null]", "null is not allowed here; leave the field out instead"},
            new String[] {"section.tasks", "[1]", "wrong type: expected an object"},
            new String[] {"section.tasks", "[\" \"]", "invalid value \"\": expected an object"},
            new String[] {"task.content", "6.5", "invalid value 6.5: expected a string"},
            new String[] {"task.content", "\"\"", null},
            new String[] {"task.status", "\"done\"", "invalid value \"done\": " + STATUSES},
            new String[] {"task.status", "\" DONE\"", "invalid value \" DONE\": " + STATUSES},
            new String[] {"task.status", "1", "invalid value 1: " + STATUSES},
            new String[] {"task.status", "true", "wrong type: " + STATUSES},
            new String[] {"task.completedOn", "6.5", "wrong type: " + DATE},
            new String[] {"task.completedOn", "{}", "wrong type: " + DATE},
            new String[] {"task.extra", "[]", "wrong type: expected an object of strings"},
            new String[] {"task.extra", "\" \"", "invalid value \"\": expected an object of strings"},
            new String[] {"task.extra", "{\"列\":5}", "invalid value 5: expected a string"},
            new String[] {"task.extra", "{\"列\":null}", "null is not allowed here; leave the field out instead"},
            new String[] {"task.inferred", "\"status\"", "wrong type: expected an array"},
            new String[] {"task.inferred", "[5]", "invalid value 5: expected a string"},
            new String[] {"task.inferred", "[[]]", "wrong type: expected a string"},
            new String[] {"task.deadline", "\"\"", "invalid value \"\": expected an object"},
            new String[] {"task.deadline", "[]", "wrong type: expected an object"},
            new String[] {"task.deadline", "{}", "invalid value: Cannot build Deadline, some of required "
                    + "attributes are not set [text, kind]"},
            new String[] {"deadline.provisional", "\"yes\"", "wrong type: expected true or false"},
            new String[] {"deadline.provisional", "1", "invalid value 1: expected true or false"},
            new String[] {"deadline.provisional", "\"\"", "invalid value \"\": expected true or false"},
            new String[] {"deadline.provisional", "true", null},
            new String[] {"offset.amount", "\"10\"", "wrong type: expected an integer"},
            new String[] {"offset.amount", "1.5", "invalid value 1.5: expected an integer"},
            new String[] {"offset.amount", "3000000000", "not valid JSON: Numeric value (3000000000) out of range "
                    + "of `int` (-2147483648 - 2147483647)"},
            new String[] {"offset.amount", "10", null},
            new String[] {"source.row", "6.5", "invalid value 6.5: expected an integer"},
            new String[] {"source.row", "null", "null is not allowed here; leave the field out instead"},
            new String[] {"assignment.unit", "5", "expected a string, found a number"},
            new String[] {"assignment.unit", "\"\"", "invalid assignment: unit name is blank"},
            new String[] {"assignment.collective", "\"yes\"", "wrong type: expected true or false"},
            new String[] {"assignment.collective", "null", "null is not allowed here; leave the field out instead"},
            new String[] {"table.columns", "\"content\"", "wrong type: expected an array"},
            new String[] {"table.columns", "[\"content\"]", null});

    private static LedgerException failure(String json) {
        return catchThrowableOfType(LedgerException.class, () -> LedgerJson.read(json));
    }

    @Test
    void each_kind_of_field_refuses_each_wrong_value_with_its_reason() throws LedgerException {
        for (String[] c : CASES) {
            String json = PLACES.get(c[0]).replace("@", c[1]);
            if (c[2] == null) {
                assertThat(LedgerJson.read(json)).as(json).isNotNull();
            } else {
                assertThat(failure(json)).as(json).isNotNull().extracting(LedgerException::reason).isEqualTo(c[2]);
            }
        }
    }

    @Test
    void a_refused_value_is_placed_at_its_first_character() {
        String json = HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\","
                + "\"offset\":{\"unit\":\"DAYS\",\"amount\":\"10\"}}}]}";
        assertThat(failure(json).getMessage()).isEqualTo("$.tasks[0].deadline.offset.amount (line 1, column "
                + (json.indexOf("\"10\"") + 1) + "): wrong type: expected an integer");
        String sections = HEAD + "\"sections\":[{\"title\":\"t\"},{\"title\":\"u\",\"sections\":[{\"title\":\"v\","
                + "\"numbering\":\"ROMAN\"}]}]}";
        assertThat(failure(sections).place()).hasValue("$.sections[1].sections[0].numbering (line 1, column "
                + (sections.indexOf("\"ROMAN\"") + 1) + ")");
    }

    @Test
    void an_unknown_field_is_refused_at_every_level() {
        Map<String, String> levels = Map.of(
                "$.zz", HEAD + "\"zz\":1}",
                "$.plan.zz", HEAD + "\"plan\":{\"zz\":1}}",
                "$.sections[0].zz", HEAD + "\"sections\":[{\"title\":\"t\",\"zz\":1}]}",
                "$.tasks[0].responsibility.zz", HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"zz\":1}}]}",
                "$.tasks[0].responsibility.assignments[0].zz", HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\","
                        + "\"assignments\":[{\"unit\":\"a\",\"zz\":1}]}}]}",
                "$.tasks[0].deadline.offset.zz", HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\","
                        + "\"offset\":{\"zz\":1}}}]}",
                "$.tasks[0].source.zz", HEAD + "\"tasks\":[{\"source\":{\"zz\":1}}]}",
                "$.tables[0].zz", HEAD + "\"tables\":[{\"zz\":1}]}",
                "$.tasks[0].deadline.parts[0].id", HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"COMPOSITE\","
                        + "\"parts\":[{\"id\":\"1\"}]}}]}",
                "$.plan.id", HEAD + "\"plan\":{\"id\":\"1\"}}");
        levels.forEach((path, json) -> {
            LedgerException e = failure(json);
            String name = path.substring(path.lastIndexOf('.') + 1);
            assertThat(e.place()).as(json).hasValueSatisfying(p -> assertThat(p).startsWith(path + " (line 1, column "));
            assertThat(e.reason()).as(json).isEqualTo("unknown field \"" + name
                    + "\" (the taizhang/1 format has no such field here)");
        });
    }

    @Test
    void a_duplicate_key_is_refused_at_every_level() {
        Map<String, String> docs = Map.of(
                HEAD + "\"plan\":{\"year\":2022,\"year\":2023}}", "year",
                HEAD + "\"sections\":[{\"title\":\"t\",\"title\":\"u\"}]}", "title",
                HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"text\":\"y\"}}]}", "text",
                HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":[{\"unit\":\"a\","
                        + "\"unit\":\"b\"}]}}]}", "unit",
                HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\",\"offset\":{\"amount\":1,"
                        + "\"amount\":1}}}]}", "amount",
                HEAD + "\"tasks\":[{\"source\":{\"cells\":{\"列\":\"A1\",\"列\":\"B1\"}}}]}", "列",
                HEAD + "\"tables\":[{\"columns\":[],\"columns\":[]}]}", "columns",
                HEAD + "\"tasks\":[],\"tasks\":[]}", "tasks",
                HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"COMPOSITE\",\"parts\":[{\"kind\":\"VAGUE\","
                        + "\"kind\":\"VAGUE\"}]}}]}", "kind");
        docs.forEach((json, key) -> assertThat(failure(json).reason()).as(json).isEqualTo("duplicate key \"" + key + "\""));
        assertThat(failure(HEAD + "\"tasks\":[{\"id\":\"1\",\"id\":\"1\"}]}").getMessage())
                .startsWith("$.tasks[0].id (line 1, column ").endsWith("duplicate key \"id\"");
    }

    @Test
    void a_document_cut_anywhere_is_a_ledger_exception_naming_a_place() {
        String json = compact(SamplePlans.golden());
        for (int cut = 0; cut < json.length() - 1; cut++) {
            String part = json.substring(0, cut);
            LedgerException e = failure(part);
            assertThat(e).as(part).isNotNull();
            assertThat(e.place()).as(part).hasValueSatisfying(p -> assertThat(p).startsWith("$"));
            assertThat(e.reason()).as(part).satisfiesAnyOf(
                    r -> assertThat(r).startsWith("the document ends too early (truncated?)"),
                    r -> assertThat(r).startsWith("empty document"),
                    r -> assertThat(r).startsWith("not valid JSON"));
        }
        LedgerException bytes = catchThrowableOfType(LedgerException.class, () -> LedgerJson.read(
                new ByteArrayInputStream(json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8)),
                new ReadContext("plan.json", ReadOptions.defaults())));
        assertThat(bytes.getMessage()).startsWith("plan.json: $.").contains("the document ends too early");
    }

    @Test
    void task_ids_are_checked_when_tasks_come_before_sections() throws LedgerException {
        String ok = HEAD + "\"sections\":[{\"title\":\"t\",\"tasks\":[{\"id\":\"1.3\"},{\"id\":\"1.4\"}],"
                + "\"sections\":[{\"id\":\"1.1\",\"title\":\"a\"},{\"id\":\"1.2\",\"title\":\"b\"}]}],"
                + "\"tasks\":[{\"id\":\"2\"}]}";
        assertThat(LedgerJson.read(ok).taskCount()).isEqualTo(3);
        String wrong = ok.replace("{\"id\":\"1.4\"}", "{\"id\":\"1.2\"}");
        assertThat(failure(wrong).getMessage()).isEqualTo("$.sections[0].tasks[1].id (line 1, column "
                + (wrong.indexOf("\"1.2\"") + 1) + "): outline id \"1.2\" does not match its position, which gives \"1.4\"");
    }

    @Test
    void the_first_wrong_id_in_the_document_is_reported_after_every_other_fault() {
        String two = HEAD + "\"sections\":[{\"id\":\"9\",\"title\":\"t\",\"tasks\":[{\"id\":\"8\"}]}]}";
        assertThat(failure(two).reason()).isEqualTo("outline id \"9\" does not match its position, which gives \"1\"");
        String taskFirst = HEAD + "\"sections\":[{\"tasks\":[{\"id\":\"8\"}],\"title\":\"t\",\"sections\":"
                + "[{\"id\":\"7\",\"title\":\"s\"}]}]}";
        assertThat(failure(taskFirst).reason()).isEqualTo("outline id \"8\" does not match its position, which gives \"1.2\"");
        assertThat(failure(two.replace("]}]}", "]}],\"zz\":1}")).reason()).startsWith("unknown field \"zz\"");
    }

    @Test
    void ids_past_nine_and_deep_outlines_match_their_position() throws LedgerException {
        WorkPlan.Builder plan = WorkPlan.builder();
        for (int i = 0; i < 12; i++) {
            plan.addTask(org.taizhang.core.Task.builder().content("任务" + i).build());
        }
        String json = LedgerJson.write(plan.build());
        assertThat(json).contains("\"id\": \"12\"");
        assertThat(LedgerJson.read(json).taskCount()).isEqualTo(12);
        assertThat(failure(json.replace("\"12\"", "\"13\"")).reason()).endsWith("which gives \"12\"");
        assertThat(failure(json.replace("\"12\"", "\"1\"")).reason()).endsWith("which gives \"12\"");
        assertThat(failure(json.replace("\"12\"", "\"120\"")).reason()).endsWith("which gives \"12\"");
    }

    private static String compact(WorkPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LedgerJson.write(plan, out, false);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
