package org.taizhang.core.internal.table;

import java.util.Map;
import org.taizhang.core.Status;

/** The words a 状态 column uses, matched after {@link Texts#key}. */
final class StatusWords {
    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("已完成", Status.DONE),
            Map.entry("完成", Status.DONE),
            Map.entry("已办结", Status.DONE),
            Map.entry("办结", Status.DONE),
            Map.entry("推进中", Status.IN_PROGRESS),
            Map.entry("进行中", Status.IN_PROGRESS),
            Map.entry("正在推进", Status.IN_PROGRESS),
            Map.entry("正在进行", Status.IN_PROGRESS),
            Map.entry("实施中", Status.IN_PROGRESS),
            Map.entry("办理中", Status.IN_PROGRESS),
            Map.entry("未启动", Status.NOT_STARTED),
            Map.entry("未开始", Status.NOT_STARTED),
            Map.entry("尚未启动", Status.NOT_STARTED),
            Map.entry("未开展", Status.NOT_STARTED));

    private StatusWords() {}

    /** @return the status the text names, {@link Status#UNKNOWN} for any other text */
    static Status of(String text) {
        return WORDS.getOrDefault(Texts.key(text), Status.UNKNOWN);
    }
}
