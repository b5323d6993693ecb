/**
 * China's official working-day calendar: {@link org.taizhang.core.calendar.WorkdayCalendar} with
 * the State Council's holiday arrangements shipped in core (extendable at run time), and the
 * {@link org.taizhang.core.calendar.Festival}s deadlines name, with their days and holiday periods.
 */
package org.taizhang.core.calendar;
