package org.taizhang.core.internal.validation;

import java.text.Normalizer;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in a phrase that does not exist: a month outside 1–12 ({@code 2022年13月底前}) or a
 * day past the month's end ({@code 2月30日}, {@code 4月31日}; {@code 2月29日} in a year that is not a
 * leap year). The year is the one written before the month, else the plan year; with neither,
 * {@code 2月29日} is taken to exist.
 */
final class InvalidDates {
    private static final String NUM = "(\\d{1,2}|[〇零一二三四五六七八九十]{1,3})";
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})\\s*年(?:度)?)?(?<![\\d〇零一二三四五六七八九十个])" + NUM + "\\s*月(?:份)?(?:\\s*" + NUM + "\\s*[日号])?");

    private InvalidDates() {}

    /**
     * @param text a deadline phrase
     * @param planYear the plan year, or null
     * @return the first impossible date as written ({@code 13月}, {@code 2月30日}), if any
     */
    static Optional<String> find(String text, Integer planYear) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher m = DATE.matcher(t);
        while (m.find()) {
            int month = number(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.of(m.group().strip());
            }
            if (m.group(3) == null) {
                continue;
            }
            int day = number(m.group(3));
            Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : planYear;
            int length = year != null ? YearMonth.of(year, month).lengthOfMonth()
                    : YearMonth.of(Year.of(2000).getValue(), month).lengthOfMonth();
            if (day < 1 || day > length) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    /** Arabic digits, or a Chinese numeral up to 九十九 ({@code 十三}, {@code 三十一}). */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
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
}
