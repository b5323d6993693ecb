package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.internal.deadline.DeadlineParser;
import org.taizhang.core.internal.deadline.Lexicon;

/** The shipped word lists, and a caller's words added to them. */
class LexiconTest {
    private static final DeadlineContext PLAN_2022 = DeadlineContext.ofYear(2022);

    @Test
    void local_vague_and_ongoing_words_take_effect_only_when_added() {
        assertThat(DeadlineParser.parse("视进度推进", PLAN_2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(DeadlineParser.parse("滚动实施", PLAN_2022).kind()).isEqualTo(DeadlineKind.UNPARSED);
        Lexicon local = Lexicon.builtIn().with("vague", List.of("视进度")).with("ongoing", List.of("滚动实施"));
        assertThat(DeadlineParser.parse("视进度推进", PLAN_2022, local).kind()).isEqualTo(DeadlineKind.VAGUE);
        Deadline ongoing = DeadlineParser.parse("滚动实施", PLAN_2022, local);
        assertThat(ongoing.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(ongoing.until()).contains(LocalDate.of(2022, 12, 31));
        // the shipped words still read as before
        assertThat(DeadlineParser.parse("2022年9月底前，适时调整", PLAN_2022, local).due())
                .containsExactly(LocalDate.of(2022, 9, 30));
    }

    @Test
    void a_longer_added_word_is_tried_before_a_shipped_word_it_begins_with() {
        Lexicon local = Lexicon.builtIn().with("ongoing", List.of("持续推进中"));
        Deadline d = DeadlineParser.parse("持续推进中确保实效", PLAN_2022, local);
        assertThat(d.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(d.action()).contains("确保实效");
        assertThat(DeadlineParser.parse("持续推进中确保实效", PLAN_2022).action()).contains("中确保实效");
    }

    @Test
    void unknown_lists_and_blank_words_are_refused() {
        assertThatThrownBy(() -> Lexicon.builtIn().with("colour", List.of("红")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.builtIn().with("vague", List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_lexicon_is_loaded_once() {
        assertThat(Lexicon.builtIn()).isSameAs(Lexicon.builtIn());
    }
}
