package org.taizhang.core.internal.units;

/** What the label of a field in a 责任单位 cell says about its value, for the public API. */
public final class FieldLabels {
    private FieldLabels() {}

    /**
     * @param label a label as written
     * @return true if the field holds a time ({@code 完成时限}, {@code 时间节点})
     */
    public static boolean isTimeLabel(String label) {
        return Labels.isTimeLabel(label);
    }
}
