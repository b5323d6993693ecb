package org.taizhang.core.internal.validation;

import java.util.Optional;
import org.taizhang.core.internal.deadline.DeadlineParser;

/**
 * What is left of the validation's own date reading. {@link #find} asks the deadline parser's check
 * ({@link DeadlineParser#impossibleDate}) for {@code deadline.unparsed}, so that it passes over
 * exactly the phrases {@code deadline.invalid-date} reports; {@link #number} reads outline numbers
 * for {@link OutlineNumbers}. Both are to move to their callers, and this class to go.
 */
final class InvalidDates {
    private InvalidDates() {}

    /**
     * @param text a deadline phrase
     * @param planYear the plan year, or null ({@code 2月29日} then exists)
     * @return the first date in it that does not exist, as written ({@code 13月}, {@code 2月30日}), if
     *     the parser rejects the phrase for one
     */
    static Optional<String> find(String text, Integer planYear) {
        return DeadlineParser.impossibleDate(text, InvalidDateRule.dateContext(planYear));
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
