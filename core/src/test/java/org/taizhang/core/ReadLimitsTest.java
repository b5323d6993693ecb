package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ReadLimits#forRows}: a row limit that brings the others along. */
class ReadLimitsTest {

    @Test
    void a_million_rows_raise_cells_text_size_and_time_fivefold() {
        ReadLimits l = ReadLimits.forRows(1_000_000);
        assertThat(l.maxRows()).isEqualTo(1_000_000);
        assertThat(l.maxCells()).isEqualTo(10_000_000);
        assertThat(l.maxTextChars()).isEqualTo(250_000_000L);
        assertThat(l.maxFileBytes()).isEqualTo(320L << 20);
        assertThat(l.maxTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(l.maxCellChars()).isEqualTo(ReadLimits.defaults().maxCellChars());
        assertThat(l.maxDepth()).isEqualTo(ReadLimits.defaults().maxDepth());
    }

    @Test
    void fewer_rows_than_the_default_lower_only_the_row_limit() {
        ReadLimits l = ReadLimits.forRows(1_000);
        assertThat(l).isEqualTo(ReadLimits.builder().maxRows(1_000).build());
    }

    @Test
    void cells_stop_at_the_largest_int() {
        assertThat(ReadLimits.forRows(Integer.MAX_VALUE).maxCells()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void zero_rows_is_refused() {
        assertThatThrownBy(() -> ReadLimits.forRows(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
