package org.taizhang.core.internal.deadline;

import static org.taizhang.core.internal.deadline.DeadlineParser.NONE;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.taizhang.core.Anchor;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.calendar.WorkdayCalendar;

/**
 * Judges what a clause's scan found: a rule makes it {@code RECURRING}; else an offset
 * {@code RELATIVE}; else its dates {@code ONGOING} (all starts, or all spans with an ongoing
 * word), {@code ABSOLUTE} or {@code MULTIPLE}; else an ongoing word {@code ONGOING}, a vague one
 * {@code VAGUE}; else no kind (the clause carries no time). Then builds the clause's deadline.
 */
final class ClauseClassifier {
    private final NormalisedText t;
    private final Lexicon lex;
    private final DeadlineContext ctx;

    ClauseClassifier(NormalisedText t, Lexicon lex, DeadlineContext ctx) {
        this.t = t;
        this.lex = lex;
        this.ctx = ctx;
    }

    /** The clause's kind, or null when it carries no time. */
    static DeadlineKind kind(ClauseReading r) {
        if (r.rrule != null || r.yearlyFestival) {
            return DeadlineKind.RECURRING;
        }
        if (r.offset != null) {
            return DeadlineKind.RELATIVE;
        }
        if (!r.dates.isEmpty()) {
            if (r.allStarts || r.ongoing && r.allSpans) {
                return DeadlineKind.ONGOING;
            }
            if (r.dates.size() == 1 || new TreeSet<>(r.dates).size() == 1) {
                return DeadlineKind.ABSOLUTE;
            }
            return DeadlineKind.MULTIPLE;
        }
        if (r.ongoing) {
            return DeadlineKind.ONGOING;
        }
        return r.vague ? DeadlineKind.VAGUE : null;
    }

    /** The clause's deadline, with the given text. */
    Deadline build(ClauseReading r, DeadlineKind kind, String text) {
        String action = action(r);
        if (!r.moreRules.isEmpty() && kind == DeadlineKind.RECURRING) {
            return buildRules(r, text, action);
        }
        Deadline.Builder b = Deadline.builder().text(text).kind(kind);
        boolean provisional = r.provisional;
        switch (kind) {
            case RECURRING:
                if (r.rrule == null) {
                    b.addAllDue(r.dates);
                } else {
                    b.rrule(r.rrule);
                    b.addAllDue(ruleDue(r.rrule, r.ruleStart));
                }
                break;
            case RELATIVE:
                b.anchor(r.anchor).offset(r.offset);
                if (r.event != null) {
                    b.event(r.event);
                }
                if (r.anchor == Anchor.ISSUED && ctx.issuedOn().isPresent()) {
                    LocalDate from = ctx.issuedOn().get();
                    LocalDate due = relativeDue(r, from);
                    b.addDue(due);
                    if (r.offset.unit() != PeriodUnit.MONTHS && r.offset.amount() > 0) {
                        for (int y = from.getYear(); y <= due.getYear(); y++) {
                            provisional |= !ctx.calendar().hasDataFor(y);
                        }
                    }
                }
                break;
            case ONGOING:
                b.until(ongoingUntil(r));
                break;
            case ABSOLUTE:
            case MULTIPLE:
                b.addAllDue(r.dates);
                break;
            default:
                break;
        }
        if (action != null) {
            b.action(action);
        }
        return b.provisional(provisional).build();
    }

    /**
     * The dates a rule gives in the plan year, from its start when it has one; a working-day
     * position (每月最后一个工作日) counts the calendar's working days, holidays and make-up days
     * included.
     */
    private List<LocalDate> ruleDue(String rrule, LocalDate from) {
        List<LocalDate> due = Recurrence.expand(rrule, ctx.year());
        if (rrule.contains("BYSETPOS=")) {
            due = workdayPositions(Integer.parseInt(rrule.substring(rrule.indexOf("BYSETPOS=") + 9)));
        }
        if (from == null) {
            return due;
        }
        List<LocalDate> kept = new java.util.ArrayList<>(due.size());
        for (LocalDate d : due) {
            if (!d.isBefore(from)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private List<LocalDate> workdayPositions(int position) {
        WorkdayCalendar cal = ctx.calendar();
        List<LocalDate> out = new java.util.ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            java.time.YearMonth ym = java.time.YearMonth.of(ctx.year(), m);
            LocalDate d = position > 0 ? ym.atDay(1) : ym.atEndOfMonth();
            int step = position > 0 ? 1 : -1;
            int left = Math.abs(position);
            while (d.getMonthValue() == m) {
                if (cal.isWorkday(d) && --left == 0) {
                    out.add(d);
                    break;
                }
                d = d.plusDays(step);
            }
        }
        return out;
    }

    /** The due date of an offset counted from the issue date, by the Civil Code's rules. */
    private LocalDate relativeDue(ClauseReading r, LocalDate from) {
        WorkdayCalendar cal = ctx.calendar();
        switch (r.offset.unit()) {
            case WORKDAYS:
                return cal.plusWorkdays(from, r.offset.amount());
            case MONTHS:
                return from.plusMonths(r.offset.amount());
            default:
                LocalDate due = from.plusDays(r.offset.amount());
                return r.offset.amount() > 0 ? cal.onOrNextWorkday(due) : due;
        }
    }

    /** A clause with several yearly rules: a composite of one recurring part per rule. */
    private Deadline buildRules(ClauseReading r, String text, String action) {
        Deadline.Builder b = Deadline.builder().text(text).kind(DeadlineKind.COMPOSITE);
        for (int i = -1; i < r.moreRules.size(); i++) {
            String rule = i < 0 ? r.rrule : r.moreRules.get(i);
            List<LocalDate> due = ruleDue(rule, r.ruleStart);
            Deadline.Builder part = Deadline.builder().text(text).kind(DeadlineKind.RECURRING).rrule(rule)
                    .addAllDue(due);
            if (action != null) {
                part.action(action);
            }
            b.addPart(part.build()).addAllDue(due);
        }
        return b.build();
    }

    /** The text after the clause's last time expression, less 前 / 内 / 各 / 分别, or null. */
    private String action(ClauseReading r) {
        int s = r.actionFrom;
        if (s < 0) {
            return null;
        }
        boolean moved = true;
        while (moved && s < r.end) {
            moved = false;
            int e = t.match(s, r.end, lex.actionLead);
            if (e > 0) {
                s = e;
                moved = true;
            }
        }
        return s >= r.end ? null : t.slice(s, r.end);
    }

    /** The last day an ongoing clause runs: its last span, or the end of the year its starts reach. */
    private LocalDate ongoingUntil(ClauseReading r) {
        if (r.wholeYear != NONE) {
            return LocalDate.of(r.wholeYear, 12, 31);
        }
        LocalDate until = r.spanEnd;
        if (r.startYear != NONE || until == null) {
            LocalDate yearEnd = LocalDate.of(Math.max(ctx.year(), r.startYear), 12, 31);
            until = until == null || yearEnd.isAfter(until) ? yearEnd : until;
        }
        return until;
    }
}
