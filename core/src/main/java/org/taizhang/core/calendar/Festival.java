package org.taizhang.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The festivals a deadline can name ({@code 春节前}, {@code 国庆节前}). Seven have official holiday
 * periods (see {@link WorkdayCalendar#holidayPeriod(Festival, int)}); all have a festival day
 * ({@link #dayIn(int)}): fixed for the Gregorian ones, converted from the lunar calendar with a table
 * shipped in core for the others.
 */
public enum Festival {
    /** 元旦, 1 January. */
    NEW_YEAR("元旦", MonthDay.of(1, 1)),
    /** 除夕, the last day of the lunar year. */
    NEW_YEARS_EVE("除夕", null),
    /** 春节, the first day of the lunar year. */
    SPRING_FESTIVAL("春节", null),
    /** 元宵节, the 15th day of the first lunar month. */
    LANTERN("元宵节", null),
    /** 清明节, the day of the 清明 solar term. */
    QINGMING("清明节", null),
    /** 劳动节 (五一), 1 May. */
    LABOUR_DAY("劳动节", MonthDay.of(5, 1)),
    /** 端午节, the 5th day of the fifth lunar month. */
    DRAGON_BOAT("端午节", null),
    /** 七夕, the 7th day of the seventh lunar month. */
    QIXI("七夕", null),
    /** 中秋节, the 15th day of the eighth lunar month. */
    MID_AUTUMN("中秋节", null),
    /** 重阳节, the 9th day of the ninth lunar month. */
    DOUBLE_NINTH("重阳节", null),
    /** 国庆节 (十一), 1 October. */
    NATIONAL_DAY("国庆节", MonthDay.of(10, 1));

    private final String chineseName;
    private final MonthDay fixedDay;

    Festival(String chineseName, MonthDay fixedDay) {
        this.chineseName = chineseName;
        this.fixedDay = fixedDay;
    }

    /** @return the name as written in Chinese ({@code 春节}) */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @return true when the State Council's arrangements give this festival days off (元旦, 春节,
     *     清明节, 劳动节, 端午节, 中秋节, 国庆节)
     */
    public boolean isPublicHoliday() {
        switch (this) {
            case NEW_YEAR:
            case SPRING_FESTIVAL:
            case QINGMING:
            case LABOUR_DAY:
            case DRAGON_BOAT:
            case MID_AUTUMN:
            case NATIONAL_DAY:
                return true;
            default:
                return false;
        }
    }

    /**
     * The festival day in a Gregorian year.
     *
     * @param year the year
     * @return the day, or empty for a lunar festival outside the shipped table ({@link
     *     #firstTableYear()}…{@link #lastTableYear()})
     */
    public Optional<LocalDate> dayIn(int year) {
        if (fixedDay != null) {
            return Optional.of(fixedDay.atYear(year));
        }
        if (this == NEW_YEARS_EVE) {
            return FestivalTable.day(SPRING_FESTIVAL, year).map(d -> d.minusDays(1));
        }
        return FestivalTable.day(this, year);
    }

    /** @return the first year of the shipped lunar festival table */
    public static int firstTableYear() {
        return FestivalTable.firstYear();
    }

    /** @return the last year of the shipped lunar festival table */
    public static int lastTableYear() {
        return FestivalTable.lastYear();
    }
}
