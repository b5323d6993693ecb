package org.taizhang.core.internal.deadline;

/**
 * The copy of a phrase the scanners read: full-width forms folded to ASCII, spaces and quotes
 * dropped, {@code 。} and line breaks made clause breaks ({@code ;}), dashes made {@code ~},
 * traditional forms of the words the scanners know made simplified. One table lookup per
 * character; each character of the copy remembers where it came from, so clause texts are cut
 * from the original.
 */
final class NormalisedText {
    /** Marks a character normalisation drops (spaces, quotes, book-title marks). */
    private static final char DROP = '\u0000';

    /** What each character becomes in the copy; {@link #DROP} for what is skipped. */
    private static final char[] FOLD = new char[65536];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            char f = (char) c;
            if (f >= '\uFF01' && f <= '\uFF5E') {
                f = (char) (f - 0xFEE0);
            }
            if (f == ' ' || f == '\t' || f == '\u3000' || f == '\u00A0' || Character.isWhitespace(f) && f != '\n'
                    && f != '\r' || f == DROP) {
                f = DROP;
            }
            FOLD[c] = f;
        }
        for (char c : "\n\r。!?".toCharArray()) {
            FOLD[c] = ';';
        }
        FOLD['\uFF01'] = ';';
        FOLD['\uFF1F'] = ';';
        for (char c : "—–―～〜".toCharArray()) {
            FOLD[c] = '~';
        }
        for (char c : "“”‘’\"'《》「」".toCharArray()) {
            FOLD[c] = DROP;
        }
        // 6·18: a middle dot between a month and a day is a full stop
        FOLD['·'] = '.';
        FOLD['・'] = '.';
        FOLD['\uFF02'] = DROP;
        FOLD['\uFF07'] = DROP;
        String traditional = "號個週後內節時於慶開與續長發報當來隨適實實際據視盡動馬規範態務須確爭從執檢閱頭";
        String simplified = "号个周后内节时于庆开与续长发报当来随适实实际据视尽动马规范态务须确争从执检阅头";
        for (int i = 0; i < traditional.length(); i++) {
            FOLD[traditional.charAt(i)] = simplified.charAt(i);
        }
    }

    final String original;
    final char[] chars;
    private final int[] origIndex;
    final int length;

    private NormalisedText(String original, char[] chars, int[] origIndex, int length) {
        this.original = original;
        this.chars = chars;
        this.origIndex = origIndex;
        this.length = length;
    }

    static NormalisedText of(String original) {
        char[] chars = new char[original.length()];
        int[] origIndex = new int[original.length()];
        int k = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = FOLD[original.charAt(i)];
            if (c == DROP) {
                continue;
            }
            chars[k] = c;
            origIndex[k] = i;
            k++;
        }
        k = dropDocumentNumbers(chars, origIndex, k);
        return new NormalisedText(original, chars, origIndex, k);
    }

    /**
     * Drops document numbers ({@code 财预〔2023〕12号}, {@code 国办发[2022]5号}) from the copy: their
     * {@code 12号} names a document, never a day.
     */
    private static int dropDocumentNumbers(char[] chars, int[] origIndex, int length) {
        int k = 0;
        for (int i = 0; i < length; i++) {
            int end = documentNumberEnd(chars, i, length);
            if (end > 0) {
                i = end - 1;
                continue;
            }
            chars[k] = chars[i];
            origIndex[k] = origIndex[i];
            k++;
        }
        return k;
    }

    /** The end of a document number {@code 〔YYYY〕N号} starting at i, or -1. */
    private static int documentNumberEnd(char[] chars, int i, int length) {
        if ("〔[【(".indexOf(chars[i]) < 0 || i + 7 > length) {
            return -1;
        }
        int j = i + 1;
        for (int n = 0; n < 4; n++, j++) {
            if (chars[j] < '0' || chars[j] > '9') {
                return -1;
            }
        }
        if ("〕]】)".indexOf(chars[j]) < 0) {
            return -1;
        }
        int digits = ++j;
        while (j < length && chars[j] >= '0' && chars[j] <= '9') {
            j++;
        }
        return j > digits && j < length && chars[j] == '号' ? j + 1 : -1;
    }

    /** The original text of the copy's characters from s to e (exclusive), trimmed. */
    String originalText(int s, int e) {
        return original.substring(origIndex[s], origIndex[e - 1] + 1).trim();
    }

    /** True when kw is written at i (before end). */
    boolean at(int i, int end, String kw) {
        int len = kw.length();
        if (i + len > end) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (chars[i + k] != kw.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The end of the first of the words found at i (before end), or -1 when none is there. */
    int match(int i, int end, Words words) {
        return words.match(chars, i, end);
    }

    /** True when the character at i (before end) is a CJK ideograph. */
    boolean isCjk(int i, int end) {
        if (i >= end) {
            return false;
        }
        char c = chars[i];
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** The copy's characters from s to e (exclusive). */
    String slice(int s, int e) {
        return new String(chars, s, e - s);
    }

    static boolean isRangeSep(char c) {
        return c == '~' || c == '-' || c == '至' || c == '到';
    }
}
