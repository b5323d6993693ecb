package org.taizhang.core.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WordSet} answers as a loop of {@code startsWith}, {@code endsWith} or {@code contains} over the words. */
class WordSetTest {
    private static final WordSet PLACE_ENDS = WordSet.of(List.of("开发区", "经开区", "乡镇", "街道", "园区"));

    @Test
    void answersForNamesAsOfficialsWriteThem() {
        assertThat(PLACE_ENDS.endsWithAny("上党经开区")).isTrue();
        assertThat(PLACE_ENDS.endsWithAny("各乡镇")).isTrue();
        assertThat(PLACE_ENDS.endsWithAny("市发改委")).isFalse();
        assertThat(PLACE_ENDS.endsWithAny("")).isFalse();
        assertThat(PLACE_ENDS.endsAt("各乡镇人民政府", 0, 3)).isTrue();
        assertThat(PLACE_ENDS.endsAt("各乡镇", 2, 3)).isFalse(); // 乡镇 would start before 2
        assertThat(PLACE_ENDS.startsWithAny("街道办事处")).isTrue();
        assertThat(PLACE_ENDS.startsAt("各街道办事处", 1)).isTrue();
        assertThat(PLACE_ENDS.containsAny("高新技术产业开发区管委会")).isTrue();
        assertThat(PLACE_ENDS.containsAny("市政务服务局")).isFalse();
        assertThat(WordSet.of(List.of()).containsAny("牵头")).isFalse();
        assertThat(WordSet.of(List.of("")).startsWithAny("牵头")).isFalse();
    }

    @Test
    void agreesWithLoopsOverTheWords() {
        qt().withExamples(3_000)
                .forAll(lists().of(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 3)).ofSizeBetween(0, 8),
                        strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 7), integers().between(0, 8),
                        integers().between(0, 8))
                .checkAssert((words, text, a, b) -> {
                    WordSet set = WordSet.of(words);
                    List<String> real = words.stream().filter(w -> !w.isEmpty()).toList();
                    int from = Math.min(a, b);
                    int end = Math.min(Math.max(a, b), text.length());
                    assertThat(set.startsAt(text, a)).isEqualTo(real.stream().anyMatch(w -> text.startsWith(w, a)));
                    assertThat(set.containsAny(text)).isEqualTo(real.stream().anyMatch(text::contains));
                    assertThat(set.endsWithAny(text)).isEqualTo(real.stream().anyMatch(text::endsWith));
                    assertThat(set.endsAt(text, from, end)).isEqualTo(real.stream().anyMatch(
                            w -> w.length() <= end - from && text.startsWith(w, end - w.length())));
                });
    }
}
