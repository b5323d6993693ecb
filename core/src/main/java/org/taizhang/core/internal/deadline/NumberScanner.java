package org.taizhang.core.internal.deadline;

/**
 * Reads numbers written in Arabic digits ({@code 2022}, folded from full width) or Chinese
 * numerals ({@code 二〇二二}, {@code 十二}, {@code 三十一}, {@code 两}). A number is returned as one
 * {@code long} value, so the scanners that read many candidate numbers allocate nothing: its end,
 * its value, how many characters it took, and whether it was Chinese and positional
 * ({@code 十}/{@code 百}). {@link #NONE} means no number starts there.
 */
final class NumberScanner {
    /** No number at the position asked. */
    static final long NONE = -1L;

    /** Values are capped here, so a long run of digits stays an int. */
    private static final int CAP = 1_000_000_000;

    private NumberScanner() {}

    /** The number at i in chars (before end), or {@link #NONE}. */
    static long scan(char[] chars, int i, int end) {
        if (i >= end) {
            return NONE;
        }
        char c = chars[i];
        if (c >= '0' && c <= '9') {
            int j = i;
            long v = 0;
            while (j < end && chars[j] >= '0' && chars[j] <= '9') {
                v = Math.min(v * 10 + (chars[j] - '0'), CAP);
                j++;
            }
            return pack(j, (int) v, j - i, false, false);
        }
        if (!isChineseNumeral(c)) {
            return NONE;
        }
        int j = i;
        boolean positional = false;
        while (j < end && j - i < 8 && isChineseNumeral(chars[j])) {
            positional |= chars[j] == '十' || chars[j] == '百';
            j++;
        }
        int value = 0;
        if (positional) {
            int digit = 0;
            for (int k = i; k < j; k++) {
                char d = chars[k];
                if (d == '十') {
                    value += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                } else if (d == '百') {
                    value += (digit == 0 ? 1 : digit) * 100;
                    digit = 0;
                } else {
                    digit = chineseDigit(d);
                }
            }
            value += digit;
        } else {
            for (int k = i; k < j; k++) {
                value = value * 10 + chineseDigit(chars[k]);
            }
        }
        return pack(j, value, j - i, true, positional);
    }

    private static long pack(int end, int value, int digits, boolean chinese, boolean positional) {
        return (long) value << 32 | (long) Math.min(digits, 255) << 16 | (chinese ? 1L << 24 : 0)
                | (positional ? 1L << 25 : 0) | end;
    }

    /** Where the number ends; -1 for {@link #NONE}. */
    static int end(long number) {
        return number < 0 ? -1 : (int) (number & 0xFFFF);
    }

    /** Its value. */
    static int value(long number) {
        return (int) (number >>> 32);
    }

    /** How many characters it took: 4 for {@code 2022} and for {@code 二〇二二}. */
    static int digits(long number) {
        return (int) (number >>> 16 & 0xFF);
    }

    /** True when written in Chinese numerals. */
    static boolean chinese(long number) {
        return (number >>> 24 & 1) != 0;
    }

    /** True when written with {@code 十} or {@code 百} ({@code 十二}), which a year never is. */
    static boolean positional(long number) {
        return (number >>> 25 & 1) != 0;
    }

    /** True when written in Arabic digits, at most two of them (a month or a day). */
    static boolean smallArabic(long number) {
        return number >= 0 && !chinese(number) && digits(number) <= 2;
    }

    /**
     * The year a number before {@code 年} names: four digits from 1900 to 2200, or two digits
     * ({@code 22年} is 2022); {@link DeadlineParser#NONE} when it is a count of years
     * ({@code 三年}, {@code 十年}).
     */
    static int yearOf(long number) {
        if (positional(number)) {
            return DeadlineParser.NONE;
        }
        int v = value(number);
        int digits = digits(number);
        if (digits == 4 && v >= 1900 && v <= 2200) {
            return v;
        }
        if (digits == 2) {
            return 2000 + v;
        }
        return DeadlineParser.NONE;
    }

    static int chineseDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || c == '十' || c == '百';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when c continues a number whose previous character is prev: no scan starts mid-number. */
    static boolean inNumber(char prev, char c) {
        if (isDigit(c)) {
            return isDigit(prev);
        }
        return isChineseNumeral(c) && isChineseNumeral(prev);
    }
}
