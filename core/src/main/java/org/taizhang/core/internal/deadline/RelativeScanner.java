package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.NumberScanner.digits;
import static org.taizhang.core.internal.deadline.NumberScanner.positional;
import static org.taizhang.core.internal.deadline.NumberScanner.value;

import org.taizhang.core.Anchor;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;

/**
 * Reads relative deadlines: an event, a marker and an offset ({@code 印发后30日内},
 * {@code 自收到申请之日起20个工作日内}, {@code 3个月内}), and things done at the same time as an
 * event ({@code 与政策文件同步公开}). Each call returns a {@link RelativeMatch} or null.
 */
final class RelativeScanner {
    private final NormalisedText t;
    private final char[] buf;
    private final Lexicon lex;

    RelativeScanner(NormalisedText t, Lexicon lex) {
        this.t = t;
        this.buf = t.chars;
        this.lex = lex;
    }

    /**
     * The offset at i, or null.
     *
     * @param start the clause's start, where a marker before the offset may begin
     * @param end the clause's end
     * @param eventFrom where the event's name may begin: after the clause's last time expression
     */
    RelativeMatch offset(int i, int start, int end, int eventFrom) {
        long n = NumberScanner.scan(buf, i, end);
        boolean half = false;
        int k;
        if (n < 0) {
            if (!t.at(i, end, "半")) {
                return null;
            }
            half = true;
            k = i + 1;
        } else {
            k = NumberScanner.end(n);
        }
        int amount = half ? 0 : value(n);
        if (!half && (digits(n) > 4 || amount > 10000)) {
            return null;
        }
        int j = k;
        boolean ge = t.at(j, end, "个");
        if (ge) {
            j++;
        }
        PeriodUnit unit;
        int e;
        if ((e = t.match(j, end, lex.workdays)) > 0) {
            unit = PeriodUnit.WORKDAYS;
        } else if ((e = t.match(j, end, lex.days)) > 0 && !half) {
            unit = PeriodUnit.DAYS;
        } else if ((e = t.match(j, end, lex.months)) > 0 && (ge || half)) {
            unit = PeriodUnit.MONTHS;
            if (half) {
                unit = PeriodUnit.DAYS;
                amount = 15;
            }
        } else if ((e = t.match(j, end, lex.week)) > 0 && !half) {
            unit = PeriodUnit.DAYS;
            amount *= 7;
        } else if ((e = t.match(j, end, lex.hours)) > 0 && !half) {
            // 24小时内, 2小时内: whole days, rounded up
            unit = PeriodUnit.DAYS;
            amount = (amount + 23) / 24;
        } else if ((e = t.match(j, end, lex.years)) > 0
                && (ge || half || !half && (positional(n) || digits(n) == 1))) {
            unit = PeriodUnit.MONTHS;
            amount = half ? 6 : amount * 12;
        } else {
            return null;
        }
        int after = t.match(e, end, lex.within);
        int markerStart = lex.afterEvent.matchEndingAt(buf, start, i);
        // 自收到申请之日起不超过15个工作日: a limit reads as 内, the marker stands before it
        int limitStart = markerStart < 0 ? lex.limit.matchEndingAt(buf, start, i) : -1;
        if (limitStart >= 0) {
            markerStart = lex.afterEvent.matchEndingAt(buf, start, limitStart);
            if (after < 0) {
                after = e;
            }
        }
        // 5个工作日, 1个月: an offset that is the whole clause counts from the issue too
        boolean alone = i == start && e == end && ge;
        // 3天后, 两周以后 opening a clause: so long after the issue
        int later = i == start && after < 0 && markerStart < 0 ? t.match(e, end, lex.later) : -1;
        if (later > 0) {
            after = later;
        }
        if (after < 0 && markerStart < 0 && !alone) {
            return null;
        }
        if (after < 0) {
            after = e;
        }
        Offset offset = Offset.of(amount, unit);
        if (markerStart < 0) {
            return new RelativeMatch(after, offset, Anchor.ISSUED, null);
        }
        String ev = eventText(Math.max(eventFrom, start), markerStart);
        if (ev.isEmpty() || isIssue(ev)) {
            return new RelativeMatch(after, offset, Anchor.ISSUED, null);
        }
        return new RelativeMatch(after, offset, Anchor.EVENT, ev);
    }

    /** The event's name between from and to, less list numbering and leading words (务于, 自). */
    private String eventText(int from, int to) {
        int s = from;
        // list numbering: 1. 2、 (3)
        while (s < to && (NumberScanner.isDigit(buf[s]) || buf[s] == '.' || buf[s] == '、' || buf[s] == '('
                || buf[s] == ')')) {
            s++;
        }
        boolean moved = true;
        while (moved && s < to) {
            moved = false;
            int e = t.match(s, to, lex.eventLead);
            if (e > 0) {
                s = e;
                moved = true;
            }
        }
        int e = to;
        if (e - s >= 2 && t.at(e - 2, to, "之日")) {
            e -= 2;
        }
        return s >= e ? "" : t.slice(s, e);
    }

    /** True when the event is the plan's own issue: 印发, 本方案实施, 要点发布. */
    boolean isIssue(String ev) {
        boolean verb = false;
        for (String v : lex.issueVerbs) {
            verb |= ev.endsWith(v);
        }
        if (!verb) {
            return false;
        }
        if (ev.length() <= 2 || ev.startsWith("本")) {
            return true;
        }
        for (String d : lex.planDocuments) {
            if (ev.contains(d)) {
                return true;
            }
        }
        return false;
    }

    /** 与政策文件同步公开: 0 days after the event, or null when no 同步 / 同时 follows in the clause. */
    RelativeMatch sameTime(int i, int end) {
        int k = t.match(i, end, lex.togetherWith);
        if (k < 0) {
            return null;
        }
        for (int j = k; j < end - 1; j++) {
            int e = t.match(j, end, lex.sameTime);
            if (e > 0) {
                if (j == k) {
                    return null;
                }
                String ev = t.slice(k, j);
                Offset zero = Offset.of(0, PeriodUnit.DAYS);
                return isIssue(ev) ? new RelativeMatch(e, zero, Anchor.ISSUED, null)
                        : new RelativeMatch(e, zero, Anchor.EVENT, ev);
            }
            if (buf[j] == ',' || buf[j] == ';') {
                break;
            }
        }
        return null;
    }
}
