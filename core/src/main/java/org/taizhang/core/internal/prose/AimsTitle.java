package org.taizhang.core.internal.prose;

import java.util.regex.Pattern;

/**
 * Whether a part's title names the aims of the plan rather than work: its last words name
 * thinking, aims, principles or overall requirements ({@code 指导思想}, {@code 总体要求},
 * {@code 工作目标}, {@code 基本原则}, {@code 目标任务} is work), and it names no work (任务, 措施,
 * 举措, 重点, 安排, 步骤, 分工). {@code 工作要求} and {@code 有关要求} at the end of a plan are
 * duties of the departments, like {@code 保障措施}, so only overall requirements count.
 */
final class AimsTitle {
    private static final Pattern AIMS = Pattern.compile(
            "(指导思想|思想|目标|原则|总体要求|基本要求|总要求|目标要求|总体思路|工作思路|基本思路|思路|意义|定位|愿景|形势)$");
    private static final Pattern WORK = Pattern.compile("任务|措施|举措|重点|安排|步骤|分工|内容|工作要求|职责|保障");

    private AimsTitle() {}

    /**
     * @param title a part's title, without its mark
     * @return whether the part states aims
     */
    static boolean is(String title) {
        String t = title.replaceAll("[。：:，,；;\\s]+$", "");
        return t.length() <= 20 && AIMS.matcher(t).find() && !WORK.matcher(t).find();
    }
}
