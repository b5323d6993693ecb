package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/** The ledger tables a plan was read from survive the canonical JSON, so a plan read back validates the same. */
class LedgerTablesJsonTest {
    private static final WorkPlan PLAN = WorkPlan.builder().title("某县2022年政务公开工作任务台账")
            .addTasks(Task.builder().content("公开权责清单").build())
            .addTables(LedgerTable.builder().addColumns(Task.NUMBER, Task.CONTENT, Task.DEADLINE)
                    .source(SourceRef.builder().file("x.xlsx").sheet("任务台账").row(3)
                            .putCell(Task.CONTENT, "任务台账!B3").putCell(Task.DEADLINE, "任务台账!D3").build()).build(),
                    LedgerTable.builder().headerFound(false).addColumns(Task.CONTENT).build())
            .build();

    @Test
    void tables_are_written_after_the_tasks_and_read_back_equal() throws Exception {
        String json = LedgerJson.write(PLAN);
        assertThat(json).contains("\"tables\": [\n    {\n      \"columns\": [\n        \"number\",\n        \"content\",\n"
                + "        \"deadline\"\n      ],\n      \"source\": {");
        assertThat(json.indexOf("\"tables\"")).isGreaterThan(json.indexOf("\"tasks\""));
        assertThat(json).contains("\"headerFound\": false");
        assertThat(json.indexOf("\"headerFound\"")).isEqualTo(json.lastIndexOf("\"headerFound\"")); // true is left out
        assertThat(LedgerJson.read(json)).isEqualTo(PLAN);
        assertThat(SchemaCheck.errors(json)).isEmpty();
    }

    @Test
    void the_schema_rejects_a_column_that_is_not_a_task_field() {
        assertThat(SchemaCheck.errors("{\"format\":\"taizhang/1\",\"tables\":[{\"columns\":[\"owner\"]}]}")).isNotEmpty();
        assertThat(SchemaCheck.errors("{\"format\":\"taizhang/1\",\"tables\":[{\"columns\":[\"content\"],\"x\":1}]}"))
                .isNotEmpty();
    }
}
