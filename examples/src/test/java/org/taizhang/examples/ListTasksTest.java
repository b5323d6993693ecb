package org.taizhang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Ledgers;

class ListTasksTest {

    @Test
    void lists_every_task_of_the_sample_ledger_with_its_units_and_due_dates() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListTasks.print(Ledgers.read(Path.of("../docs/samples/sample-ledger.json")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("1.1.1 做好现行有效政府规章的集中规范公开")
                .contains("市司法局(牵头)").endsWith("[]");
        assertThat(lines[1]).contains("[2022-09-30]");
    }
}
