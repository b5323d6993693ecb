package org.taizhang.core.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** A rewrite that keeps the text as it is costs nothing and is the text; any other is built in full. */
class SourceTextRewriteTest {

    @Test
    void keepingEverythingIsTheTextItself() {
        SourceText cell = SourceText.of("市财政局牵头，市审计局配合");
        assertThat(cell.rewrite().keep(0, 6).keep(6).keep(7, cell.length()).build()).isSameAs(cell);
    }

    @Test
    void appendingTheTextOrItsOwnNextStretchCopiesNothing() {
        SourceText cell = SourceText.of("（市财政局牵头）");
        assertThat(cell.sub(0, cell.length())).isSameAs(cell);
        assertThat(cell.rewrite().append(cell).build()).isSameAs(cell);
        SourceText inside = cell.sub(1, cell.length() - 1);
        assertThat(cell.rewrite().keep(0).append(inside).keep(cell.length() - 1).build()).isSameAs(cell);
        SourceText elsewhere = cell.sub(2, 4);
        SourceText moved = cell.rewrite().keep(0).append(elsewhere).build();
        assertThat(moved.text()).isEqualTo("（财政");
        assertThat(moved.isWritten(0, 2)).as("（ and 财 do not stand together in the cell").isFalse();
        assertThat(moved.isWritten(1, 3)).isTrue();
    }

    @Test
    void keepingTheStartIsThatPartStillWrittenWhereItStands() {
        SourceText cell = SourceText.of("市财政局牵头（排名不分先后）");
        SourceText start = cell.rewrite().keep(0, 6).build();
        assertThat(start.text()).isEqualTo("市财政局牵头");
        assertThat(start.isWritten(0, 6)).isTrue();
    }

    @Test
    void aSeparatorPutInSplitsTheWrittenStretches() {
        SourceText cell = SourceText.of("1.市财政局2.市审计局");
        SourceText rewritten = cell.rewrite().keep(2, 6).insert('、').keep(8, cell.length()).build();
        assertThat(rewritten.text()).isEqualTo("市财政局、市审计局");
        assertThat(rewritten.isWritten(0, 4)).isTrue();
        assertThat(rewritten.isWritten(0, 5)).isFalse();
        assertThat(rewritten.isWritten(5, 9)).isTrue();
        assertThat(rewritten.isWritten(3, 6)).isFalse();
    }

    @Test
    void keepingFromTheStartThenDepartingKeepsWhatCameBefore() {
        SourceText cell = SourceText.of("各旗区政府，下同");
        SourceText rewritten = cell.rewrite().keep(0, 5).insert(' ').build();
        assertThat(rewritten.text()).isEqualTo("各旗区政府 ");
        assertThat(rewritten.isWritten(0, 5)).isTrue();
        assertThat(rewritten.isWritten(0, 6)).isFalse();
    }

    @Test
    void anyCutAndSeparatorGivesTheSameTextAsAStringWould() {
        qt().forAll(strings().betweenCodePoints(0x4e00, 0x4e20).ofLengthBetween(0, 12), integers().between(0, 12),
                integers().between(0, 12)).checkAssert((text, a, b) -> {
                    int cut = Math.min(a, text.length());
                    int resume = Math.max(cut, Math.min(b, text.length()));
                    SourceText cell = SourceText.of(text);
                    SourceText rewritten = cell.rewrite().keep(0, cut).insert('、').keep(resume, text.length()).build();
                    assertThat(rewritten.text()).isEqualTo(text.substring(0, cut) + "、" + text.substring(resume));
                    assertThat(rewritten.isWritten(0, cut)).isTrue();
                    assertThat(rewritten.isWritten(cut + 1, rewritten.length())).isTrue();
                    assertThat(rewritten.isWritten(cut, cut + 1)).isFalse();
                });
    }
}
