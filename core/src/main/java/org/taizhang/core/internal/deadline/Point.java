package org.taizhang.core.internal.deadline;

/**
 * A point in time as written, before the clause fills in what it leaves out: a year
 * ({@link DeadlineParser#NONE} when not written), a month (0 when not written), a day (0 when not
 * written, {@link DeadlineParser#LAST} for the month's last).
 *
 * @param end where the point's text ends
 * @param year the year, or {@code NONE}
 * @param yearExplicit true when the year was written as a number or a plan's name
 * @param month the month 1–12, or 0
 * @param day the day, 0, or {@code LAST}
 * @param wholeYear true for {@code 2022年全年}
 * @param quarterOrHalf true for a quarter or a half year, which is a span
 * @param impossible true for a date no calendar has ({@code 13月}, {@code 2月30日}, {@code 0月}):
 *     the phrase is then not read at all, rather than read as a nearby date
 */
record Point(int end, int year, boolean yearExplicit, int month, int day, boolean wholeYear, boolean quarterOrHalf,
        boolean impossible) {
    /** True when only a year was written ({@code 2022年}). */
    boolean yearOnly() {
        return month == 0 && day == 0 && !wholeYear;
    }

    /** True when only a day was written ({@code 15日}): it takes the month written before it. */
    boolean dayOnly() {
        return year == DeadlineParser.NONE && month == 0 && day > 0;
    }
}
