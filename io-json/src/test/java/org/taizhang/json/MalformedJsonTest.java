package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ReadContext;

class MalformedJsonTest {
    private static final String HEAD = "{\"format\":\"taizhang/1\",";

    private static LedgerException failure(String json) {
        return catchThrowableOfType(LedgerException.class, () -> LedgerJson.read(json));
    }

    private static LedgerException failure(InputStream in, ReadOptions options) {
        return catchThrowableOfType(LedgerException.class,
                () -> LedgerJson.read(in, new ReadContext("plan.json", options)));
    }

    @Test
    void an_empty_file_is_reported_as_empty() {
        assertThat(failure("").getMessage())
                .isEqualTo("$ (line 1, column 0): empty document: expected a taizhang/1 JSON object");
        assertThat(failure(new ByteArrayInputStream(new byte[0]), ReadOptions.defaults()).getMessage())
                .startsWith("plan.json: $ (line 1, column 0): empty document");
    }

    @Test
    void text_that_is_not_json_is_reported_with_its_first_token() {
        LedgerException e = failure("鄂尔多斯市2022年政务公开工作要点");
        assertThat(e.place()).hasValue("$ (line 1, column 1)");
        assertThat(e.reason()).startsWith("not valid JSON: Unrecognized token");
    }

    @Test
    void a_truncated_document_names_where_it_stopped() {
        LedgerException e = failure(HEAD + "\"sections\":[{\"title\":\"加强政策解读\",\"tasks\":[{\"content\":\"公开");
        assertThat(e.place()).hasValueSatisfying(p -> assertThat(p).startsWith("$.sections[0].tasks[0].content"));
        assertThat(e.reason()).startsWith("the document ends too early (truncated?)");
    }

    @Test
    void a_truncated_document_after_a_complete_value_names_the_open_object() {
        LedgerException e = failure(HEAD + "\"tasks\":[{\"status\":\"DONE\"}");
        assertThat(e.getMessage()).startsWith("$.tasks[0] (line 1, column ")
                .contains("the document ends too early (truncated?): expected close marker for Array");
    }

    @Test
    void a_value_of_the_wrong_type_names_its_path_and_the_type_expected() {
        assertThat(failure(HEAD + "\"plan\":{\"year\":\"2022\"}}").getMessage())
                .isEqualTo("$.plan.year (line 1, column 39): wrong type: expected an integer");
        assertThat(failure(HEAD + "\"tasks\":[{\"content\":5}]}").getMessage())
                .isEqualTo("$.tasks[0].content (line 1, column 44): invalid value 5: expected a string");
        assertThat(failure(HEAD + "\"tasks\":{}}").getMessage())
                .isEqualTo("$.tasks (line 1, column 32): expected an array, found an object");
        assertThat(failure(HEAD + "\"tasks\":[{\"source\":{\"row\":6.5}}]}").getMessage())
                .isEqualTo("$.tasks[0].source.row (line 1, column 50): invalid value 6.5: expected an integer");
        assertThat(failure(HEAD + "\"tasks\":[{\"inferred\":\"deadline\"}]}").reason())
                .isEqualTo("wrong type: expected an array");
        assertThat(failure(HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":"
                + "[{\"unit\":\"市司法局\",\"collective\":\"yes\"}]}}]}").getMessage())
                .startsWith("$.tasks[0].responsibility.assignments[0].collective (line 1, column ")
                .endsWith("wrong type: expected true or false");
    }

    @Test
    void a_document_that_is_an_array_or_null_is_not_a_plan() {
        assertThat(failure("[]").reason()).isEqualTo("expected a taizhang/1 document, a JSON object, found an array");
        assertThat(failure("null").getMessage()).isEqualTo("$: expected a taizhang/1 JSON object, found null");
    }

    @Test
    void null_is_never_a_value() {
        assertThat(failure(HEAD + "\"tasks\":[{\"content\":null}]}").getMessage())
                .isEqualTo("$.tasks[0].content (line 1, column 44): null is not allowed here; leave the field out instead");
        assertThat(failure(HEAD + "\"tasks\":[null]}").place()).hasValue("$.tasks[0] (line 1, column 33)");
        assertThat(failure(HEAD + "\"tasks\":null}").reason()).isEqualTo("expected an array, found null");
    }

    @Test
    void an_unknown_field_is_an_error_at_every_level() {
        assertThat(failure(HEAD + "\"foo\":1}").getMessage())
                .isEqualTo("$.foo (line 1, column 31): unknown field \"foo\" (the taizhang/1 format has no such field here)");
        assertThat(failure(HEAD + "\"plan\":{\"titel\":\"x\"}}").place()).hasValue("$.plan.titel (line 1, column 41)");
        assertThat(failure(HEAD + "\"sections\":[{\"title\":\"t\",\"tasks\":[{\"deadline\":"
                + "{\"text\":\"x\",\"kind\":\"VAGUE\",\"due_date\":\"2022-01-01\"}}]}]}").getMessage())
                .startsWith("$.sections[0].tasks[0].deadline.due_date (line 1, column ")
                .contains("unknown field \"due_date\"");
        assertThat(failure(HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":"
                + "[{\"unit\":\"a\",\"name\":\"b\"}]}}]}").place())
                .hasValueSatisfying(p -> assertThat(p).startsWith("$.tasks[0].responsibility.assignments[0].name"));
    }

    @Test
    void builder_methods_are_not_fields_of_the_format() {
        // A builder read with an empty prefix would take these as properties if left alone.
        for (String name : List.of("from", "addInferred", "putExtra", "addAllInferred")) {
            assertThat(failure(HEAD + "\"tasks\":[{\"" + name + "\":[]}]}").reason())
                    .as(name).startsWith("unknown field \"" + name + "\"");
        }
        assertThat(failure(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"MULTIPLE\","
                + "\"addDue\":\"2022-01-01\"}}]}").reason()).startsWith("unknown field \"addDue\"");
    }

    @Test
    void a_duplicate_key_is_an_error_naming_the_key() {
        assertThat(failure(HEAD + "\"tasks\":[{\"status\":\"DONE\",\"status\":\"NOT_STARTED\"}]}").getMessage())
                .isEqualTo("$.tasks[0].status (line 1, column 58): duplicate key \"status\"");
        assertThat(failure(HEAD + "\"format\":\"taizhang/1\"}").reason()).isEqualTo("duplicate key \"format\"");
        assertThat(failure(HEAD + "\"tasks\":[{\"extra\":{\"列\":\"a\",\"列\":\"b\"}}]}").reason())
                .isEqualTo("duplicate key \"列\"");
    }

    @Test
    void an_invalid_enum_value_lists_the_values_allowed() {
        assertThat(failure(HEAD + "\"sections\":[{\"title\":\"t\",\"tasks\":[{},{},{},{\"deadline\":"
                + "{\"text\":\"x\",\"kind\":\"SOON\"}}]}]}").getMessage())
                .startsWith("$.sections[0].tasks[3].deadline.kind (line 1, column ")
                .endsWith("invalid value \"SOON\": expected one of ABSOLUTE, MULTIPLE, RECURRING, ONGOING, "
                        + "RELATIVE, VAGUE, COMPOSITE, UNPARSED");
        assertThat(failure(HEAD + "\"tasks\":[{\"status\":1}]}").reason())
                .isEqualTo("invalid value 1: expected one of NOT_STARTED, IN_PROGRESS, DONE, UNKNOWN");
    }

    @Test
    void an_invalid_date_is_an_error() {
        assertThat(failure(HEAD + "\"plan\":{\"issuedOn\":\"2022-02-30\"}}").getMessage())
                .isEqualTo("$.plan.issuedOn (line 1, column 43): invalid value \"2022-02-30\": expected an ISO date YYYY-MM-DD");
        assertThat(failure(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"ABSOLUTE\","
                + "\"due\":[\"2022/09/30\"]}}]}").place())
                .hasValueSatisfying(p -> assertThat(p).startsWith("$.tasks[0].deadline.due[0]"));
    }

    @Test
    void model_invariants_are_errors_at_the_object_that_breaks_them() {
        assertThat(failure(HEAD + "\"sections\":[{\"number\":\"一\"}]}").getMessage())
                .isEqualTo("$.sections[0] (line 1, column 49): invalid value: "
                        + "Cannot build Section, some of required attributes are not set [title]");
        assertThat(failure(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"VAGUE\","
                + "\"parts\":[{\"text\":\"y\",\"kind\":\"VAGUE\"}]}}]}").reason())
                .isEqualTo("invalid value: only a COMPOSITE deadline has parts: VAGUE");
        assertThat(failure(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\","
                + "\"offset\":{\"amount\":-1,\"unit\":\"DAYS\"}}}]}").place())
                .hasValueSatisfying(p -> assertThat(p).startsWith("$.tasks[0].deadline.offset "));
        assertThat(failure(HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":"
                + "[{\"unit\":\" \"}]}}]}").reason()).isEqualTo("invalid assignment: unit name is blank");
        assertThat(failure(HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\",\"assignments\":"
                + "[{\"role\":\"LEAD\"}]}}]}").reason()).isEqualTo("an assignment needs its \"unit\"");
    }

    @Test
    void the_format_field_is_required_and_must_name_this_version() {
        assertThat(failure("{\"plan\":{\"year\":2022}}").reason())
                .isEqualTo("not a taizhang/1 document: the \"format\" field is missing");
        assertThat(failure("{\"format\":\"taizhang/2\"}").getMessage())
                .isEqualTo("$.format (line 1, column 11): unsupported format \"taizhang/2\"; this reader reads taizhang/1");
    }

    @Test
    void content_after_the_document_is_an_error() {
        assertThat(failure(HEAD + "\"tasks\":[]} {}").reason())
                .isEqualTo("unexpected content after the end of the document");
    }

    @Test
    void ten_thousand_nested_arrays_end_at_the_root() {
        assertThat(failure("[".repeat(10_000)).getMessage())
                .isEqualTo("$ (line 1, column 1): expected a taizhang/1 document, a JSON object, found an array");
    }

    @Test
    void ten_thousand_nested_sections_stop_at_the_depth_limit() {
        String open = "{\"title\":\"t\",\"sections\":[";
        String json = HEAD + "\"sections\":[" + open.repeat(10_000);
        LedgerException e = failure(json);
        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.reason()).isEqualTo("nested deeper than 64 levels (ReadLimits.maxDepth)");
        assertThat(e.place()).hasValueSatisfying(p -> assertThat(p).startsWith("$.sections[0].sections[0]"));
    }

    @Test
    void composite_deadlines_nested_ten_thousand_deep_stop_at_the_depth_limit() {
        String open = "{\"text\":\"x\",\"kind\":\"COMPOSITE\",\"parts\":[";
        LedgerException e = failure(HEAD + "\"tasks\":[{\"deadline\":" + open.repeat(10_000));
        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.reason()).contains("ReadLimits.maxDepth");
        assertThat(e.place()).hasValueSatisfying(p -> assertThat(p).startsWith("$.tasks[0].deadline.parts[0]"));
    }

    @Test
    void a_fifty_megabyte_string_stops_at_the_cell_limit_without_being_read_whole() {
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((HEAD + "\"plan\":{\"title\":\"").getBytes(StandardCharsets.UTF_8)),
                new RepeatingInputStream((byte) 'x', 50L << 20),
                new ByteArrayInputStream("\"}}".getBytes(StandardCharsets.UTF_8)))));
        LedgerException e = failure(in, ReadOptions.defaults());
        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.getMessage()).isEqualTo("plan.json: $.plan.title (line 1, column 40): "
                + "a string holds more than 100000 characters (ReadLimits.maxCellChars)");
    }

    @Test
    void a_fifty_megabyte_string_in_memory_is_refused_the_same_way() {
        String json = HEAD + "\"tasks\":[{\"content\":\"" + "政".repeat(50_000_000) + "\"}]}";
        LedgerException e = failure(json);
        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.place()).hasValueSatisfying(p -> assertThat(p).startsWith("$.tasks[0].content"));
    }

    @Test
    void a_document_longer_than_the_file_limit_is_refused() {
        ReadOptions small = ReadOptions.builder()
                .limits(ReadLimits.builder().maxFileBytes(1000).build()).build();
        String json = HEAD + "\"tasks\":[" + "{\"status\":\"DONE\"},".repeat(200) + "{}]}";
        LedgerException e = failure(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), small);
        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(e.reason()).isEqualTo("the document is longer than 1000 bytes (ReadLimits.maxFileBytes)");
        assertThat(e.file()).hasValue("plan.json");
    }

    @Test
    void invalid_utf8_is_an_error_with_a_place() {
        byte[] bytes = (HEAD + "\"plan\":{\"title\":\"ab\"}}").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xC3;
        bytes[bytes.length - 4] = (byte) 0x28;
        LedgerException e = failure(new ByteArrayInputStream(bytes), ReadOptions.defaults());
        assertThat(e.place()).hasValueSatisfying(p -> assertThat(p).startsWith("$.plan.title"));
        assertThat(e.reason()).startsWith("not valid JSON: Invalid UTF-8");
    }

    @Test
    void a_long_unknown_key_is_echoed_cut_short() {
        String key = "键".repeat(500);
        LedgerException e = failure(HEAD + "\"" + key + "\":1}");
        assertThat(e.reason()).isEqualTo("unknown field \"" + "键".repeat(LedgerException.MAX_ECHO)
                + "…\" (the taizhang/1 format has no such field here)");
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void a_long_bad_token_is_echoed_cut_short() {
        LedgerException e = failure(HEAD + "\"tasks\":[{\"status\":DONE" + "x".repeat(5000) + "}]}");
        assertThat(e.getMessage()).contains("not valid JSON: Unrecognized token").hasSizeLessThan(400);
    }

    /** Streams one byte over and over, so that a huge document needs no memory. */
    private static final class RepeatingInputStream extends InputStream {
        private final byte value;
        private long left;

        RepeatingInputStream(byte value, long length) {
            this.value = value;
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
