package org.taizhang.core.rollup;

/** A traffic light for a task or a group of tasks. */
public enum Light {
    /** 红: something is overdue. */
    RED("红"),
    /** 黄: something falls due soon. */
    YELLOW("黄"),
    /** 绿: on track, with a due date. */
    GREEN("绿"),
    /** 灰: no due date to judge by. */
    GREY("灰");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    /** @return the Chinese name officials use: 红, 黄, 绿 or 灰 */
    public String label() {
        return label;
    }
}
