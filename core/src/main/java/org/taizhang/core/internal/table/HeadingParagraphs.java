package org.taizhang.core.internal.table;

import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.core.Numbering;
import org.taizhang.core.internal.vocabulary.MatchKey;

/**
 * Paragraphs of a Word document that stand between ledger tables: a part or point heading
 * ({@code 一、深化政务公开}, {@code （一）推进决策公开}) heads the table below it, and a
 * continuation line ({@code 续表}, {@code （续）}) only says that the table goes on.
 */
final class HeadingParagraphs {
    /** Longer paragraphs are prose, not headings. */
    private static final int MAX_HEADING_CHARS = 60;
    private static final Pattern CONTINUATION = Pattern.compile(
            "^[（(]?\\s*续\\s*(?:上表|表)?\\s*[0-9０-９一二三四五六七八九十]*\\s*[）)]?\\s*[:：]?$");
    private static final Pattern CONTINUED_MARK = Pattern.compile("\\s*[（(]\\s*续\\s*表?\\s*[）)]\\s*$");

    private HeadingParagraphs() {}

    /**
     * A part {@code 一、…} or point {@code （一）…} heading: a number of one of these two styles, a
     * title after it, at most 60 characters, and no full stop before its end (a sentence or two
     * numbered {@code 一、} in a notice is prose).
     *
     * @param text a paragraph as written
     * @return its number and title (a trailing {@code （续）} removed), or empty when it is no heading
     */
    static Optional<OutlineNumber> heading(String text) {
        String s = text.strip();
        if (s.length() > MAX_HEADING_CHARS) {
            return Optional.empty();
        }
        String body = s.endsWith("。") ? s.substring(0, s.length() - 1) : s;
        if (body.contains("。")) {
            return Optional.empty();
        }
        return OutlineNumber.parse(CONTINUED_MARK.matcher(s).replaceFirst(""))
                .filter(n -> n.numbering() == Numbering.CN_COMMA || n.numbering() == Numbering.CN_PAREN)
                .filter(n -> !n.title().isEmpty());
    }

    /**
     * @param text a paragraph as written
     * @return true for {@code 续表}, {@code 续表2}, {@code 续上表}, {@code （续）}, {@code (续表)}
     */
    static boolean isContinuation(String text) {
        return CONTINUATION.matcher(MatchKey.of(text)).matches();
    }
}
