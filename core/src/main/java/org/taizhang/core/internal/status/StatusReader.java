package org.taizhang.core.internal.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Status;
import org.taizhang.core.Vocabulary;
import org.taizhang.core.internal.status.StatusLexicon.Token;
import org.taizhang.core.internal.status.StatusLexicon.WordClass;
import org.taizhang.core.internal.vocabulary.MatchKey;
import org.taizhang.core.internal.vocabulary.VocabularyScope;

/**
 * Reads where a task stands from a 状态 cell or a 落实情况 text, with the words of
 * {@code status-words.txt} and the small grammar its header describes: negation markers, fact and
 * plan markers, completion and starting verbs. Thread-safe.
 */
public final class StatusReader {
    /** A sentence that opens with a list number: 1. 2、 （三） (4) ⑤. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:\\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)[%％]");
    /** How far a negation reaches: 未按时完成, 没有全部完成. */
    private static final int NEGATION_REACH = 2;

    /**
     * What a text says.
     *
     * @param status the status, {@link Status#UNKNOWN} when the text says nothing about it
     * @param completedOn the day of completion the text gives, only for {@link Status#DONE}
     */
    public record Reading(Status status, Optional<LocalDate> completedOn) {}

    private StatusReader() {}

    /**
     * @param text a 状态 cell or a 落实情况 text
     * @param year the plan year, for a completion day written without one ({@code 完成（9月18日）})
     * @return the status and the completion day
     */
    public static Reading read(String text, OptionalInt year) {
        Set<Status> said = EnumSet.noneOf(Status.class);
        LocalDate completed = null;
        boolean openItem = false;
        for (String sentence : Breaks.SENTENCE.split(text)) {
            boolean planned = false;
            boolean saidHere = false;
            for (String clause : Breaks.CLAUSE.split(sentence)) {
                String key = MatchKey.of(clause);
                Clause c = clause(key, planned);
                planned = c.planned();
                if (c.status() == null) {
                    continue;
                }
                saidHere = true;
                said.add(c.status());
                if (c.status() == Status.DONE) {
                    Optional<LocalDate> day = Dates.lastDay(key, year);
                    if (day.isPresent()) {
                        completed = day.get();
                    }
                }
            }
            openItem |= !saidHere && LIST_ITEM.matcher(sentence).find();
        }
        if (openItem && (said.contains(Status.DONE) || said.contains(Status.IN_PROGRESS))) {
            said.add(Status.IN_PROGRESS); // 1.已完成…；2.探索开展…: an item that reports nothing is still open
        }
        Status status = combine(said);
        return new Reading(status, status == Status.DONE ? Optional.ofNullable(completed) : Optional.empty());
    }

    /**
     * @param text a 状态 cell or a 落实情况 text
     * @return the status it names, {@link Status#UNKNOWN} when none
     */
    public static Status status(String text) {
        return read(text, OptionalInt.empty()).status();
    }

    /** The status of the longest caller's status word (ReadOptions.vocabulary) in the clause, or null. */
    private static Status addedStatus(String key) {
        String best = null;
        Status status = null;
        for (Map.Entry<String, String> e : VocabularyScope.current().added(Vocabulary.Kind.STATUS).entrySet()) {
            String word = MatchKey.of(e.getKey());
            if (!word.isEmpty() && key.contains(word) && (best == null || word.length() > best.length())) {
                best = word;
                status = Status.valueOf(e.getValue());
            }
        }
        return status;
    }

    private static Status combine(Set<Status> said) {
        if (said.isEmpty()) {
            return Status.UNKNOWN;
        }
        if (said.size() == 1) {
            return said.iterator().next();
        }
        return Status.IN_PROGRESS;
    }

    /**
     * What one clause says.
     *
     * @param status the status, null when the clause says none
     * @param planned true when the clause ends in the mood of a plan, which the next clause of the
     *     sentence inherits (2022年底前各旗区、各部门要…完成)
     */
    record Clause(Status status, boolean planned) {}

    static Clause clause(String key, boolean planned) {
        Status added = addedStatus(key);
        if (added != null) {
            return new Clause(added, false);
        }
        List<Token> tokens = StatusLexicon.shipped().tokens(key);
        int lastFact = -1;
        int lastPlan = planned ? 0 : -1;
        int lastBy = -1;
        int negationEnd = Integer.MIN_VALUE / 2;
        Status result = null;
        for (Token t : tokens) {
            boolean negated = t.start() - negationEnd <= NEGATION_REACH;
            Mood mood = Mood.of(lastFact, lastPlan, lastBy);
            Status s = null;
            switch (t.wordClass()) {
                case FACT: lastFact = t.start(); break;
                case PLAN: lastPlan = t.start(); break;
                case BY: lastBy = t.start(); break;
                case NEGATION: negationEnd = t.end(); break;
                case DONE:
                    s = negated ? Status.IN_PROGRESS : mood == Mood.PLAN ? null
                            : partly(key, t.end()) ? Status.IN_PROGRESS : Status.DONE;
                    break;
                case IN_PROGRESS:
                    s = negated ? Status.NOT_STARTED : mood == Mood.PLAN ? null : Status.IN_PROGRESS;
                    break;
                case NOT_STARTED:
                    s = Status.NOT_STARTED;
                    break;
                case START:
                    s = negated ? Status.NOT_STARTED : mood == Mood.FACT ? Status.IN_PROGRESS : null;
                    break;
                default:
                    break;
            }
            if (s != null) {
                result = s;
            }
        }
        return new Clause(result, Mood.of(lastFact, lastPlan, lastBy) == Mood.PLAN);
    }

    /** @return true when the clause gives a share under 100 % after the verb: 已完成80% */
    private static boolean partly(String key, int from) {
        Matcher m = PERCENT.matcher(key);
        while (m.find(from)) {
            if (Double.parseDouble(m.group(1)) < 100) {
                return true;
            }
            from = m.end();
        }
        return false;
    }

    /** The mood of a verb, from the markers before it in its clause. */
    private enum Mood {
        FACT, PLAN, UNMARKED;

        static Mood of(int fact, int plan, int by) {
            if (plan > fact) {
                return PLAN;
            }
            if (fact >= 0) {
                return FACT;
            }
            return by >= 0 ? PLAN : UNMARKED;
        }
    }

    /** For tests: the clauses a text is cut into. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : Breaks.SENTENCE.split(text)) {
            for (String c : Breaks.CLAUSE.split(sentence)) {
                if (!c.isBlank()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
