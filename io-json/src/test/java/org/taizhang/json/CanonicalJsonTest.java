package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Anchor;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;

class CanonicalJsonTest {

    private static String golden() throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream("golden-plan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writes_the_hand_built_plan_exactly_as_the_golden_file() throws IOException {
        assertThat(LedgerJson.write(SamplePlans.golden())).isEqualTo(golden());
    }

    @Test
    void reads_the_golden_file_back_to_an_equal_plan() throws Exception {
        WorkPlan plan = LedgerJson.read(golden());
        assertThat(plan).isEqualTo(SamplePlans.golden());
        assertThat(plan.year()).hasValue(2022);
        assertThat(plan.allTasks()).extracting(e -> e.id()).containsExactly("1.1.1", "1.1.2", "2");
        Task first = plan.allTasks().get(0).item();
        assertThat(first.responsibility().get().assignments())
                .extracting(a -> a.unit().name(), Assignment::role, a -> a.unit().isCollective())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("市司法局", Role.LEAD, false),
                        org.assertj.core.groups.Tuple.tuple("各旗区", Role.RESPONSIBLE, true),
                        org.assertj.core.groups.Tuple.tuple("市政府各部门", Role.RESPONSIBLE, true));
        assertThat(first.source().get().cells()).containsEntry("deadline", "E6");
    }

    @Test
    void the_golden_file_validates_against_the_schema() throws IOException {
        assertThat(SchemaCheck.errors(golden())).isEmpty();
    }

    @Test
    void writes_utf8_without_bom_with_a_final_newline() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerJson.write(SamplePlans.golden(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '}');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(golden())
                .contains("\"content\": \"严格落实重大行政决策程序规定").doesNotContain("\r");
    }

    @Test
    void omits_absent_values_but_keeps_empty_strings() throws Exception {
        WorkPlan plan = WorkPlan.builder()
                .addTask(Task.builder().content("").putExtra("备注", "").build())
                .build();
        String json = LedgerJson.write(plan);
        assertThat(json).isEqualTo("{\n"
                + "  \"format\": \"taizhang/1\",\n"
                + "  \"tasks\": [\n"
                + "    {\n"
                + "      \"id\": \"1\",\n"
                + "      \"content\": \"\",\n"
                + "      \"status\": \"UNKNOWN\",\n"
                + "      \"extra\": {\n"
                + "        \"备注\": \"\"\n"
                + "      }\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
        assertThat(LedgerJson.read(json)).isEqualTo(plan);
    }

    @Test
    void an_empty_plan_is_only_its_format() throws Exception {
        assertThat(LedgerJson.write(WorkPlan.builder().build()))
                .isEqualTo("{\n  \"format\": \"taizhang/1\"\n}\n");
        assertThat(LedgerJson.read("{\"format\":\"taizhang/1\"}")).isEqualTo(WorkPlan.builder().build());
    }

    @Test
    void reads_fields_in_any_order_and_without_ids() throws Exception {
        String json = "{\"sections\":[{\"tasks\":[{\"status\":\"DONE\",\"content\":\"甲\"}],"
                + "\"title\":\"一部分\",\"sections\":[{\"title\":\"要点\"}]}],\"format\":\"taizhang/1\"}";
        WorkPlan plan = LedgerJson.read(json);
        assertThat(plan.allSections()).extracting(e -> e.id() + " " + e.item().title())
                .containsExactly("1 一部分", "1.1 要点");
        assertThat(plan.allTasks()).extracting(e -> e.id() + " " + e.item().content().get())
                .containsExactly("1.2 甲");
    }

    @Test
    void accepts_ids_that_match_their_position_whatever_the_field_order() throws Exception {
        String json = "{\"format\":\"taizhang/1\",\"sections\":[{\"tasks\":[{\"id\":\"1.2\"}],"
                + "\"id\":\"1\",\"title\":\"t\",\"sections\":[{\"id\":\"1.1\",\"title\":\"s\"}]}],"
                + "\"tasks\":[{\"id\":\"2\"}]}";
        assertThat(LedgerJson.read(json).taskCount()).isEqualTo(2);
    }

    @Test
    void rejects_an_id_that_does_not_match_its_position() {
        String json = "{\"format\":\"taizhang/1\",\"sections\":[{\"id\":\"1\",\"title\":\"t\","
                + "\"sections\":[{\"title\":\"s\"}],\"tasks\":[{\"id\":\"1.1\"}]}]}";
        LedgerException e = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
                () -> LedgerJson.read(json));
        assertThat(e.getMessage()).isEqualTo("$.sections[0].tasks[0].id (line 1, column 100): "
                + "outline id \"1.1\" does not match its position, which gives \"1.2\"");
    }

    @Test
    void rejects_an_id_that_is_not_a_string() {
        LedgerException e = org.assertj.core.api.Assertions.catchThrowableOfType(LedgerException.class,
                () -> LedgerJson.read("{\"format\":\"taizhang/1\",\"tasks\":[{\"id\":1}]}"));
        assertThat(e.getMessage()).isEqualTo(
                "$.tasks[0].id (line 1, column 39): an outline id must be a string such as \"1.2\"");
    }

    @Test
    void deadline_to_json_is_one_compact_line_in_the_canonical_shape() {
        assertThat(LedgerJson.deadlineToJson(Deadline.absolute("2022年9月底前", LocalDate.of(2022, 9, 30))))
                .isEqualTo("{\"text\":\"2022年9月底前\",\"kind\":\"ABSOLUTE\",\"due\":[\"2022-09-30\"]}");
        Deadline relative = Deadline.builder().text("决策出台后10个工作日内").kind(DeadlineKind.RELATIVE)
                .anchor(Anchor.EVENT).event("决策出台").offset(Offset.of(10, PeriodUnit.WORKDAYS)).build();
        assertThat(LedgerJson.deadlineToJson(relative)).isEqualTo("{\"text\":\"决策出台后10个工作日内\","
                + "\"kind\":\"RELATIVE\",\"anchor\":\"EVENT\",\"event\":\"决策出台\","
                + "\"offset\":{\"amount\":10,\"unit\":\"WORKDAYS\"}}");
        assertThat(LedgerJson.deadlineToJson(Deadline.unparsed("视情况")))
                .isEqualTo("{\"text\":\"视情况\",\"kind\":\"UNPARSED\"}");
    }

    @Test
    void days_are_written_in_iso_form_for_every_year() {
        for (LocalDate day : List.of(LocalDate.of(2022, 1, 5), LocalDate.of(987, 12, 31), LocalDate.of(9999, 2, 28),
                LocalDate.of(10000, 1, 1), LocalDate.of(-1, 6, 30), LocalDate.of(0, 2, 29))) {
            assertThat(LedgerJson.deadlineToJson(Deadline.absolute("x", day)))
                    .isEqualTo("{\"text\":\"x\",\"kind\":\"ABSOLUTE\",\"due\":[\"" + day + "\"]}");
        }
    }

    @Test
    void responsibility_to_json_flattens_units_into_assignments() {
        Responsibility r = Responsibility.builder().text("市司法局牵头，各旗区负责落实")
                .addAssignment(Assignment.of(Unit.of("市司法局"), Role.LEAD, "牵头"))
                .addAssignment(Assignment.of(Unit.collective("各旗区"), Role.RESPONSIBLE, "负责落实"))
                .build();
        assertThat(LedgerJson.responsibilityToJson(r)).isEqualTo("{\"text\":\"市司法局牵头，各旗区负责落实\","
                + "\"assignments\":[{\"unit\":\"市司法局\",\"role\":\"LEAD\",\"roleText\":\"牵头\"},"
                + "{\"unit\":\"各旗区\",\"role\":\"RESPONSIBLE\",\"roleText\":\"负责落实\",\"collective\":true}]}");
        assertThat(LedgerJson.responsibilityToJson(Responsibility.ofText("待定")))
                .isEqualTo("{\"text\":\"待定\"}");
    }

    @Test
    void a_leader_is_written_with_person_true_and_read_back() throws Exception {
        Responsibility r = Responsibility.builder().text("牵头领导:王某某副县长 牵头部门:县住建局")
                .addAssignment(Assignment.of(Unit.person("王某某副县长"), Role.LEAD, "牵头领导"))
                .addAssignment(Assignment.of(Unit.of("县住建局"), Role.LEAD, "牵头部门"))
                .build();
        String json = LedgerJson.responsibilityToJson(r);
        assertThat(json).isEqualTo("{\"text\":\"牵头领导:王某某副县长 牵头部门:县住建局\","
                + "\"assignments\":[{\"unit\":\"王某某副县长\",\"role\":\"LEAD\",\"roleText\":\"牵头领导\","
                + "\"person\":true},{\"unit\":\"县住建局\",\"role\":\"LEAD\",\"roleText\":\"牵头部门\"}]}");
        WorkPlan plan = WorkPlan.builder().addTask(Task.builder().content("c").responsibility(r).build()).build();
        WorkPlan back = LedgerJson.read(LedgerJson.write(plan));
        assertThat(back).isEqualTo(plan);
        assertThat(back.tasks().get(0).responsibility().orElseThrow().assignments().get(0).unit().isPerson())
                .isTrue();
    }

    @Test
    void a_section_without_number_keeps_its_numbering() throws Exception {
        WorkPlan plan = WorkPlan.builder().addSection(Section.builder().title("其他").build()).build();
        assertThat(LedgerJson.write(plan)).contains("\"numbering\": \"NONE\",\n      \"title\": \"其他\"");
        assertThat(LedgerJson.read(LedgerJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void a_lone_surrogate_read_from_an_escape_is_written_as_the_escape_again() throws Exception {
        WorkPlan plan = LedgerJson.read("{\"format\":\"taizhang/1\",\"plan\":{\"title\":\"a\\uD800b\"}}");
        assertThat(plan.title()).hasValue("a\uD800b");
        String json = LedgerJson.write(plan);
        assertThat(json).contains("\"title\": \"a\\uD800b\"");
        assertThat(LedgerJson.read(json)).isEqualTo(plan);
    }
}
