package org.taizhang.core.internal.table;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.taizhang.core.Status;
import org.taizhang.core.internal.status.Dates;
import org.taizhang.core.internal.status.StatusReader;

/**
 * The table layer's door to status reading: a 状态 cell, a 落实情况 text and a 完成时间 cell. The
 * words are in {@code org/taizhang/core/internal/status/status-words.txt}.
 */
final class StatusWords {
    private StatusWords() {}

    /** @return the status a 状态 cell names, {@link Status#UNKNOWN} for any other text */
    static Status of(String text) {
        return StatusReader.status(text);
    }

    /** @return what a 落实情况 text says: the status and a completion day */
    static StatusReader.Reading ofProgress(String text, OptionalInt year) {
        return StatusReader.read(text, year);
    }

    /** @return the day a 完成时间 cell holds, if it holds one and nothing else */
    static Optional<LocalDate> completedOn(String text, OptionalInt year) {
        return Dates.wholeDay(text, year);
    }
}
