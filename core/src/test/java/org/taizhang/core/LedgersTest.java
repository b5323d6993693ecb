package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.LedgerWriter;
import org.taizhang.core.spi.ReadContext;

/** Format detection, dispatch and failure reporting, with in-test providers. */
class LedgersTest {

    @TempDir
    Path dir;

    /** Claims files whose content starts with "LEDGER"; otherwise only the .ldg extension. */
    static class MarkerReader implements LedgerReader {
        final LedgerFormat format = LedgerFormat.of("marker", "test format", "ldg");

        @Override
        public LedgerFormat format() {
            return format;
        }

        @Override
        public int detect(ContentSample sample) {
            if (sample.headText().startsWith("LEDGER")) {
                return CERTAIN;
            }
            return format.matchesExtension(sample.fileName().orElse("")) ? EXTENSION_ONLY : NO;
        }

        @Override
        public WorkPlan read(Path file, ReadContext context) throws LedgerException {
            try {
                String title = Files.readString(file, StandardCharsets.UTF_8).substring(6).trim();
                if (title.equals("boom")) {
                    throw new IllegalStateException("reader bug");
                }
                return WorkPlan.builder().title(title).build();
            } catch (IOException e) {
                throw context.error(null, "cannot read", e);
            }
        }
    }

    /** Claims zip files that contain "word/document.xml". */
    static final class ZipPartReader implements LedgerReader {
        @Override
        public LedgerFormat format() {
            return LedgerFormat.of("zippart", "zip test format", "zp");
        }

        @Override
        public int detect(ContentSample sample) {
            return sample.zipEntries().contains("word/document.xml") ? CERTAIN : NO;
        }

        @Override
        public WorkPlan read(Path file, ReadContext context) {
            return WorkPlan.builder().title("zip").build();
        }
    }

    static final class MarkerWriter implements LedgerWriter {
        @Override
        public LedgerFormat format() {
            return LedgerFormat.of("marker", "test format", "ldg");
        }

        @Override
        public void write(WorkPlan plan, OutputStream out, WriteOptions options) throws LedgerException {
            try {
                out.write(("LEDGER " + plan.title().orElse("")).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LedgerException("cannot write", null, null, e);
            }
        }
    }

    private final FormatRegistry registry = FormatRegistry.of(
            List.of(new MarkerReader(), new ZipPartReader()), List.of(new MarkerWriter()));

    @Test
    void detects_by_content_before_extension() throws Exception {
        Path misnamed = Files.writeString(dir.resolve("ledger.csv"), "LEDGER 台账");
        assertThat(Ledgers.read(misnamed, ReadOptions.defaults(), registry).title()).hasValue("台账");
    }

    @Test
    void falls_back_to_extension_when_content_says_nothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ldg"), "??????x");
        assertThat(registry.readerFor(FormatRegistry.sample(file)))
                .get().extracting(r -> r.format().id()).isEqualTo("marker");
    }

    @Test
    void detects_zip_containers_by_their_parts() throws Exception {
        Path zip = dir.resolve("noext");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        ContentSample sample = FormatRegistry.sample(zip);
        assertThat(sample.isZip()).isTrue();
        assertThat(sample.zipEntries()).containsExactly("[Content_Types].xml", "word/document.xml");
        assertThat(Ledgers.read(zip, ReadOptions.defaults(), registry).title()).hasValue("zip");
    }

    @Test
    void unknown_content_is_an_unsupported_format_naming_the_file() throws Exception {
        Path file = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThatThrownBy(() -> Ledgers.read(file, ReadOptions.defaults(), registry))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("photo.png: unsupported format: found binary content (can read: marker, zippart)");
    }

    @Test
    void missing_file_and_directory_fail_with_the_name() {
        assertThatThrownBy(() -> Ledgers.read(dir.resolve("nope.ldg"), ReadOptions.defaults(), registry))
                .isInstanceOf(LedgerException.class).hasMessage("nope.ldg: file not found");
        assertThatThrownBy(() -> Ledgers.read(dir, ReadOptions.defaults(), registry))
                .isInstanceOf(LedgerException.class).hasMessageEndingWith("is a directory, not a ledger file");
    }

    @Test
    void files_over_the_size_limit_are_refused_before_reading() throws Exception {
        Path file = Files.writeString(dir.resolve("big.ldg"), "LEDGER " + "x".repeat(200));
        ReadOptions small = ReadOptions.builder().limits(ReadLimits.builder().maxFileBytes(100).build()).build();
        assertThatThrownBy(() -> Ledgers.read(file, small, registry))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("big.ldg: the file has 207 bytes, more than 100 (ReadLimits.maxFileBytes)");
    }

    @Test
    void a_reader_bug_becomes_a_ledger_exception() throws Exception {
        Path file = Files.writeString(dir.resolve("bug.ldg"), "LEDGER boom");
        assertThatThrownBy(() -> Ledgers.read(file, ReadOptions.defaults(), registry))
                .isInstanceOf(LedgerException.class)
                .hasMessage("bug.ldg: the marker reader failed: IllegalStateException");
    }

    @Test
    void stream_input_is_bounded() {
        ReadOptions small = ReadOptions.builder().limits(ReadLimits.builder().maxFileBytes(10).build()).build();
        assertThatThrownBy(() -> Ledgers.read(new ByteArrayInputStream(new byte[100]), "upload.xlsx", small))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("upload.xlsx: the input has more than 10 bytes");
    }

    @Test
    void registry_orders_providers_by_priority_then_class_name() {
        LedgerReader preferred = new MarkerReader() {
            @Override
            public int priority() {
                return 10;
            }
        };
        FormatRegistry r = FormatRegistry.of(List.of(new MarkerReader(), preferred), List.of());
        assertThat(r.readers().get(0)).isSameAs(preferred);
        assertThat(r.reader("MARKER")).get().isSameAs(preferred);
    }

    @Test
    void writer_is_found_by_id_or_extension() {
        assertThat(registry.writer("marker")).isPresent();
        assertThat(registry.writer("ldg")).isPresent();
        assertThat(registry.writerForName("out.LDG")).isPresent();
        assertThat(registry.writer("pdf")).isEmpty();
    }

    @Test
    void exception_messages_cut_echoed_text_short() {
        String echoed = LedgerException.echo("很长的文字".repeat(30));
        assertThat(echoed).hasSize(LedgerException.MAX_ECHO + 3).startsWith("\"很长").endsWith("…\"");
        LedgerException e = new LedgerException("bad date", "a.xlsx", "任务台账!E12", null);
        assertThat(e).hasMessage("a.xlsx: 任务台账!E12: bad date");
        assertThat(e.place()).hasValue("任务台账!E12");
        assertThat(e.reason()).isEqualTo("bad date");
    }

    @Test
    void format_ids_are_lower_case_words() {
        assertThatThrownBy(() -> LedgerFormat.of("Excel 2007", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LedgerFormat.of("xlsx", "Excel", "XLSX", "xlsm").extensions()).containsExactly("xlsx", "xlsm");
    }
}
