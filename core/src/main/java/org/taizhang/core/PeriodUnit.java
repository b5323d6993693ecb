package org.taizhang.core;

/** The unit of a relative deadline's offset. */
public enum PeriodUnit {
    /** Calendar days (日 / 天). */
    DAYS,
    /** Working days under the official arrangements (工作日). */
    WORKDAYS,
    /** Calendar months (个月). */
    MONTHS
}
