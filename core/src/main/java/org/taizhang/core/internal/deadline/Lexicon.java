package org.taizhang.core.internal.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.calendar.Festival;

/**
 * Every word the deadline scanners know, read once from the lists shipped in
 * {@code org/taizhang/core/vocabulary/} (see {@link WordListFile}). Immutable and thread-safe.
 *
 * <p>A lexicon is built from lines, so a caller's own words extend it: {@link #with} adds entries to
 * a list (today {@code vague} and {@code ongoing} are the lists meant for that) and gives a new
 * lexicon, which {@link DeadlineParser#parse(CharSequence, org.taizhang.core.DeadlineContext, Lexicon)}
 * reads with.
 */
public final class Lexicon {
    private static final String[] FILES = {"deadline-dates.txt", "deadline-rules.txt", "deadline-offsets.txt",
        "festivals.txt", "ongoing.txt", "vague.txt", "deadline-actions.txt"};

    /** Characters the grammar itself can start a scan with, besides the first characters of every word. */
    private static final String GRAMMAR_STARTS = "0123456789〇零一二三四五六七八九十百两半"
            + "每按逐季单双月次下上与和跟同元除春清国劳端七中重全持长常经日始不适及随即实依根结视另待定尽已动立马限"
            + "今本当明来翌去第Qq年至到隔统要安部前后农阴正腊冬以大这周星";

    private static final Lexicon BUILT_IN = new Lexicon(WordListFile.readAll(FILES));

    private final Map<String, List<String>> lines;

    // dates
    final Words yearEnd;
    final Words endAfterYear;
    final Words withinAfterYear;
    final Words firstHalf;
    final Words secondHalf;
    final Words quarter;
    final Words quarterEnd;
    final Words thisYear;
    final Words nextYear;
    final Words lastYear;
    final Words afterMiddle;
    final Words afterNumericDate;
    final Words afterBareDay;
    final Words monthEnd;
    final Words monthEarly;
    final Words monthMiddle;
    final Words dayUnit;
    final Words start;
    final Words before;
    final Words thisMonth;
    final Words nextMonth;
    final Words thisQuarter;
    final Words nextQuarter;
    final Words fiveYearPlans;
    final int[] fiveYearPlanEnds;
    final Words[] daysFromIssue;
    final int[] dayCounts;
    final Words[] weeksFromIssue;
    final int[] weekCounts;
    final Words weekend;

    // rules
    final Words fourTimesAYear;
    final Words halfYearly;
    final Words yearly;
    final Words quarterly;
    final Words quarterEnded;
    final Words quarterlyEnd;
    final Words quarterFirstMonth;
    final Words quarterLastMonth;
    final Words ruleDayUnit;
    final Words bimonthly;
    final Words oddMonths;
    final Words evenMonths;
    final Words monthly;
    final Words nextMonthRule;
    final Words ruleMonthEnd;
    final Words firstDays;
    final Words weekly;
    final Words week;
    final Words dayWord;
    final Words daily;
    final Words cycleHalfYear;
    final Words cycleQuarter;
    final Words cycleMonth;
    final Words cycleYear;
    final Words cycleWeek;
    final Words cycleMark;
    final Words onceMark;
    final Words lastOne;
    final Words alternative;

    // offsets
    final Words workdays;
    final Words days;
    final Words months;
    final Words years;
    final Words hours;
    final Words within;
    final Words afterEvent;
    final Words eventLead;
    final List<String> issueVerbs;
    final List<String> planDocuments;
    final Words togetherWith;
    final Words sameTime;
    final Words limit;
    final Words later;

    // festivals, in the order tried
    final Words[] festivalNames;
    final Festival[] festivals;
    final Words[] shortFestivalNames;
    final Festival[] shortFestivals;
    final Words afterShortFestival;
    final Words holidayPeriod;
    final Words[] observanceNames;
    final int[] observanceDays;
    final Words[] shortObservanceNames;
    final int[] shortObservanceDays;
    final Words lunarMarks;
    final Words[] lunarMonthNames;
    final int[] lunarMonths;

    // ongoing, vague, action
    final Words ongoing;
    final Words vague;
    final Words actionLead;

    /** The characters a scan can start at; every other character is skipped at once. */
    final boolean[] starts = new boolean[65536];
    /** One mask test rules out every rule word at a position. */
    final long ruleFirsts;
    /** The characters a festival, observance day or lunar date can start with: one lookup rules them out. */
    final boolean[] festivalStarts = new boolean[65536];
    /** One mask test rules out every day or week counted from the issue date. */
    final long issueDayFirsts;

    private Lexicon(Map<String, List<String>> lines) {
        this.lines = lines;
        yearEnd = words("year-end");
        endAfterYear = words("end-after-year");
        withinAfterYear = words("within-after-year");
        firstHalf = words("first-half");
        secondHalf = words("second-half");
        quarter = words("quarter");
        quarterEnd = words("quarter-end");
        thisYear = words("this-year");
        nextYear = words("next-year");
        lastYear = words("last-year");
        afterMiddle = words("after-middle");
        afterNumericDate = words("after-numeric-date");
        afterBareDay = words("after-bare-day");
        monthEnd = words("month-end");
        monthEarly = words("month-early");
        monthMiddle = words("month-middle");
        dayUnit = words("day-unit");
        start = words("start");
        before = words("before");
        thisMonth = words("this-month");
        nextMonth = words("next-month");
        thisQuarter = words("this-quarter");
        nextQuarter = words("next-quarter");
        fiveYearPlans = words("five-year-plan");
        List<String> plans = list("five-year-plan");
        fiveYearPlanEnds = new int[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            fiveYearPlanEnds[i] = Integer.parseInt(WordListFile.meaning(plans.get(i)));
        }
        List<String> dayEntries = list("days-from-issue");
        daysFromIssue = new Words[dayEntries.size()];
        dayCounts = new int[dayEntries.size()];
        readCounts(dayEntries, daysFromIssue, dayCounts);
        List<String> weekEntries = list("weeks-from-issue");
        weeksFromIssue = new Words[weekEntries.size()];
        weekCounts = new int[weekEntries.size()];
        readCounts(weekEntries, weeksFromIssue, weekCounts);
        weekend = words("weekend");

        fourTimesAYear = words("four-times-a-year");
        halfYearly = words("half-yearly");
        yearly = words("yearly");
        quarterly = words("quarterly");
        quarterEnded = words("quarter-ended");
        quarterlyEnd = words("quarterly-end");
        quarterFirstMonth = words("quarter-first-month");
        quarterLastMonth = words("quarter-last-month");
        ruleDayUnit = words("rule-day-unit");
        bimonthly = words("bimonthly");
        oddMonths = words("odd-months");
        evenMonths = words("even-months");
        monthly = words("monthly");
        nextMonthRule = words("next-month-rule");
        ruleMonthEnd = words("rule-month-end");
        firstDays = words("first-days");
        weekly = words("weekly");
        week = words("week");
        dayWord = words("day-word");
        daily = words("daily");
        cycleHalfYear = words("cycle-half-year");
        cycleQuarter = words("cycle-quarter");
        cycleMonth = words("cycle-month");
        cycleYear = words("cycle-year");
        cycleWeek = words("cycle-week");
        cycleMark = words("cycle-mark");
        onceMark = words("once-mark");
        lastOne = words("last-one");
        alternative = words("alternative");

        workdays = words("workdays");
        days = words("days");
        months = words("months");
        years = words("years");
        hours = words("hours");
        within = words("within");
        afterEvent = words("after-event");
        eventLead = words("event-lead");
        issueVerbs = plain("issue-verbs");
        planDocuments = plain("plan-documents");
        togetherWith = words("together-with");
        sameTime = words("same-time");
        limit = words("limit");
        later = words("later");

        List<Words> names = new ArrayList<>();
        List<Festival> fs = new ArrayList<>();
        List<Words> shortNames = new ArrayList<>();
        List<Festival> shortFs = new ArrayList<>();
        for (String name : lines.keySet()) {
            if (name.startsWith("festival ")) {
                names.add(words(name));
                fs.add(Festival.valueOf(name.substring("festival ".length())));
            } else if (name.startsWith("short ")) {
                shortNames.add(words(name));
                shortFs.add(Festival.valueOf(name.substring("short ".length())));
            }
        }
        festivalNames = names.toArray(new Words[0]);
        festivals = fs.toArray(new Festival[0]);
        shortFestivalNames = shortNames.toArray(new Words[0]);
        shortFestivals = shortFs.toArray(new Festival[0]);
        afterShortFestival = words("after-short-festival");
        holidayPeriod = words("holiday-period");
        List<String> observances = list("observance");
        observanceNames = new Words[observances.size()];
        observanceDays = new int[observances.size()];
        readDays(observances, observanceNames, observanceDays);
        List<String> shortObservances = list("short-observance");
        shortObservanceNames = new Words[shortObservances.size()];
        shortObservanceDays = new int[shortObservances.size()];
        readDays(shortObservances, shortObservanceNames, shortObservanceDays);
        lunarMarks = words("lunar");
        List<String> lunarMonthEntries = list("lunar-month");
        lunarMonthNames = new Words[lunarMonthEntries.size()];
        lunarMonths = new int[lunarMonthEntries.size()];
        for (int i = 0; i < lunarMonthEntries.size(); i++) {
            lunarMonthNames[i] = Words.of(WordListFile.word(lunarMonthEntries.get(i)));
            lunarMonths[i] = Integer.parseInt(WordListFile.meaning(lunarMonthEntries.get(i)));
        }

        ongoing = words("ongoing");
        vague = words("vague");
        actionLead = words("action-lead");

        ruleFirsts = Words.union(fourTimesAYear, halfYearly, yearly, quarterly, quarterEnded, bimonthly, oddMonths,
                evenMonths, monthly, nextMonthRule, weekly, daily) | 1L << ('以' & 63) | 1L << ('一' & 63)
                | 1L << ('半' & 63);
        Words.markFirsts(festivalStarts, festivalNames);
        Words.markFirsts(festivalStarts, shortFestivalNames);
        Words.markFirsts(festivalStarts, observanceNames);
        Words.markFirsts(festivalStarts, shortObservanceNames);
        Words.markFirsts(festivalStarts, lunarMarks);
        Words.markFirsts(festivalStarts, lunarMonthNames);
        issueDayFirsts = Words.union(daysFromIssue) | Words.union(weeksFromIssue) | Words.union(week);

        for (int i = 0; i < GRAMMAR_STARTS.length(); i++) {
            starts[GRAMMAR_STARTS.charAt(i)] = true;
        }
        // the first character of every word a scan can start with
        Words.markFirsts(starts, yearEnd, firstHalf, secondHalf, thisYear, nextYear, lastYear, ongoing, togetherWith,
                vague, halfYearly, yearly, quarterly, oddMonths, evenMonths, monthly, nextMonthRule, weekly, daily,
                bimonthly, thisMonth, nextMonth, thisQuarter, nextQuarter, fiveYearPlans, fourTimesAYear,
                quarterEnded);
        Words.markFirsts(starts, alternative);
        Words.markFirsts(starts, festivalNames);
        Words.markFirsts(starts, shortFestivalNames);
        Words.markFirsts(starts, observanceNames);
        Words.markFirsts(starts, shortObservanceNames);
        Words.markFirsts(starts, lunarMarks);
        Words.markFirsts(starts, lunarMonthNames);
    }

    /** The lexicon of the shipped lists. */
    public static Lexicon builtIn() {
        return BUILT_IN;
    }

    /**
     * This lexicon with more entries in one list; a longer entry is tried before one it begins
     * with, wherever it was added.
     *
     * @param list the list's name, as in the shipped files ({@code vague}, {@code ongoing}, …)
     * @param entries the entries to add
     * @return a new lexicon
     * @throws IllegalArgumentException when there is no such list or an entry is blank
     */
    public Lexicon with(String list, Collection<String> entries) {
        if (!lines.containsKey(list)) {
            throw new IllegalArgumentException("no word list " + list);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(lines);
        List<String> merged = new ArrayList<>(lines.get(list));
        for (String e : entries) {
            if (e.isBlank()) {
                throw new IllegalArgumentException("blank entry for " + list);
            }
            if (!merged.contains(e.strip())) {
                merged.add(e.strip());
            }
        }
        // stable: the shipped order stays where lengths tie
        merged.sort(Comparator.comparingInt((String w) -> WordListFile.word(w).length()).reversed());
        copy.put(list, merged);
        return new Lexicon(copy);
    }

    /** Entries "word<TAB>count": one word list per entry, and its count. */
    private static void readCounts(List<String> entries, Words[] names, int[] counts) {
        for (int i = 0; i < entries.size(); i++) {
            names[i] = Words.of(WordListFile.word(entries.get(i)));
            counts[i] = Integer.parseInt(WordListFile.meaning(entries.get(i)));
        }
    }

    /** Entries "name<TAB>MM-DD": one word list per entry, the day as month * 100 + day. */
    private static void readDays(List<String> entries, Words[] names, int[] days) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            names[i] = Words.of(WordListFile.word(e));
            String md = WordListFile.meaning(e);
            days[i] = Integer.parseInt(md.substring(0, 2)) * 100 + Integer.parseInt(md.substring(3, 5));
        }
    }

    private List<String> list(String name) {
        List<String> l = lines.get(name);
        if (l == null || l.isEmpty()) {
            throw new IllegalStateException("word list [" + name + "] is missing from " + WordListFile.FOLDER);
        }
        return l;
    }

    private List<String> plain(String name) {
        List<String> out = new ArrayList<>();
        for (String e : list(name)) {
            out.add(WordListFile.word(e));
        }
        return List.copyOf(out);
    }

    private Words words(String name) {
        return Words.of(plain(name).toArray(new String[0]));
    }
}
