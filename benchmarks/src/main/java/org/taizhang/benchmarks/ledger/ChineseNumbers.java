package org.taizhang.benchmarks.ledger;

/** Chinese numerals as outline numbers write them: 一, 十, 十一, 二十三, 一百零五. */
final class ChineseNumbers {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumbers() {}

    /**
     * @param n from 1 to 999
     * @return the numeral
     */
    static String of(int n) {
        if (n < 1 || n > 999) {
            throw new IllegalArgumentException("1 to 999: " + n);
        }
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            sb.append(DIGITS[hundreds]).append('百');
            if (tens == 0 && ones > 0) {
                sb.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                sb.append(DIGITS[tens]);
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS[ones]);
        }
        return sb.toString();
    }
}
