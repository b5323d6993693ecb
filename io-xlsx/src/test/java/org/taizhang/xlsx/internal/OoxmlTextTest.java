package org.taizhang.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class OoxmlTextTest {

    @Test
    void decodes_escapes_and_turns_every_line_break_into_a_newline() {
        assertThat(OoxmlText.decode("第一行_x000D_\n第二行\r第三行")).isEqualTo("第一行\n第二行\n第三行");
        assertThat(OoxmlText.decode("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(OoxmlText.decode("a_x00_b_xZZZZ_")).isEqualTo("a_x00_b_xZZZZ_");
    }

    @Test
    void escapes_what_xml_cannot_hold_and_literal_escapes() {
        assertThat(OoxmlText.encode("a\u0000b")).isEqualTo("a_x0000_b");
        assertThat(OoxmlText.encode("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(OoxmlText.encode("市司法局\n牵头\t")).isEqualTo("市司法局\n牵头\t");
    }

    @Test
    void decoding_an_encoded_text_gives_it_back() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40).map(s -> s.replace('\r', '\n')))
                .check(s -> OoxmlText.decode(OoxmlText.encode(s)).equals(s));
    }
}
