package org.taizhang.core.internal.validation;

import java.text.Normalizer;
import org.taizhang.core.Numbering;

/** The value of an outline number as written ({@code 三}, {@code 3}, {@code ３}, {@code ③}, {@code 2.3}), and the reverse. */
final class OutlineNumbers {
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private OutlineNumbers() {}

    /**
     * @param written a number as written, without its punctuation
     * @return its value, or -1 when it is not a number this reads
     */
    static int value(String written) {
        String s = written.strip();
        if (s.length() == 1 && CIRCLED.indexOf(s.charAt(0)) >= 0) {
            return CIRCLED.indexOf(s.charAt(0)) + 1;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        int dot = s.lastIndexOf('.');
        if (dot >= 0) {
            s = s.substring(dot + 1);
        }
        if (s.matches("\\d{1,6}")) {
            return Integer.parseInt(s);
        }
        if (s.matches("[〇零一二三四五六七八九十]{1,3}")) {
            return chineseValue(s);
        }
        return -1;
    }

    /** A Chinese numeral up to 九十九 ({@code 十三}, {@code 三十一}). */
    private static int chineseValue(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            int n = 0;
            for (char c : s.toCharArray()) {
                n = n * 10 + digit(c);
            }
            return n;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
    }

    /** @return true when the number is written with full-width digits ({@code １２}) */
    static boolean fullWidth(String written) {
        return written.chars().anyMatch(c -> c >= '０' && c <= '９');
    }

    /** @return true when the number is written with half-width digits */
    static boolean halfWidth(String written) {
        return written.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * @param style how the siblings are numbered
     * @param n a value
     * @param like a sibling's number as written, whose digits the result follows
     * @return the number written in that style: {@code 三、}, {@code （3）}, {@code ③}
     */
    static String write(Numbering style, int n, String like) {
        String digits;
        switch (style) {
            case CN_COMMA:
            case CN_PAREN:
                digits = chinese(n);
                break;
            case CIRCLED:
                return n >= 1 && n <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(n - 1)) : String.valueOf(n);
            default:
                int dot = like.lastIndexOf('.');
                digits = (dot >= 0 ? like.substring(0, dot + 1) : "") + n;
                break;
        }
        return style.format(digits);
    }

    static String chinese(int n) {
        String d = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(d.charAt(Math.max(0, n)));
        }
        if (n >= 100) {
            return String.valueOf(n);
        }
        return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
    }
}
