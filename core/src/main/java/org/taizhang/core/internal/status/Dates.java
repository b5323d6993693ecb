package org.taizhang.core.internal.status;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.internal.vocabulary.MatchKey;

/**
 * Days written in a progress text or a 完成时间 cell: {@code 2022年8月15日}, {@code 8月15日} (in
 * the plan year), {@code 2022-08-15}, {@code 2022.8.15}, {@code 2022/8/15}. A day that does not
 * exist is not a day.
 */
public final class Dates {
    private static final Pattern DAY = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern WHOLE_DAY = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]?|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?:[T ].*)?");

    private Dates() {}

    /**
     * @param text a text in the form of {@link MatchKey#of}
     * @param year the year for a day written without one
     * @return the last day the text names
     */
    static Optional<LocalDate> lastDay(String text, OptionalInt year) {
        Matcher m = DAY.matcher(text);
        LocalDate last = null;
        while (m.find()) {
            LocalDate d = day(m, year);
            if (d != null) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Reads a cell that holds one day and nothing else, such as a 完成时间 cell.
     *
     * @param text the cell as written
     * @param year the year for a day written without one
     * @return the day, or empty when the cell holds anything else
     */
    public static Optional<LocalDate> wholeDay(String text, OptionalInt year) {
        Matcher m = WHOLE_DAY.matcher(MatchKey.of(text));
        return m.matches() ? Optional.ofNullable(day(m, year)) : Optional.empty();
    }

    private static LocalDate day(Matcher m, OptionalInt year) {
        try {
            if (m.group(2) != null) {
                if (m.group(1) == null && year.isEmpty()) {
                    return null;
                }
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year.getAsInt();
                return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
