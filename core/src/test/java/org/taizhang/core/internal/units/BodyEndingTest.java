package org.taizhang.core.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A body's ending is found inside a longer text exactly as in the name cut out of it. */
class BodyEndingTest {

    @Test
    void runTogetherNamesEndWhereABodyEnds() {
        String piece = "区政府办区财政局区审计局";
        assertThat(UnitWords.endsLikeBody(piece, 0, 4)).isTrue(); // 区政府办
        assertThat(UnitWords.endsLikeBody(piece, 4, 8)).isTrue(); // 区财政局
        assertThat(UnitWords.endsLikeBody(piece, 4, 6)).isFalse(); // 区财
        assertThat(UnitWords.endsLikeBody(piece, 7, 8)).as("one character is no name").isFalse();
        assertThat(UnitWords.endsLikeBody("人民银行县支行", 0, 7)).isEqualTo(UnitWords.endsLikeBody("人民银行县支行"));
    }

    @Test
    void agreesWithTheNameCutOut() {
        qt().forAll(lists().of(Generate.pick(Arrays.asList("市", "区", "财政", "局", "委", "办", "中心", "政府",
                "委员会", "办公室", "人民", "政府办", "支行", "街道", "乡镇", "党委", "管委会", "（", "）", "、"))).ofSizeBetween(0, 8),
                integers().between(0, 30), integers().between(0, 30))
                .checkAssert((parts, a, b) -> {
                    String text = String.join("", parts);
                    int start = Math.min(a, text.length());
                    int end = Math.max(start, Math.min(b, text.length()));
                    assertThat(UnitWords.endsLikeBody(text, start, end))
                            .isEqualTo(UnitWords.endsLikeBody(text.substring(start, end)));
                });
    }
}
