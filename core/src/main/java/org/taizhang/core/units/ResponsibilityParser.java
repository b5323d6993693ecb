package org.taizhang.core.units;

import org.taizhang.core.Responsibility;

/** Reads the 责任单位 text of a task into units and roles. */
public final class ResponsibilityParser {
    private ResponsibilityParser() {}

    /**
     * @param text the cell text
     * @return the responsibility
     */
    public static Responsibility parse(String text) {
        return parse(text, null);
    }

    /**
     * @param text the cell text
     * @param columnHeader the header of the column it came from, giving its default role, or null
     * @return the responsibility
     */
    public static Responsibility parse(String text, String columnHeader) {
        return Responsibility.ofText(text);
    }
}
