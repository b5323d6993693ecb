package org.taizhang.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ReadContext;

/** The zip guard: an entry may inflate to at most its bound, and past the grace size at most 100×. */
class GuardedEntryStreamTest {
    private static InputStream zeros(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    void passes_an_entry_within_its_bounds() throws IOException {
        try (InputStream in = new GuardedEntryStream(zeros(300_000), "xl/worksheets/sheet1.xml", 3_000, 1_000_000)) {
            assertThat(in.readAllBytes()).hasSize(300_000);
        }
        try (InputStream in = new GuardedEntryStream(zeros(100 * 1024), "xl/styles.xml", 1, 1_000_000)) {
            assertThat(in.readAllBytes()).as("within the grace size any ratio passes").hasSize(100 * 1024);
        }
    }

    @Test
    void fails_as_soon_as_an_entry_inflates_past_its_size_bound() {
        InputStream in = new GuardedEntryStream(zeros(5_000), "xl/sharedStrings.xml", 4_000, 4_096);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(ZipBombException.class)
                .hasMessageContaining("xl/sharedStrings.xml").hasMessageContaining("max size of the expanded data");
        InputStream single = new GuardedEntryStream(zeros(10), "a.xml", 10, 3);
        assertThatThrownBy(() -> {
            while (single.read() >= 0) {
                // read byte by byte
            }
        }).isInstanceOf(ZipBombException.class);
    }

    @Test
    void fails_when_an_entry_inflates_more_than_100_times_its_compressed_size() {
        InputStream in = new GuardedEntryStream(zeros(400_000), "xl/worksheets/sheet2.xml", 2_000,
                GuardedEntryStream.MAX_ENTRY_BYTES);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(ZipBombException.class)
                .hasMessageContaining("xl/worksheets/sheet2.xml").hasMessageContaining("max. ratio");
    }

    @Test
    void what_the_guard_finds_is_reported_as_a_limit_naming_the_place() {
        ReadContext context = new ReadContext("bomb.xlsx", ReadOptions.defaults());
        assertThat(XlsxGridReader.failure(context, "任务台账 (/xl/worksheets/sheet1.xml)",
                new ZipBombException("Zip bomb detected: x")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("bomb.xlsx: 任务台账 (/xl/worksheets/sheet1.xml): a zip entry expands far beyond its "
                        + "compressed size (a zip bomb); refused by the zip safety limits");
        assertThat(XlsxGridReader.failure(context, null, new IOException("invalid stored block lengths")))
                .isNotInstanceOf(LimitExceededException.class)
                .hasMessage("bomb.xlsx: not a valid .xlsx file: the package cannot be read (invalid stored block lengths)");
    }
}
