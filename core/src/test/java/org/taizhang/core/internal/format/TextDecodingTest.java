package org.taizhang.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;

class TextDecodingTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final ReadContext context = new ReadContext("t.txt", ReadOptions.defaults());

    @Test
    void takes_the_charset_a_byte_order_mark_names_and_skips_the_mark() throws LedgerException {
        byte[] utf8 = "\uFEFF序号".getBytes(StandardCharsets.UTF_8);
        byte[] le = "\uFEFF序号".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFF序号".getBytes(StandardCharsets.UTF_16BE);

        assertThat(TextDecoding.detect(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoding.detect(utf8).bomLength()).isEqualTo(3);
        assertThat(TextDecoding.detect(le).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextDecoding.detect(be).charset()).isEqualTo(StandardCharsets.UTF_16BE);
        for (byte[] b : new byte[][] {utf8, le, be}) {
            assertThat(TextDecoding.detect(b).decode(b, context)).isEqualTo("序号");
        }
    }

    @Test
    void prefers_strict_utf8_then_gb18030_then_code_page_936() {
        assertThat(TextDecoding.detect("责任单位".getBytes(StandardCharsets.UTF_8)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoding.detect("责任单位".getBytes(GB18030)).charset()).isEqualTo(GB18030);
        byte[] euro = {(byte) 0x80, '1', '0'};
        assertThat(TextDecoding.detect(euro).charset().name()).isEqualTo("x-mswin-936");
    }

    @Test
    void decodes_any_utf8_text_holding_chinese_as_written() {
        qt().forAll(SourceDSL.strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 40),
                SourceDSL.strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 3))
                .checkAssert((any, chinese) -> {
                    String s = any + chinese;
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    try {
                        assertThat(TextDecoding.detect(b).decode(b, context)).isEqualTo(s);
                    } catch (LedgerException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void reads_short_gb18030_text_that_is_also_valid_utf8_as_chinese() throws LedgerException {
        // D2 BB is 一 in GB18030 and Cyrillic һ in UTF-8
        for (String s : new String[] {"一", "一、", "一、总体要求", "序号,任务"}) {
            byte[] b = s.getBytes(GB18030);
            assertThat(TextDecoding.detect(b).decode(b, context)).isEqualTo(s);
        }
        byte[] latin = "café,naïve".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.detect(latin).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void sniffs_the_head_even_when_its_last_character_is_cut() {
        byte[] whole = "一、总体要求".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThat(TextDecoding.sniff(cut)).isEqualTo("一、总体要");
        byte[] gb = "一、总体要求".getBytes(GB18030);
        assertThat(TextDecoding.sniff(java.util.Arrays.copyOf(gb, gb.length - 1))).isEqualTo("一、总体要");
    }

    @Test
    void uses_the_charset_given_and_skips_its_own_mark() throws LedgerException {
        byte[] b = "\uFEFF任务".getBytes(StandardCharsets.UTF_8);
        TextDecoding given = TextDecoding.given(b, StandardCharsets.UTF_8);
        assertThat(given.detected()).isFalse();
        assertThat(given.decode(b, context)).isEqualTo("任务");
    }
}
