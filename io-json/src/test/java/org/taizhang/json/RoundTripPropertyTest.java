package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.taizhang.core.WorkPlan;

class RoundTripPropertyTest {

    @Test
    void any_plan_survives_write_then_read_unchanged() {
        qt().withExamples(300).forAll(WorkPlans.plans()).checkAssert(plan -> {
            String json = LedgerJson.write(plan);
            WorkPlan back = read(json);
            assertThat(back).isEqualTo(plan);
            assertThat(back.taskCount()).isEqualTo(plan.taskCount());
            // Writing what was read gives the same text: the output is canonical.
            assertThat(LedgerJson.write(back)).isEqualTo(json);
        });
    }

    @Test
    void every_written_plan_validates_against_the_schema() {
        qt().withExamples(150).forAll(WorkPlans.plans()).checkAssert(plan ->
                assertThat(SchemaCheck.errors(LedgerJson.write(plan))).isEmpty());
    }

    @Test
    void outline_ids_written_are_those_core_derives() {
        qt().withExamples(100).forAll(WorkPlans.plans()).checkAssert(plan -> {
            String json = LedgerJson.write(plan);
            // Every section and task id that core derives appears in the document, in outline order.
            int from = 0;
            for (var entry : plan.allSections()) {
                int at = json.indexOf("\"id\": \"" + entry.id() + "\"", 0);
                assertThat(at).as("section %s", entry.id()).isGreaterThanOrEqualTo(0);
            }
            for (var entry : plan.allTasks()) {
                int at = json.indexOf("\"id\": \"" + entry.id() + "\"", from);
                assertThat(at).as("task %s", entry.id()).isGreaterThanOrEqualTo(0);
                from = at;
            }
            assertThat(count(json, "\"id\": ")).isEqualTo(plan.allSections().size() + plan.allTasks().size());
        });
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static WorkPlan read(String json) {
        try {
            return LedgerJson.read(json);
        } catch (org.taizhang.core.LedgerException e) {
            throw new AssertionError("written JSON did not read back: " + e.getMessage(), e);
        }
    }
}
