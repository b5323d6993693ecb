package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerReader;

class JsonProvidersTest {
    private final JsonLedgerReader reader = new JsonLedgerReader();

    private static ContentSample sample(String head, String name) {
        return new ContentSample(head.getBytes(StandardCharsets.UTF_8), name, List.of());
    }

    @Test
    void the_service_loader_finds_the_json_reader_and_writer() {
        FormatRegistry registry = FormatRegistry.installed();
        assertThat(registry.readableFormats()).contains(JsonFormat.FORMAT);
        assertThat(registry.writableFormats()).contains(JsonFormat.FORMAT);
        assertThat(registry.writer("json")).get().isInstanceOf(JsonLedgerWriter.class);
    }

    @Test
    void detection_is_certain_for_a_taizhang_document_whatever_its_name() {
        assertThat(reader.detect(sample("{\"format\":\"taizhang/1\",\"plan\":{}}", "台账.txt")))
                .isEqualTo(LedgerReader.CERTAIN);
        assertThat(reader.detect(sample("\uFEFF \n {\n  \"format\" : \"taizhang/1\"", null)))
                .isEqualTo(LedgerReader.CERTAIN);
    }

    @Test
    void detection_falls_back_to_the_extension_for_other_json() {
        assertThat(reader.detect(sample("{\"name\":\"x\"}", "data.JSON"))).isEqualTo(LedgerReader.EXTENSION_ONLY);
        assertThat(reader.detect(sample("[1,2]", "data.json"))).isEqualTo(LedgerReader.EXTENSION_ONLY);
        assertThat(reader.detect(sample("序号,任务", "ledger.csv"))).isEqualTo(LedgerReader.NO);
        assertThat(reader.detect(sample("\"format\":\"taizhang/1\"", "notes.txt"))).isEqualTo(LedgerReader.NO);
    }

    @Test
    void ledgers_writes_and_reads_a_json_file_by_its_extension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("台账.json");
        Ledgers.write(SamplePlans.golden(), file);
        java.io.ByteArrayOutputStream compact = new java.io.ByteArrayOutputStream();
        LedgerJson.write(SamplePlans.golden(), compact, false);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(compact.toString(StandardCharsets.UTF_8));
        // files are compact: one line, the pretty form's content without its indentation
        assertThat(written).startsWith("{\"format\":\"taizhang/1\",\"plan\":{").endsWith("}\n");
        assertThat(written.indexOf('\n')).isEqualTo(written.length() - 1);
        assertThat(written.length()).isLessThan(LedgerJson.write(SamplePlans.golden()).length() * 3 / 4);
        WorkPlan back = Ledgers.read(file);
        assertThat(back).isEqualTo(SamplePlans.golden());
        assertThat(LedgerJson.read(LedgerJson.write(SamplePlans.golden()))).isEqualTo(back);
    }

    @Test
    void ledgers_finds_a_taizhang_document_by_content_under_another_name(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.dat");
        Files.writeString(file, "{\"format\":\"taizhang/1\",\"plan\":{\"year\":2023}}", StandardCharsets.UTF_8);
        assertThat(Ledgers.read(file).year()).hasValue(2023);
    }

    @Test
    void reads_a_document_that_starts_with_a_bom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"format\":\"taizhang/1\",\"plan\":{\"title\":\"标题\"}}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Ledgers.read(file).title()).hasValue("标题");
    }

    @Test
    void an_error_in_a_file_names_the_file_and_the_path(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"taizhang/1\",\n\"tasks\":[{\"status\":\"FINISHED\"}]}",
                StandardCharsets.UTF_8);
        LedgerException e = catchThrowableOfType(LedgerException.class, () -> Ledgers.read(file));
        assertThat(e.file()).hasValue("bad.json");
        assertThat(e.getMessage()).startsWith("bad.json: $.tasks[0].status (line 2, column 20): invalid value \"FINISHED\"");
    }
}
