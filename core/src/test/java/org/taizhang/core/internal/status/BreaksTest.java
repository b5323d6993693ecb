package org.taizhang.core.internal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Sentences and clauses are split exactly as the regular expressions they replace split them. */
class BreaksTest {
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\n\\r]+");
    private static final Pattern CLAUSE = Pattern.compile("[，,、]+");

    @Test
    void progressTextsSplitAtEachRunOfBreaks() {
        assertThat(Breaks.SENTENCE.split("已完成。正在推进；；下一步，持续做好"))
                .containsExactly("已完成", "正在推进", "下一步，持续做好");
        assertThat(Breaks.SENTENCE.split("。已完成。")).containsExactly("", "已完成");
        assertThat(Breaks.CLAUSE.split("已于9月完成，、已报送")).containsExactly("已于9月完成", "已报送");
        assertThat(Breaks.CLAUSE.split("")).containsExactly("");
        assertThat(Breaks.CLAUSE.split("，，")).isEmpty();
        assertThat(Breaks.CLAUSE.split("未启动")).containsExactly("未启动");
    }

    @Test
    void agreesWithPatternSplit() {
        qt().forAll(lists().of(Generate.pick(Arrays.asList("已", "完成", "。", "；", ";", "！", "?", "\n", "\r",
                "，", ",", "、", "推进", " ", "9月"))).ofSizeBetween(0, 14))
                .checkAssert(parts -> {
                    String text = String.join("", parts);
                    assertThat(Breaks.SENTENCE.split(text)).containsExactly(SENTENCE.split(text));
                    assertThat(Breaks.CLAUSE.split(text)).containsExactly(CLAUSE.split(text));
                });
    }
}
