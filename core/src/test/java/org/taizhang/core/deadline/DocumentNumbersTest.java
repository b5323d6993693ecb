package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/** A document number's {@code 12号} names a document, never a day of the month. */
class DocumentNumbersTest {
    private static final DeadlineContext PLAN_2023 = DeadlineContext.ofYear(2023);

    @ParameterizedTest
    @ValueSource(strings = {"财预〔2023〕12号", "（财预〔2023〕12号）", "国办发[2022]5号文件", "鄂府办发【2021】108号",
        "内政办发(2020)3号"})
    void a_document_number_alone_is_no_deadline(String text) {
        assertThat(Deadline.parse(text, PLAN_2023).kind()).isEqualTo(DeadlineKind.UNPARSED);
    }

    @Test
    void a_deadline_beside_a_document_number_is_still_read() {
        Deadline d = Deadline.parse("按照(财预〔2023〕12号)要求，9月底前完成", PLAN_2023);
        assertThat(d.kind()).isEqualTo(DeadlineKind.ABSOLUTE);
        assertThat(d.dueDates()).containsExactly(LocalDate.of(2023, 9, 30));
        assertThat(Deadline.parse("每月12号前", PLAN_2023).kind()).isEqualTo(DeadlineKind.RECURRING);
    }
}
