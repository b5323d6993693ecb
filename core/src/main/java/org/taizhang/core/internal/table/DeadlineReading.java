package org.taizhang.core.internal.table;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.calendar.WorkdayCalendar;
import org.taizhang.core.internal.deadline.DeadlineParser;
import org.taizhang.core.internal.deadline.Lexicon;

/**
 * Reads the deadline cells of a table against the plan year, or, when the year is unknown, without
 * one: a phrase that writes no year of its own ({@code 9月底前}, {@code 全年}, {@code 每年3月底前})
 * keeps its kind and its rule but gets no due date, rather than dates in a guessed year.
 */
final class DeadlineReading {
    /** Any leap year: read without a plan year, {@code 2月29日} is a day that may exist. */
    private static final int PLACEHOLDER_YEAR = 2000;
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年");

    private final DeadlineContext context;
    /** the words of this read, found once rather than for every cell */
    private final Lexicon lexicon;
    private final boolean yearKnown;
    /** the first deadline read from each text: the cell texts are the workbook's shared strings, their hashes kept */
    private final Map<String, Deadline> seen = new HashMap<>();

    private DeadlineReading(DeadlineContext context, boolean yearKnown) {
        this.context = context;
        this.lexicon = DeadlineParser.lexicon(context);
        this.yearKnown = yearKnown;
    }

    /**
     * @param year the plan year, if known
     * @param issuedOn the issue date, if known
     * @param calendar the working-day calendar
     * @return the reading
     */
    static DeadlineReading of(Optional<Integer> year, Optional<LocalDate> issuedOn, WorkdayCalendar calendar) {
        DeadlineContext c = DeadlineContext.ofYear(year.orElse(PLACEHOLDER_YEAR)).withCalendar(calendar);
        if (issuedOn.isPresent()) {
            c = c.withIssuedOn(issuedOn.get());
        }
        return new DeadlineReading(c, year.isPresent());
    }

    /** @return the plan year, when known */
    java.util.OptionalInt year() {
        return yearKnown ? java.util.OptionalInt.of(context.year()) : java.util.OptionalInt.empty();
    }

    /**
     * @param text a deadline cell's text
     * @return its deadline
     */
    Deadline read(String text) {
        Deadline d = DeadlineParser.parse(text, context, lexicon);
        d = yearKnown ? d : withoutGuessedDates(d);
        // equal deadlines (2022年12月底前 in a thousand rows) are kept once: a deadline is immutable
        Deadline known = seen.putIfAbsent(d.text(), d);
        return known != null && known.equals(d) ? known : d;
    }

    private static Deadline withoutGuessedDates(Deadline d) {
        if (EXPLICIT_YEAR.matcher(d.text()).find() && d.parts().isEmpty()) {
            return d; // its dates are the text's own
        }
        Deadline.Builder b = Deadline.builder().text(d.text()).kind(d.kind());
        d.rrule().ifPresent(b::rrule);
        d.anchor().ifPresent(b::anchor);
        d.event().ifPresent(b::event);
        d.offset().ifPresent(b::offset);
        d.action().ifPresent(b::action);
        for (Deadline part : d.parts()) {
            b.addParts(withoutGuessedDates(part));
        }
        return b.build();
    }
}
