package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.Unit;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The summary document: its shape, its values, and the schema shipped beside the ledger schema. */
class SummaryJsonTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SummaryJson.schema());
    private static final DeadlineContext Y2022 = DeadlineContext.ofYear(2022);

    static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Task task(String content, String deadline, Status status, String unit, String cell) {
        return Task.builder().content(content).deadline(Deadline.parse(deadline, Y2022)).status(status)
                .responsibility(Responsibility.builder().text(unit + "牵头")
                        .addAssignments(Assignment.of(Unit.of(unit), Role.LEAD, "牵头")).build())
                .source(SourceRef.builder().sheet("台账").row(3).putCell(Task.CONTENT, cell).build()).build();
    }

    static WorkPlan plan() {
        Section part = Section.builder().number("一").numbering(org.taizhang.core.Numbering.CN_COMMA).title("提高政策公开质量")
                .addTasks(task("公开规范性文件", "2022年7月底前", Status.NOT_STARTED, "市司法局", "台账!C4"),
                        task("更新政策库", "2022年10月底前", Status.DONE, "市政府办", "台账!C5"),
                        task("开展政策解读", "9月底前", Status.IN_PROGRESS, "市司法局", "台账!C6"))
                .build();
        return WorkPlan.builder().title("某市2022年政务公开工作要点台账").year(2022).addSections(part).build();
    }

    @Test
    void writes_the_shape_the_issue_gives_with_the_values_of_the_day() throws Exception {
        String json = SummaryJson.write(PlanRollup.of(plan(), LocalDate.of(2022, 9, 20)));
        assertThat(errors(json)).isEmpty();
        JsonNode doc = JsonMapper.builder().build().readTree(json);
        assertThat(doc.propertyNames()).containsExactly("asOf", "plan", "sections", "units", "months", "overdue");
        assertThat(doc.get("asOf").asString()).isEqualTo("2022-09-20");
        JsonNode rollup = doc.get("plan").get("rollup");
        assertThat(doc.get("plan").get("title").asString()).isEqualTo("某市2022年政务公开工作要点台账");
        assertThat(rollup.propertyNames()).containsExactly("tasks", "byStatus", "overdue", "dueSoon", "doneRatio",
                "nextDue", "light");
        assertThat(rollup.get("tasks").asInt()).isEqualTo(3);
        assertThat(rollup.get("byStatus").get("DONE").asInt()).isEqualTo(1);
        assertThat(rollup.get("byStatus").get("UNKNOWN").asInt()).isZero();
        assertThat(rollup.get("overdue").asInt()).isEqualTo(1);
        assertThat(rollup.get("dueSoon").asInt()).isEqualTo(1);
        assertThat(rollup.get("doneRatio").asDouble()).isEqualTo(0.3333);
        assertThat(rollup.get("nextDue").asString()).isEqualTo("2022-09-30");
        assertThat(rollup.get("light").asString()).isEqualTo("RED");
        JsonNode section = doc.get("sections").get(0);
        assertThat(section.get("id").asString()).isEqualTo("1");
        assertThat(section.get("title").asString()).isEqualTo("一、提高政策公开质量");
        assertThat(section.get("sections").size()).isZero();
        assertThat(doc.get("units").get(0).get("unit").asString()).isEqualTo("市司法局");
        assertThat(doc.get("units").get(0).get("role").asString()).isEqualTo("LEAD");
        assertThat(doc.get("units").get(0).get("tasks").asInt()).isEqualTo(2);
        assertThat(doc.get("units").get(0).get("overdue").asInt()).isEqualTo(1);
        assertThat(doc.get("months").size()).isEqualTo(12);
        assertThat(doc.get("months").get(6).get("month").asString()).isEqualTo("2022-07");
        assertThat(doc.get("months").get(6).get("due").asInt()).isEqualTo(1);
        JsonNode overdue = doc.get("overdue").get(0);
        assertThat(overdue.get("id").asString()).isEqualTo("1.1");
        assertThat(overdue.get("content").asString()).isEqualTo("公开规范性文件");
        assertThat(overdue.get("due").asString()).isEqualTo("2022-07-31");
        assertThat(overdue.get("units").get(0).asString()).isEqualTo("市司法局");
        assertThat(overdue.get("place").asString()).isEqualTo("台账!C4");
        assertThat(doc.get("overdue").size()).isEqualTo(1);
        assertThat(json).endsWith("}\n");
    }

    @Test
    void every_summary_of_any_plan_on_any_day_meets_the_schema() {
        qt().withExamples(100).forAll(WorkPlans.plans(), Generate.range(0, 800))
                .checkAssert((plan, n) -> assertThat(errors(SummaryJson.write(
                        PlanRollup.of(plan, LocalDate.of(2021, 6, 1).plusDays(n))))).isEmpty());
    }

    @Test
    void the_schema_rejects_what_the_shape_does_not_allow() {
        assertThat(errors("{\"asOf\": \"2022-09-20\"}")).isNotEmpty();
        String valid = SummaryJson.write(PlanRollup.of(plan(), LocalDate.of(2022, 9, 20)));
        assertThat(errors(valid.replace("\"light\": \"RED\"", "\"light\": \"红\""))).isNotEmpty();
        assertThat(errors(valid.replaceFirst("\"asOf\"", "\"extra\": 1, \"asOf\""))).isNotEmpty();
    }
}
