package org.taizhang.core.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.testing.AlphabetTexts;

/** {@link MatchKey}: white space removed, full-width forms folded, in one pass. */
class MatchKeyTest {
    private static final String ALPHABET = " \t\n\r\u000b\f\u001c\u3000\u00a0\u2002\u2007\u202f\u2028"
            + "责任单位完成时限（）()ＡＢ１２ab12：:、，\uff01\uff5e\uff00\uff5f序号已完成";

    @Test
    void header_words_as_officials_type_them() {
        assertThat(MatchKey.of("责任\n单位")).isEqualTo("责任单位");
        assertThat(MatchKey.of(" 完成　时限 ")).isEqualTo("完成时限");
        assertThat(MatchKey.of("序号（ＮＯ．１）")).isEqualTo("序号(NO.1)");
        assertThat(MatchKey.of("备\u00a0注")).isEqualTo("备注");
        assertThat(MatchKey.of("已\u2002完成")).isEqualTo("已完成"); // an en space pasted from a web page
        assertThat(MatchKey.of("合计：\u202f１２项")).isEqualTo("合计:12项");
        String plain = "具体任务";
        assertThat(MatchKey.of(plain)).isSameAs(plain);
    }

    @Test
    void fits_in_counts_what_the_key_keeps() {
        assertThat(MatchKey.fitsIn("责 任 单 位", 4)).isTrue();
        assertThat(MatchKey.fitsIn("责任单位及责任人", 4)).isFalse();
        assertThat(MatchKey.fitsIn("　　合计　", 2)).isTrue();
    }

    @Test
    void is_the_removal_of_white_space_then_the_width_fold() {
        Gen<String> texts = AlphabetTexts.of(ALPHABET, 30);
        qt().forAll(texts).checkAssert(t -> {
            assertThat(MatchKey.of(t)).isEqualTo(reference(t));
            for (int n = 0; n < 8; n++) {
                assertThat(MatchKey.fitsIn(t, n)).isEqualTo(reference(t).length() <= n);
            }
        });
    }

    private static String reference(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c);
        }
        return sb.toString();
    }
}
