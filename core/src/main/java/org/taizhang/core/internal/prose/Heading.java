package org.taizhang.core.internal.prose;

/**
 * Splits the text after an outline mark into a heading and the body that follows it on the same
 * line: {@code 持续做好规范性文件集中公开。依托政府网站……} gives the heading
 * {@code 持续做好规范性文件集中公开} and the body {@code 依托政府网站……}.
 *
 * <p>The heading is the text before the first {@code 。！？} or colon, when that is at most
 * {@value #MAX} characters. A line with no such stop is a heading when it is that short; a longer
 * one, or a single sentence with a full stop and a comma, has no heading and is all body.
 */
final class Heading {
    /** The longest heading: longer first sentences are text, not titles. */
    static final int MAX = 40;

    /** The heading, or null when the line is all body. */
    final String name;
    /** The text after the heading on the same line, possibly empty. */
    final String body;

    private Heading(String name, String body) {
        this.name = name;
        this.body = body;
    }

    /**
     * Reads the line of a part or a point, where a short line alone is a heading.
     *
     * @param rest the text after the mark
     * @return its heading and body
     */
    static Heading ofHeadingLine(String rest) {
        int stop = stop(rest);
        if (stop < 0) {
            return rest.length() <= MAX ? new Heading(rest, "") : new Heading(null, rest);
        }
        String head = rest.substring(0, stop).strip();
        String body = rest.substring(stop + 1).strip();
        // 一、各乡镇要于3月底前完成更新，及时公开。 is one sentence of work, not a title
        if (stop == 0 || stop > MAX || body.isEmpty() && hasClauseBreak(head)) {
            return new Heading(null, rest);
        }
        return new Heading(head, body);
    }

    /**
     * Reads the line of an item ({@code 1.}), which is usually a sentence of work rather than a
     * heading: it has a heading only when a short first sentence is followed by more text on the
     * line, or when the line is short, has no full stop and further lines follow it.
     *
     * @param rest the text after the mark
     * @param followed whether continuation lines follow the item line
     * @return its heading and body
     */
    static Heading ofItemLine(String rest, boolean followed) {
        int stop = stop(rest);
        if (stop < 0) {
            return followed && rest.length() <= MAX && !hasClauseBreak(rest)
                    ? new Heading(rest, "") : new Heading(null, rest);
        }
        String head = rest.substring(0, stop).strip();
        String body = rest.substring(stop + 1).strip();
        if (stop == 0 || stop > MAX || body.isEmpty() || hasClauseBreak(head)) {
            return new Heading(null, rest);
        }
        return new Heading(head, body);
    }

    // a comma or semicolon inside marks a sentence of work rather than a title
    private static boolean hasClauseBreak(String text) {
        return text.indexOf('，') >= 0 || text.indexOf(',') >= 0 || text.indexOf('；') >= 0
                || text.indexOf(';') >= 0;
    }

    // the first full stop, or a colon met before any full stop, outside brackets: （详见附件：清单）
    private static int stop(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Brackets.opens(c) >= 0) {
                depth++;
            } else if (Brackets.closes(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '！' || c == '？' || c == '：' || c == ':')) {
                return i;
            }
        }
        return -1;
    }
}
