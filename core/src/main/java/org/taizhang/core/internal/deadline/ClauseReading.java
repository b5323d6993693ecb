package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.Anchor;
import org.taizhang.core.Offset;

/**
 * What the scan of one clause found: its dates and how they were written, a rule, an offset,
 * ongoing and vague words, and where the action starts. Filled by {@link ClauseScanner}, then
 * judged by {@link ClauseClassifier}.
 */
final class ClauseReading {
    final int start;
    final int end;
    /** Set by {@link ClauseClassifier#kind}; null when the clause carries no time. */
    org.taizhang.core.DeadlineKind kind;

    // points found
    final List<LocalDate> dates = new ArrayList<>(3);
    boolean provisional;
    boolean ongoing;
    boolean vague;
    boolean allStarts = true;
    boolean allSpans = true;
    int startYear = NONE;
    /** The first day of the first start written (2023年5月起: 05-01). */
    LocalDate startFrom;
    LocalDate spanEnd;
    int wholeYear = NONE;
    int lastMonth;
    int lastItemEnd;
    int lastPointEnd = -1;
    boolean lastPointYearOnly;
    boolean sepSinceLastPoint;
    boolean rangePending;
    /** A date no calendar has was written: the whole phrase is left unread. */
    boolean impossible;
    /**
     * Where the first such date written as a point starts and ends in the normalised text
     * ({@code 2022年13月}, {@code 2月30日}), so that it can be quoted; -1 when there is none (a
     * lunar date the tables cannot place has no point to quote).
     */
    int impossibleStart = -1;
    /** Where that date ends (exclusive), or -1. */
    int impossibleEnd = -1;

    // recurring: 每年3月10日、9月20日 needs two rules
    String rrule;
    List<String> moreRules = List.of();
    /** 每年中秋节前: a yearly festival, which no RRULE can state; its day in the plan year is due. */
    boolean yearlyFestival;
    /** Days written without a month or a rule (10日、20日前): they recur every month. */
    int bareDays;
    /** The start of a rule (自2023年5月起，每月10日前): due dates before it are dropped. */
    LocalDate ruleStart;

    // relative
    Anchor anchor;
    String event;
    Offset offset;

    int actionFrom = -1;

    ClauseReading(int start, int end) {
        this.start = start;
        this.end = end;
        this.lastItemEnd = start;
    }

    /** A time expression ended at k: the action follows it. */
    int item(int k) {
        lastItemEnd = k;
        actionFrom = k;
        return k;
    }

    /**
     * An ongoing or vague word ended at k: the action follows it only when no date, rule or offset
     * came first (12月20日前报送全年总结 reports a 全年总结).
     */
    int word(int k) {
        lastItemEnd = k;
        if (dates.isEmpty() && rrule == null && offset == null) {
            actionFrom = k;
        }
        return k;
    }

    /**
     * A date no calendar has was written from s to e: the clause is impossible, and the first such
     * date is the one quoted.
     */
    void impossibleAt(int s, int e) {
        impossible = true;
        if (impossibleStart < 0) {
            impossibleStart = s;
            impossibleEnd = e;
        }
    }

    /** Takes a relative deadline; returns its end. */
    int relative(RelativeMatch m) {
        offset = m.offset();
        anchor = m.anchor();
        event = m.event();
        return m.end();
    }
}
