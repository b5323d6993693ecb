package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.taizhang.core.WorkPlan;
import org.taizhang.json.internal.JsonCodec;

/** The streaming writer gives the same bytes as the databind writer it replaces. */
class StreamingWriterTest {

    @Test
    void compact_and_pretty_documents_are_byte_identical_to_the_former_writer() {
        qt().withExamples(500).forAll(WorkPlans.plans()).checkAssert(plan -> {
            for (boolean pretty : new boolean[] {true, false}) {
                assertThat(write(plan, pretty, true)).isEqualTo(write(plan, pretty, false));
            }
        });
    }

    @Test
    void the_golden_plan_is_byte_identical_too() {
        for (boolean pretty : new boolean[] {true, false}) {
            assertThat(write(SamplePlans.golden(), pretty, true)).isEqualTo(write(SamplePlans.golden(), pretty, false));
        }
    }

    private static String write(WorkPlan plan, boolean pretty, boolean streaming) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (streaming) {
            JsonCodec.write(plan, out, pretty);
        } else {
            JsonCodec.writeWithDatabind(plan, out, pretty);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
