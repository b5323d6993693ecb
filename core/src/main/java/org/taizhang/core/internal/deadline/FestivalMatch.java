package org.taizhang.core.internal.deadline;

import java.time.LocalDate;

/**
 * A festival as read: the day it gives.
 *
 * @param end where its text ends
 * @param date the due date
 * @param provisional true when the calendar had no data for the year and the date is a guess
 */
record FestivalMatch(int end, LocalDate date, boolean provisional) {}
