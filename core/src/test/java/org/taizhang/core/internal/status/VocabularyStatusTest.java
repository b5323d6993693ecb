package org.taizhang.core.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Status;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.vocabulary.VocabularyScope;

class VocabularyStatusTest {

    private static final Vocabulary WORDS = parse("status\t挂账督办\tIN_PROGRESS", "status\t正在攻坚\tin-progress",
            "status\t暂缓实施\tNOT_STARTED");

    private static Vocabulary parse(String... lines) {
        try {
            return Vocabulary.parse(List.of(lines), "words.tsv");
        } catch (org.taizhang.core.LedgerException e) {
            throw new AssertionError(e);
        }
    }

    private static Status within(String text) {
        return VocabularyScope.<Status, RuntimeException>within(WORDS, () -> StatusReader.status(text));
    }

    @Test
    void a_callers_status_words_name_a_status_only_while_in_force() {
        assertThat(within("挂账督办")).isEqualTo(Status.IN_PROGRESS);
        assertThat(within("目前正在攻坚，预计9月完成")).isEqualTo(Status.IN_PROGRESS);
        assertThat(within("因规划调整暂缓实施")).isEqualTo(Status.NOT_STARTED);
        assertThat(StatusReader.status("挂账督办")).isEqualTo(Status.UNKNOWN);
        assertThat(StatusReader.status("正在攻坚")).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void the_shipped_words_still_read_beside_them() {
        assertThat(within("已完成")).isEqualTo(Status.DONE);
        assertThat(within("已销号")).isEqualTo(Status.DONE);
    }
}
