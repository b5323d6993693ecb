package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.text.TextLedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.units.KnownUnit;
import org.taizhang.core.units.UnitDirectory;

/** A prose plan is read with the unit directory the caller passes, like a table. */
class ProseReadOptionsTest {
    private static final String PLAN = String.join("\n",
            "某某区2023年政务公开工作要点",
            "一、深化重点领域公开",
            "（一）做好就业信息公开。区人社局要及时发布招聘信息和就业政策，9月底前完成专栏建设。",
            "（二）加强政策解读（区司法局牵头，区人社局配合）。");

    @TempDir
    Path dir;

    private WorkPlan read(ReadOptions options) throws Exception {
        Path file = dir.resolve("要点.txt");
        Files.writeString(file, PLAN, StandardCharsets.UTF_8);
        return new TextLedgerReader().read(file, new ReadContext("要点.txt", options));
    }

    @Test
    void units_in_sentences_and_notes_take_the_names_the_directory_knows() throws Exception {
        UnitDirectory dir = UnitDirectory.of(List.of(new KnownUnit("区人力资源和社会保障局", List.of("区人社局"), "区")));
        WorkPlan plan = read(ReadOptions.builder().units(dir).build());
        List<Task> tasks = plan.allTasks().stream().map(e -> e.item()).toList();
        assertThat(tasks.get(0).assignments()).extracting(a -> a.unit().name() + "=" + a.unit().fullName())
                .containsExactly("区人社局=区人力资源和社会保障局");
        assertThat(tasks.get(0).inferred()).contains(Task.RESPONSIBILITY);
        assertThat(tasks.get(1).assignments()).extracting(a -> a.unit().fullName() + "/" + a.role())
                .containsExactly("区司法局/LEAD", "区人力资源和社会保障局/SUPPORT");

        WorkPlan plain = read(ReadOptions.defaults());
        assertThat(plain.allTasks().get(0).item().assignments().get(0).unit().fullName()).isEqualTo("区人社局");
        assertThat(plain.allTasks()).extracting(e -> e.id()).containsExactly("1.1", "1.2");
    }
}
