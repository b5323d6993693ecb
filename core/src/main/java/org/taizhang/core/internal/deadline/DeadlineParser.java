package org.taizhang.core.internal.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/**
 * Reads 完成时限 phrases. The text is normalised ({@link NormalisedText}), cut into clauses at
 * {@code ，；。}, each clause scanned once, left to right ({@link ClauseScanner}) and judged
 * ({@link ClauseClassifier}); the clauses are then combined here. Work is linear in the length of
 * the text, which is capped at {@link #MAX_LENGTH} characters. Stateless and thread-safe.
 */
public final class DeadlineParser {
    /** Longer texts are not deadline phrases and are returned {@code UNPARSED}. */
    public static final int MAX_LENGTH = 500;

    /** No year, or no value. */
    static final int NONE = Integer.MIN_VALUE;
    /** The last day of a month. */
    static final int LAST = 99;

    private DeadlineParser() {}

    /**
     * Reads a phrase with the context's words, else the words of the read under way.
     *
     * @param text the phrase as written
     * @param context the plan year, issue date and calendar
     * @return the deadline; never null, {@code UNPARSED} when not understood
     */
    public static Deadline parse(CharSequence text, DeadlineContext context) {
        return parse(text, context, lexicon(context));
    }

    /**
     * @param context the plan year, issue date and calendar
     * @return the words to read with: the context's vocabulary, else the one of the read under way
     */
    public static Lexicon lexicon(DeadlineContext context) {
        return VocabularyLexicon.of(
                context.vocabulary().orElseGet(org.taizhang.core.internal.vocabulary.VocabularyScope::current));
    }

    /**
     * Reads a phrase with the words of a lexicon (the shipped one extended by a caller's words).
     *
     * @param text the phrase as written
     * @param context the plan year, issue date and calendar
     * @param lexicon the words to read with
     * @return the deadline; never null, {@code UNPARSED} when not understood
     */
    public static Deadline parse(CharSequence text, DeadlineContext context, Lexicon lexicon) {
        String s = text.toString();
        if (s.length() > MAX_LENGTH) {
            return Deadline.unparsed(s);
        }
        NormalisedText t = NormalisedText.of(s);
        ClauseScanner scanner = new ClauseScanner(t, lexicon, context);
        List<ClauseReading> clauses = new ArrayList<>(2);
        boolean dated = false;
        for (int start = 0, end; start <= t.length; start = end + 1) {
            end = clauseEnd(t, start);
            if (end > start) {
                ClauseReading r = scanner.scan(start, end);
                if (r.impossible) {
                    // 2022年13月底前 is a mistake to flag, not a date to guess
                    return Deadline.unparsed(s);
                }
                r.kind = ClauseClassifier.kind(r);
                if (r.kind != null) {
                    clauses.add(r);
                    dated |= r.kind != DeadlineKind.VAGUE;
                }
            }
        }
        if (dated) {
            clauses = withoutVague(clauses);
        }
        if (clauses.isEmpty()) {
            return Deadline.unparsed(s);
        }
        if (clauses.size() > 1) {
            clauses = startRules(clauses);
        }
        ClauseClassifier classifier = new ClauseClassifier(t, lexicon, context);
        // several ongoing clauses say one thing
        if (clauses.size() == 1 || allOngoing(clauses)) {
            return classifier.build(clauses.get(0), clauses.get(0).kind, s);
        }
        Deadline.Builder b = Deadline.builder().text(s).kind(DeadlineKind.COMPOSITE);
        boolean provisional = false;
        for (int i = 0; i < clauses.size(); i++) {
            ClauseReading r = clauses.get(i);
            Deadline d = classifier.build(r, r.kind, t.originalText(r.start, r.end));
            b.addPart(d);
            b.addAllDue(d.due());
            provisional |= d.isProvisional();
        }
        return b.provisional(provisional).build();
    }

    /**
     * The date that does not exist for which {@link #parse} leaves a phrase {@code UNPARSED}: a
     * month outside 1–12 ({@code 2022年13月底前}) or a day past the month's end ({@code 2月30日},
     * {@code 4月31日}, {@code 2月29日} in a year that has none, the plan year for a phrase that
     * writes none). Reads the phrase with the context's words, else those of the read under way.
     *
     * @param text the phrase as written
     * @param context the plan year, issue date and calendar
     * @return the first such date as written in the text, from its year when one is written
     *     ({@code 2022年13月}, {@code 2月30日}, {@code ２０２２年１３月}), trimmed; empty when
     *     {@link #parse} does not reject the phrase for such a date
     */
    public static Optional<String> impossibleDate(CharSequence text, DeadlineContext context) {
        return impossibleDate(text, context, lexicon(context));
    }

    /**
     * {@link #impossibleDate(CharSequence, DeadlineContext)} with the words of a lexicon.
     *
     * @param text the phrase as written
     * @param context the plan year, issue date and calendar
     * @param lexicon the words to read with
     * @return the first date that does not exist, as written, trimmed; or empty
     */
    public static Optional<String> impossibleDate(CharSequence text, DeadlineContext context, Lexicon lexicon) {
        String s = text.toString();
        if (s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        NormalisedText t = NormalisedText.of(s);
        ClauseScanner scanner = new ClauseScanner(t, lexicon, context);
        // the clauses are cut and scanned as parse does, which stops at the first impossible one
        for (int start = 0, end; start <= t.length; start = end + 1) {
            end = clauseEnd(t, start);
            ClauseReading r = end > start ? scanner.scan(start, end) : null;
            if (r != null && r.impossible) {
                return r.impossibleStart < 0 ? Optional.empty()
                        : Optional.of(t.originalText(r.impossibleStart, r.impossibleEnd));
            }
        }
        return Optional.empty();
    }

    /**
     * 自2023年5月起，每月10日前: a clause that only starts something starts the rule after it, and
     * goes.
     */
    private static List<ClauseReading> startRules(List<ClauseReading> clauses) {
        List<ClauseReading> kept = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            ClauseReading r = clauses.get(i);
            ClauseReading next = i + 1 < clauses.size() ? clauses.get(i + 1) : null;
            if (next != null && r.kind == DeadlineKind.ONGOING && next.kind == DeadlineKind.RECURRING && !r.ongoing
                    && r.allStarts && r.startFrom != null && next.ruleStart == null) {
                next.ruleStart = r.startFrom;
            } else {
                kept.add(r);
            }
        }
        return kept;
    }

    /** @return the end of the clause from {@code start}: the next {@code ，} or {@code ；}, else the text's end */
    private static int clauseEnd(NormalisedText t, int start) {
        int i = start;
        while (i < t.length && t.chars[i] != ',' && t.chars[i] != ';') {
            i++;
        }
        return i;
    }

    /** @return the clauses but the vague ones, which say nothing more next to dated ones */
    private static List<ClauseReading> withoutVague(List<ClauseReading> clauses) {
        List<ClauseReading> kept = new ArrayList<>(clauses.size());
        for (ClauseReading c : clauses) {
            if (c.kind != DeadlineKind.VAGUE) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean allOngoing(List<ClauseReading> clauses) {
        for (ClauseReading c : clauses) {
            if (c.kind != DeadlineKind.ONGOING) {
                return false;
            }
        }
        return true;
    }
}
