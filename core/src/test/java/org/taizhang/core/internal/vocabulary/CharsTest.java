package org.taizhang.core.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Chars} answers as the JDK's character tables do, for every character. */
class CharsTest {

    @Test
    void white_space_is_java_white_space() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void a_space_is_java_white_space_or_a_space_character() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Chars.isSpace((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }
}
