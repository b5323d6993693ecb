package org.taizhang.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link Texts#key}: white space removed, full-width forms folded, in one pass. */
class TextsKeyTest {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final String ALPHABET = " \t\n\r\u000b\f\u3000\u00a0责任单位完成时限（）()ＡＢ１２ab12：:、，\uff01\uff5e\uff00\uff5f序号";

    @Test
    void header_words_as_officials_type_them() {
        assertThat(Texts.key("责任\n单位")).isEqualTo("责任单位");
        assertThat(Texts.key(" 完成　时限 ")).isEqualTo("完成时限");
        assertThat(Texts.key("序号（ＮＯ．１）")).isEqualTo("序号(NO.1)");
        assertThat(Texts.key("备\u00a0注")).isEqualTo("备注");
        String plain = "具体任务";
        assertThat(Texts.key(plain)).isSameAs(plain);
    }

    @Test
    void is_the_regex_removal_then_the_width_fold() {
        Gen<String> texts = SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 30).map(list -> list.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
                        .reduce("", String::concat));
        qt().forAll(texts).checkAssert(t -> assertThat(Texts.key(t)).isEqualTo(reference(t)));
    }

    private static String reference(String text) {
        String s = SPACE.matcher(text).replaceAll("");
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c);
        }
        return sb.toString();
    }
}
