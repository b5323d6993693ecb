package org.taizhang.core.internal.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.taizhang.core.Anchor;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.Offset;
import org.taizhang.core.PeriodUnit;
import org.taizhang.core.calendar.Festival;
import org.taizhang.core.calendar.HolidayPeriod;
import org.taizhang.core.calendar.WorkdayCalendar;

/**
 * Reads 完成时限 phrases. A hand-written scanner over a normalised copy of the text (full-width
 * forms folded, spaces dropped), split into clauses at {@code ，；。}; each clause is scanned once,
 * left to right, for time expressions, and the clauses are then combined. Work is linear in the
 * length of the text, which is capped at {@link #MAX_LENGTH} characters.
 *
 * <p>One instance per call: not thread-safe, cheap to make.
 */
public final class DeadlineParser {
    /** Longer texts are not deadline phrases and are returned {@code UNPARSED}. */
    public static final int MAX_LENGTH = 500;

    /** Characters a time expression or keyword can start with; every other character is skipped fast. */
    private static final boolean[] START = new boolean[65536];

    static {
        String starts = "0123456789〇零一二三四五六七八九十百两半"
                + "每按逐季单双月次下上与和跟同元除春清国劳端七中重全持长常经日始不适及随即实依根结视另待定尽已动立马限"
                + "今本当明来翌去第Qq年至到隔统要安部";
        for (int i = 0; i < starts.length(); i++) {
            START[starts.charAt(i)] = true;
        }
    }

    /** Marks a character normalisation drops (spaces, quotes, book-title marks). */
    private static final char DROP = '\u0000';

    /**
     * What each character becomes in the normalised copy: full-width forms folded to ASCII, clause
     * breaks to {@code ;}, dashes to {@code ~}, traditional forms of the words the scanner knows to
     * simplified ones, {@link #DROP} for what is skipped. One lookup per character.
     */
    private static final char[] FOLD = new char[65536];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            char f = (char) c;
            if (f >= '\uFF01' && f <= '\uFF5E') {
                f = (char) (f - 0xFEE0);
            }
            if (f == ' ' || f == '\t' || f == '\u3000' || f == '\u00A0' || Character.isWhitespace(f) && f != '\n'
                    && f != '\r' || f == DROP) {
                f = DROP;
            }
            FOLD[c] = f;
        }
        for (char c : "\n\r。!?".toCharArray()) {
            FOLD[c] = ';';
        }
        FOLD['\uFF01'] = ';';
        FOLD['\uFF1F'] = ';';
        for (char c : "—–―～〜".toCharArray()) {
            FOLD[c] = '~';
        }
        for (char c : "“”‘’\"'《》「」".toCharArray()) {
            FOLD[c] = DROP;
        }
        FOLD['\uFF02'] = DROP;
        FOLD['\uFF07'] = DROP;
        String traditional = "號個週後內節時於慶開與續長發報當來隨適實實際據視盡動馬規範態務須確爭從執檢閱頭";
        String simplified = "号个周后内节时于庆开与续长发报当来随适实实际据视尽动马规范态务须确争从执检阅头";
        for (int i = 0; i < traditional.length(); i++) {
            FOLD[traditional.charAt(i)] = simplified.charAt(i);
        }
    }

    private static final Words KW0 = Words.of("前", "之前", "以前", "完成", "左右", "时", "为止", "~", "-", "至", "、");
    private static final Words KW1 = Words.of("底", "末", "尾");
    private static final Words KW2 = Words.of("内", "以内");
    private static final Words KW3 = Words.of("年底", "年末", "年终", "年内", "年尾");
    private static final Words KW4 = Words.of("上半年");
    private static final Words KW5 = Words.of("下半年");
    private static final Words KW6 = Words.of("季度", "季");
    private static final Words KW7 = Words.of("度末", "末", "底", "尾");
    private static final Words KW8 = Words.of("今年", "本年", "当年");
    private static final Words KW9 = Words.of("次年", "明年", "下一年", "下年", "翌年", "来年");
    private static final Words KW10 = Words.of("去年", "上一年", "上年");
    private static final Words KW11 = Words.of("前", "之前", "以前", "日", "号", ",", ";", "、", "~");
    private static final Words KW12 = Words.of("底", "末", "下旬", "中下旬", "终", "尾");
    private static final Words KW13 = Words.of("上旬", "初", "头");
    private static final Words KW14 = Words.of("中旬", "上中旬");
    private static final Words KW15 = Words.of("即日起", "即日开始", "全年", "持续推进", "持续开展", "长期坚持", "长期推进", "持续", "长期", "常态化", "常态", "长效", "经常性", "常年", "日常", "始终", "一直", "不定期");
    private static final Words KW16 = Words.of("与", "和", "跟", "同");
    private static final Words KW17 = Words.of("适时", "及时", "随时", "即时", "实时", "依据实际", "根据实际", "结合实际", "视情", "根据需要", "按需", "根据工作需要", "按要求", "按照要求", "根据要求", "按上级要求", "按照上级", "根据上级", "按上级", "统一部署", "按照部署", "立行立改", "即知即改", "即办", "限时", "当天", "近期", "按规定", "按照规定", "根据规定", "依法依规", "要求", "安排", "部署", "待上级", "视工作", "结合工作", "依申请", "另行通知", "另行安排", "待定", "按时", "定期", "尽快", "逐步", "适当时", "已完成", "已落实", "已经完成", "动态", "按计划", "按进度", "同步", "同时", "立即", "马上", "限期");
    private static final Words KW18 = Words.of("起", "开始", "以来", "以后");
    private static final Words KW19 = Words.of("每半年", "半年一次", "按半年", "每六个月", "每6个月", "每年两次", "一年两次", "每年2次", "一年2次");
    private static final Words KW20 = Words.of("每年度", "每年", "按年度", "按年", "逐年", "每一年");
    private static final Words KW21 = Words.of("每三个月", "每3个月", "每个季度", "每季度", "每季", "按季度", "按季", "逐季", "季度末", "季末");
    private static final Words KW22 = Words.of("末", "底", "度末");
    private static final Words KW23 = Words.of("首月", "第一个月", "初", "结束后次月", "结束后", "次月", "后");
    private static final Words KW24 = Words.of("日", "号", "天", "个工作日");
    private static final Words KW25 = Words.of("末月", "最后一个月", "最后一月");
    private static final Words KW26 = Words.of("日", "号");
    private static final Words KW27 = Words.of("单月", "双月");
    private static final Words KW28 = Words.of("每个月", "每月", "按月", "逐月", "月度");
    private static final Words KW29 = Words.of("次月", "下月");
    private static final Words KW30 = Words.of("每个星期", "每星期", "每周", "按周", "逐周");
    private static final Words KW31 = Words.of("星期", "周");
    private static final Words KW32 = Words.of("日", "天");
    private static final Words KW33 = Words.of("每日", "每天", "按日", "逐日");
    private static final Words KW34 = Words.of("底", "末", "下旬", "尾");
    private static final Words KW35 = Words.of("前");
    private static final Words KW36 = Words.of("工作日");
    private static final Words KW37 = Words.of("自然日", "日", "天");
    private static final Words KW38 = Words.of("月");
    private static final Words KW39 = Words.of("年");
    private static final Words KW40 = Words.of("以内", "之内", "时间内", "内");
    private static final Words KW41 = Words.of("务必于", "务必在", "必须在", "必须于", "务于", "须于", "须在", "应于", "应在", "要在", "要于", "确保", "力争", "争取", "于", "在", "自", "从", "由", "待");
    private static final Words KW42 = Words.of("元旦");
    private static final Words KW43 = Words.of("除夕");
    private static final Words KW44 = Words.of("春节");
    private static final Words KW45 = Words.of("元宵节", "元宵");
    private static final Words KW46 = Words.of("清明节", "清明");
    private static final Words KW47 = Words.of("国际劳动节", "劳动节");
    private static final Words KW48 = Words.of("端午节", "端午");
    private static final Words KW49 = Words.of("七夕节", "七夕");
    private static final Words KW50 = Words.of("中秋节", "中秋");
    private static final Words KW51 = Words.of("重阳节", "重阳");
    private static final Words KW52 = Words.of("国庆节", "国庆");
    private static final Words KW53 = Words.of("五一", "十一");
    private static final Words KW54 = Words.of("前", "之前", "以前", "期间", "假期", "节", "长假", "、");
    private static final Words KW55 = Words.of("前", "之前", "以前");
    private static final Words KW56 = Words.of("期间", "假期", "放假期间", "长假");
    private static final Words KW57 = Words.of("之前", "以前", "为止", "以内", "之内", "前", "内", "止", "各", "分别", "均", "起", "开始", "的", "进行", ")", "）");

    private static final Words BIMONTHLY = Words.of("每两个月", "每2个月", "每二个月", "每隔一个月", "隔月");
    private static final Words THIS_MONTH = Words.of("本月", "当月");
    private static final Words NEXT_MONTH = Words.of("下个月", "下月");
    private static final Words THIS_QUARTER = Words.of("本季度", "当季度", "本季");
    private static final Words NEXT_QUARTER = Words.of("下一季度", "下个季度", "下季度");
    private static final Words FIVE_YEAR_PLANS = Words.of("十一五", "十二五", "十三五", "十四五", "十五五");
    private static final int[] FIVE_YEAR_PLAN_ENDS = {2010, 2015, 2020, 2025, 2030};
    private static final Words HOURS = Words.of("小时", "个小时", "钟头");
    private static final Words FOUR_TIMES_A_YEAR = Words.of("每年四次", "一年四次", "每年4次", "一年4次");
    private static final Words QUARTER_ENDED = Words.of("季度结束后", "季结束后");
    private static final Words DAY_FOLLOW = Words.of("前", "之前", "以前", ";", ",", "、", "~", "至", "到");
    private static final Words MARKERS = Words.of("之日起", "之日后", "之后", "以后", "日起", "起", "后");

    /** Every list {@code recurring} tries, and every festival name: one test rules them all out. */
    private static final long RECURRING_FIRSTS = Words.union(FOUR_TIMES_A_YEAR, KW19, KW20, KW21, QUARTER_ENDED,
            BIMONTHLY, KW27, KW28, KW29, KW30, KW33);
    private static final long FESTIVAL_FIRSTS = Words.union(KW42, KW43, KW44, KW45, KW46, KW47, KW48, KW49, KW50,
            KW51, KW52, KW53);

    static {
        // the first character of every word a scan can start with, whether or not it is listed above
        Words.markFirsts(START, KW3, KW4, KW5, KW8, KW9, KW10, KW15, KW16, KW17, KW19, KW20, KW21, KW27, KW28, KW29,
                KW30, KW33, KW42, KW43, KW44, KW45, KW46, KW47, KW48, KW49, KW50, KW51, KW52, KW53, BIMONTHLY,
                THIS_MONTH, NEXT_MONTH, THIS_QUARTER, NEXT_QUARTER, FIVE_YEAR_PLANS, FOUR_TIMES_A_YEAR, QUARTER_ENDED);
    }

    static final int NONE = Integer.MIN_VALUE;
    static final int LAST = 99;

    private final String original;
    private final DeadlineContext ctx;
    private final char[] buf;
    private final int[] origIndex;
    private int n;

    // numbers
    private int numValue;
    private int numDigits;
    private boolean numChinese;
    private boolean numPositional;

    // a parsed point
    private int pYear;
    private boolean pYearExplicit;
    private int pMonth;
    private int pDay;
    private boolean pWholeYear;
    private boolean pQuarterOrHalf;

    /** Off in a clause with a rule: its 下月 and 本月 name what is reported, not when. */
    private boolean issueWordsAllowed = true;

    // state carried across clauses
    private int lastYear = NONE;

    private DeadlineParser(String original, DeadlineContext ctx) {
        this.original = original;
        this.ctx = ctx;
        this.buf = new char[original.length()];
        this.origIndex = new int[original.length()];
    }

    /**
     * Reads a phrase.
     *
     * @param text the phrase as written
     * @param context the plan year, issue date and calendar
     * @return the deadline; never null, {@code UNPARSED} when not understood
     */
    public static Deadline parse(CharSequence text, DeadlineContext context) {
        String s = text.toString();
        if (s.length() > MAX_LENGTH) {
            return Deadline.unparsed(s);
        }
        return new DeadlineParser(s, context).run();
    }

    // ---------------------------------------------------------------- normalisation

    private void normalise() {
        int k = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = FOLD[original.charAt(i)];
            if (c == DROP) {
                continue;
            }
            buf[k] = c;
            origIndex[k] = i;
            k++;
        }
        n = k;
    }

    // ---------------------------------------------------------------- top level

    private Deadline run() {
        normalise();
        List<Clause> parts = new ArrayList<>(2);
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || buf[i] == ',' || buf[i] == ';') {
                if (i > s) {
                    Clause c = new Clause(s, i);
                    c.scan();
                    if (c.kind != null) {
                        parts.add(c);
                    }
                }
                s = i + 1;
            }
        }
        boolean dated = false;
        for (Clause c : parts) {
            dated |= c.kind != DeadlineKind.VAGUE;
        }
        if (dated) {
            parts.removeIf(c -> c.kind == DeadlineKind.VAGUE);
        }
        if (parts.isEmpty()) {
            return Deadline.unparsed(original);
        }
        if (parts.size() == 1) {
            return parts.get(0).build(original);
        }
        // several ongoing clauses say one thing
        boolean allOngoing = true;
        for (Clause c : parts) {
            allOngoing &= c.kind == DeadlineKind.ONGOING;
        }
        if (allOngoing) {
            return parts.get(0).build(original);
        }
        Deadline.Builder b = Deadline.builder().text(original).kind(DeadlineKind.COMPOSITE);
        boolean provisional = false;
        for (Clause c : parts) {
            Deadline d = c.build(c.text());
            b.addPart(d);
            b.addAllDue(d.due());
            provisional |= d.isProvisional();
        }
        return b.provisional(provisional).build();
    }

    // ---------------------------------------------------------------- small scanners

    private boolean at(int i, int end, String kw) {
        int len = kw.length();
        if (i + len > end) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[i + k] != kw.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The first of the keywords found at i, as its end index; -1 when none. */
    private int atAny(int i, int end, Words kws) {
        return kws.match(buf, i, end);
    }

    private static int cnDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    /** Reads a number (Arabic or Chinese) at i; returns its end or -1. */
    private int num(int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = buf[i];
        if (c >= '0' && c <= '9') {
            int j = i;
            long v = 0;
            while (j < end && buf[j] >= '0' && buf[j] <= '9') {
                v = Math.min(v * 10 + (buf[j] - '0'), 1_000_000_000L);
                j++;
            }
            numValue = (int) v;
            numDigits = j - i;
            numChinese = false;
            numPositional = false;
            return j;
        }
        if (cnDigit(c) < 0 && c != '十' && c != '百') {
            return -1;
        }
        int j = i;
        boolean positional = false;
        while (j < end && j - i < 8 && (cnDigit(buf[j]) >= 0 || buf[j] == '十' || buf[j] == '百')) {
            positional |= buf[j] == '十' || buf[j] == '百';
            j++;
        }
        if (positional) {
            int total = 0;
            int digit = 0;
            for (int k = i; k < j; k++) {
                char d = buf[k];
                if (d == '十') {
                    total += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                } else if (d == '百') {
                    total += (digit == 0 ? 1 : digit) * 100;
                    digit = 0;
                } else {
                    digit = cnDigit(d);
                }
            }
            numValue = total + digit;
        } else {
            int v = 0;
            for (int k = i; k < j; k++) {
                v = v * 10 + cnDigit(buf[k]);
            }
            numValue = v;
        }
        numDigits = j - i;
        numChinese = true;
        numPositional = positional;
        return j;
    }

    /** True when c continues a number whose previous character is prev: no scan starts mid-number. */
    private static boolean inNumber(char prev, char c) {
        if (c >= '0' && c <= '9') {
            return prev >= '0' && prev <= '9';
        }
        return isCnNumeral(c) && isCnNumeral(prev);
    }

    private static boolean isCnNumeral(char c) {
        return cnDigit(c) >= 0 || c == '十' || c == '百';
    }

    private static boolean isRangeSep(char c) {
        return c == '~' || c == '-' || c == '至' || c == '到';
    }

    private boolean isCjkText(int i, int end) {
        if (i >= end) {
            return false;
        }
        char c = buf[i];
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** Year from a number just read before 年, or NONE when it is a count of years. */
    private int yearOf() {
        if (!numChinese) {
            if (numDigits == 4 && numValue >= 1900 && numValue <= 2200) {
                return numValue;
            }
            if (numDigits == 2) {
                return 2000 + numValue;
            }
            return NONE;
        }
        if (numPositional) {
            return NONE;
        }
        if (numDigits == 4 && numValue >= 1900 && numValue <= 2200) {
            return numValue;
        }
        if (numDigits == 2) {
            return 2000 + numValue;
        }
        return NONE;
    }

    // ---------------------------------------------------------------- points

    private void resetPoint() {
        pYear = NONE;
        pYearExplicit = false;
        pMonth = 0;
        pDay = 0;
        pWholeYear = false;
        pQuarterOrHalf = false;
    }

    /** 年中 is mid-year only when not the start of another word (年中央, 年中小学). */
    private boolean midYearOk(int j, int end) {
        return j >= end || atAny(j, end, KW0) > 0
                || !isCjkText(j, end);
    }

    /** Year-level words after a year (or alone): 底, 内, 上半年, 一季度…; returns end or -1. */
    private int yearPart(int j, int end, boolean afterYear) {
        int k;
        if (afterYear) {
            if ((k = atAny(j, end, KW1)) > 0) {
                pMonth = 12;
                pDay = LAST;
                return k;
            }
            if ((k = atAny(j, end, KW2)) > 0) {
                pMonth = 12;
                pDay = LAST;
                return k;
            }
            if (at(j, end, "中") && !at(j, end, "中旬") && midYearOk(j + 1, end)) {
                pMonth = 6;
                pDay = 30;
                return j + 1;
            }
            if ((at(j, end, "初") || at(j, end, "头")) && !isCjkText(j + 1, end) || at(j, end, "初前")) {
                pMonth = 1;
                pDay = LAST;
                return j + 1;
            }
        } else {
            if ((k = atAny(j, end, KW3)) > 0) {
                pMonth = 12;
                pDay = LAST;
                return k;
            }
            if (at(j, end, "年中") && midYearOk(j + 2, end)) {
                pMonth = 6;
                pDay = 30;
                return j + 2;
            }
            if (at(j, end, "年初") || at(j, end, "年头")) {
                pMonth = 1;
                pDay = LAST;
                return j + 2;
            }
        }
        if ((k = atAny(j, end, KW4)) > 0) {
            pMonth = 6;
            pDay = LAST;
            pQuarterOrHalf = true;
            return k;
        }
        if ((k = atAny(j, end, KW5)) > 0) {
            pMonth = 12;
            pDay = LAST;
            pQuarterOrHalf = true;
            return k;
        }
        if ((k = quarter(j, end)) > 0) {
            return k;
        }
        return -1;
    }

    /** 一季度, 第一季度, 三季度末, Q1; returns end or -1. */
    private int quarter(int j, int end) {
        int k = j;
        if (at(k, end, "第")) {
            k++;
        }
        int q;
        if (k + 1 < end && (buf[k] == 'Q' || buf[k] == 'q') && buf[k + 1] >= '1' && buf[k + 1] <= '4') {
            q = buf[k + 1] - '0';
            k += 2;
        } else {
            int m = num(k, end);
            if (m < 0 || numValue < 1 || numValue > 4 || numDigits != 1) {
                return -1;
            }
            q = numValue;
            int e2 = atAny(m, end, KW6);
            if (e2 < 0) {
                return -1;
            }
            k = e2;
        }
        int e3 = atAny(k, end, KW7);
        if (e3 > 0) {
            k = e3;
        }
        pMonth = q * 3;
        pDay = LAST;
        pQuarterOrHalf = true;
        return k;
    }

    /**
     * Reads a point in time at i: [year] [month [day | 底 | 旬]] or a numeric date. Returns its end,
     * or -1 when no point starts at i.
     */
    private int point(int i, int end) {
        resetPoint();
        int j = i;
        boolean hasYear = false;
        int k;
        if ((k = issueRelative(j, end)) != 0) {
            return k;
        }
        if ((k = atAny(j, end, FIVE_YEAR_PLANS)) > 0) {
            pYear = FIVE_YEAR_PLAN_ENDS[FIVE_YEAR_PLANS.index(buf, j, end)];
            pYearExplicit = true;
            hasYear = true;
            j = k;
        } else if ((k = atAny(j, end, KW8)) > 0) {
            pYear = ctx.year();
            hasYear = true;
            j = k;
        } else if ((k = atAny(j, end, KW9)) > 0) {
            pYear = ctx.year() + 1;
            hasYear = true;
            j = k;
        } else if ((k = atAny(j, end, KW10)) > 0) {
            if (!issueWordsAllowed) {
                // 每年1月底前公开上一年度报告: in a rule, a past year names what is reported
                return -1;
            }
            pYear = ctx.year() - 1;
            hasYear = true;
            j = k;
        } else if ((k = num(j, end)) > 0) {
            int v = numValue;
            int digits = numDigits;
            boolean cn = numChinese;
            // numeric dates: 2022.9.30, 2022-09-30, 2022/9/30, 2022.9
            if (!cn && digits == 4 && k + 1 < end && (buf[k] == '.' || buf[k] == '-' || buf[k] == '/')) {
                char sep = buf[k];
                int m2 = num(k + 1, end);
                if (m2 > 0 && !numChinese && numDigits <= 2 && numValue >= 1 && numValue <= 12) {
                    int month = numValue;
                    if (m2 + 1 < end && buf[m2] == sep) {
                        int d2 = num(m2 + 1, end);
                        if (d2 > 0 && !numChinese && numDigits <= 2
                                && numValue >= 1 && numValue <= YearMonth.of(v, month).lengthOfMonth()) {
                            pYear = v;
                            pYearExplicit = true;
                            pMonth = month;
                            pDay = numValue;
                            return at(d2, end, "日") || at(d2, end, "号") ? d2 + 1 : d2;
                        }
                    } else if ((sep != '-' || !at(m2, end, "年")) && (m2 >= end || buf[m2] != '.' && buf[m2] != sep)) {
                        pYear = v;
                        pYearExplicit = true;
                        pMonth = month;
                        int e2 = at(m2, end, "月") ? m2 + 1 : m2;
                        // 2022.7—12: a range to a later month of the same year
                        if (e2 + 1 < end && isRangeSep(buf[e2])) {
                            int m3 = num(e2 + 1, end);
                            if (m3 > 0 && !numChinese && numDigits <= 2 && numValue > month && numValue <= 12
                                    && (m3 >= end || buf[m3] != '.' && buf[m3] != '/')) {
                                pMonth = numValue;
                                return at(m3, end, "月") ? m3 + 1 : m3;
                            }
                        }
                        return e2;
                    }
                }
            }
            // 2021-2025年, 2021至2025年
            if (k + 1 < end && isRangeSep(buf[k]) && yearOfRaw(v, digits, cn) != NONE) {
                int e2 = num(k + 1, end);
                if (e2 > 0 && at(e2, end, "年") && yearOf() != NONE) {
                    pYear = yearOf();
                    pYearExplicit = true;
                    hasYear = true;
                    j = e2 + 1;
                }
            }
            if (!hasYear && at(k, end, "年")) {
                numValue = v;
                numDigits = digits;
                numChinese = cn;
                int y = yearOf();
                boolean period = at(k + 1, end, "内") || at(k + 1, end, "以内") || at(k + 1, end, "时间");
                if (y != NONE && (!period || digits == 4)) {
                    pYear = y;
                    pYearExplicit = true;
                    hasYear = true;
                    j = k + 1;
                }
            }
        }
        if (hasYear) {
            if (at(j, end, "度")) {
                j++;
            }
            if (at(j, end, "全年")) {
                pWholeYear = true;
                return j + 2;
            }
            k = yearPart(j, end, true);
            if (k > 0) {
                return k;
            }
        } else {
            k = yearPart(j, end, false);
            if (k > 0) {
                return k;
            }
        }
        k = month(j, end);
        if (k > 0) {
            return k;
        }
        if (hasYear) {
            return j;
        }
        // M.D and M/D: 9.30前
        if ((k = num(j, end)) > 0 && !numChinese && numDigits <= 2 && numValue >= 1 && numValue <= 12
                && k + 1 < end && (buf[k] == '.' || buf[k] == '/')) {
            int month = numValue;
            int d2 = num(k + 1, end);
            if (d2 > 0 && !numChinese && numDigits <= 2 && numValue >= 1
                    && numValue <= YearMonth.of(2024, month).lengthOfMonth()
                    && (d2 >= end || atAny(d2, end, KW11) > 0)) {
                pMonth = month;
                pDay = numValue;
                return at(d2, end, "日") || at(d2, end, "号") ? d2 + 1 : d2;
            }
        }
        // 11、12月, 三、四季度, 第一、三季度: a bare number in a list takes the unit written last
        if ((k = listed(j, end)) > 0) {
            return k;
        }
        // 20221231
        if ((k = num(j, end)) > 0 && !numChinese && numDigits == 8) {
            int y = numValue / 10000;
            int m = numValue / 100 % 100;
            int d = numValue % 100;
            if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth()) {
                pYear = y;
                pYearExplicit = true;
                pMonth = m;
                pDay = d;
                return k;
            }
        }
        // a day alone: 15日 (not 15日内, which is a period)
        if ((k = num(j, end)) > 0 && numValue >= 1 && numValue <= 31
                && (at(k, end, "日") || at(k, end, "号")) && !at(k + 1, end, "内") && !at(k + 1, end, "以内")) {
            pDay = numValue;
            return k + 1;
        }
        return -1;
    }

    /** A number before 、 whose list ends in 月 or 季度 (上、下半年 too); returns its end or -1. */
    private int listed(int j, int end) {
        if (at(j, end, "上、下半年")) {
            pMonth = 6;
            pDay = LAST;
            pQuarterOrHalf = true;
            return j + 1;
        }
        int s = at(j, end, "第") ? j + 1 : j;
        int k = num(s, end);
        if (k < 0 || k >= end || buf[k] != '、') {
            return -1;
        }
        int v = numValue;
        int e = k;
        while (e < end && buf[e] == '、') {
            int f = num(e + 1, end);
            if (f < 0) {
                return -1;
            }
            e = f;
        }
        if (at(e, end, "月") && v >= 1 && v <= 12) {
            pMonth = v;
            pDay = LAST;
            return k;
        }
        if ((at(e, end, "季") || at(e, end, "季度")) && v >= 1 && v <= 4) {
            pMonth = v * 3;
            pDay = LAST;
            pQuarterOrHalf = true;
            return k;
        }
        return -1;
    }

    /**
     * 本月, 当月, 下个月, 本季度, 下季度: months and quarters counted from the issue date. Returns the
     * end, -1 when such a word has no issue date to count from, 0 when there is no such word.
     */
    private int issueRelative(int j, int end) {
        if (!issueWordsAllowed || j >= end || buf[j] != '本' && buf[j] != '当' && buf[j] != '下') {
            return 0;
        }
        int k;
        int months;
        boolean quarter;
        if ((k = atAny(j, end, THIS_MONTH)) > 0) {
            months = 0;
            quarter = false;
        } else if ((k = atAny(j, end, NEXT_MONTH)) > 0) {
            months = 1;
            quarter = false;
        } else if ((k = atAny(j, end, THIS_QUARTER)) > 0) {
            months = 0;
            quarter = true;
        } else if ((k = atAny(j, end, NEXT_QUARTER)) > 0) {
            months = 3;
            quarter = true;
        } else {
            return 0;
        }
        if (ctx.issuedOn().isEmpty()) {
            return -1;
        }
        LocalDate ref = ctx.issuedOn().get().plusMonths(months);
        pYear = ref.getYear();
        if (quarter) {
            pMonth = (ref.getMonthValue() + 2) / 3 * 3;
            pDay = LAST;
            pQuarterOrHalf = true;
            int e = atAny(k, end, KW7);
            return e > 0 ? e : k;
        }
        pMonth = ref.getMonthValue();
        int e = monthTail(k, pMonth, end);
        return e > 0 ? e : k;
    }

    private int yearOfRaw(int v, int digits, boolean cn) {
        numValue = v;
        numDigits = digits;
        numChinese = cn;
        numPositional = false;
        return yearOf();
    }

    /** [month] 月 [份] [底|末|旬|day 日]; also 1-6月. Returns end or -1. */
    private int month(int j, int end) {
        if (at(j, end, "元月")) {
            return monthTail(j + 2, 1, end);
        }
        int k = num(j, end);
        if (k < 0) {
            return -1;
        }
        int m = numValue;
        // 1-6月, 3至6月
        if (k + 1 < end && isRangeSep(buf[k]) && !at(k, end, "月")) {
            int e2 = num(k + 1, end);
            if (e2 > 0 && at(e2, end, "月") && numValue >= m) {
                k = e2;
                m = numValue;
            }
        }
        if (m < 1 || m > 12 || !at(k, end, "月")) {
            return -1;
        }
        return monthTail(k + 1, m, end);
    }

    /** After 月: [份] [底|末|旬|中|day 日]; sets the month and day, returns the end or -1. */
    private int monthTail(int e, int m, int end) {
        if (at(e, end, "份")) {
            e++;
        }
        pMonth = m;
        int e2;
        if ((e2 = atAny(e, end, KW12)) > 0) {
            pDay = LAST;
            return e2;
        }
        if ((e2 = atAny(e, end, KW13)) > 0) {
            pDay = 10;
            return e2;
        }
        if ((e2 = atAny(e, end, KW14)) > 0) {
            pDay = 20;
            return e2;
        }
        if (at(e, end, "中") && midYearOk(e + 1, end)) {
            pDay = 15;
            return e + 1;
        }
        int d = num(e, end);
        boolean unit = d > 0 && (at(d, end, "日") || at(d, end, "号"));
        // 二月十五, 9月15前: a day with no 日 where the phrase or a 前 follows
        if (d > 0 && (unit || d >= end || atAny(d, end, DAY_FOLLOW) > 0) && numValue >= 1 && numValue <= 31) {
            int year = pYear != NONE ? pYear : 2024;
            if (numValue > YearMonth.of(year, m).lengthOfMonth()) {
                return -1;
            }
            pDay = numValue;
            return unit ? d + 1 : d;
        }
        return e;
    }

    // ---------------------------------------------------------------- clauses

    /** One clause: scanned once, then built into a deadline. */
    private final class Clause {
        final int start;
        final int end;
        DeadlineKind kind;

        // points found
        final List<LocalDate> dates = new ArrayList<>(3);
        boolean provisional;
        boolean ongoing;
        boolean vague;
        boolean allStarts = true;
        boolean allSpans = true;
        int startYear = NONE;
        LocalDate spanEnd;
        int wholeYear = NONE;
        int lastMonth;
        int lastItemEnd;
        int lastPointEnd = -1;
        boolean lastPointYearOnly;
        boolean sepSinceLastPoint;
        boolean rangePending;

        // recurring: 每年3月10日、9月20日 needs two rules
        String rrule;
        List<String> moreRules;

        // relative
        Anchor anchor;
        String event;
        Offset offset;
        LocalDate relativeDue;

        int actionFrom = -1;

        Clause(int start, int end) {
            this.start = start;
            this.end = end;
            this.lastItemEnd = start;
        }

        String text() {
            int s = start;
            int e = end;
            return original.substring(origIndex[s], origIndex[e - 1] + 1).trim();
        }

        void scan() {
            int i = start;
            while (i < end) {
                char c = buf[i];
                int k;
                if (!START[c] || i > start && inNumber(buf[i - 1], c)) {
                    if (c == '、') {
                        sepSinceLastPoint = true;
                    } else if (isRangeSep(c) && rightAfterPoint(i)) {
                        rangePending = true;
                    }
                    i++;
                    continue;
                }
                if (rrule == null && (k = recurring(i)) > 0) {
                    i = item(k);
                    continue;
                }
                if (offset == null && (k = relative(i)) > 0) {
                    i = item(k);
                    continue;
                }
                if ((k = festival(i)) > 0) {
                    i = item(k);
                    continue;
                }
                if ((c >= '0' && c <= '9') || cnDigit(c) >= 0 || c == '十' || c == '年' || c == '上' || c == '下'
                        || c == '第' || c == 'Q' || c == '今' || c == '本' || c == '当' || c == '次' || c == '明'
                        || c == '来' || c == '翌' || c == '去' || c == '元') {
                    issueWordsAllowed = rrule == null;
                    k = point(i, end);
                    if (k > 0) {
                        i = addPoint(i, k);
                        continue;
                    }
                }
                if ((k = atAny(i, end, KW15)) > 0 && !at(k, end, "机制")) {
                    if (buf[i] == '不') {
                        vague = true;
                    } else {
                        ongoing = true;
                    }
                    i = word(k);
                    continue;
                }
                if ((k = atAny(i, end, KW16)) > 0 && offset == null && (k = sync(i)) > 0) {
                    i = item(k);
                    continue;
                }
                if ((k = atAny(i, end, KW17)) > 0) {
                    vague = true;
                    i = word(k);
                    continue;
                }
                if (c == '、' || c == '和' || c == '及' || c == '与') {
                    sepSinceLastPoint = true;
                } else if (isRangeSep(c) && rightAfterPoint(i)) {
                    rangePending = true;
                }
                i++;
            }
            classify();
        }

        /** True when only 起 / 开始 stand between the last point and i: 自1月起至6月止. */
        boolean rightAfterPoint(int i) {
            if (lastPointEnd < 0 || lastPointEnd > i) {
                return false;
            }
            for (int k = lastPointEnd; k < i; k++) {
                if (buf[k] != '起' && buf[k] != '开' && buf[k] != '始') {
                    return false;
                }
            }
            return true;
        }

        int item(int k) {
            lastItemEnd = k;
            actionFrom = k;
            return k;
        }

        /**
         * An ongoing or vague word: the action follows it only when no date, rule or offset came
         * first (12月20日前报送全年总结 reports a 全年总结).
         */
        int word(int k) {
            lastItemEnd = k;
            if (dates.isEmpty() && rrule == null && offset == null) {
                actionFrom = k;
            }
            return k;
        }

        int addPoint(int from, int k) {
            boolean yearOnly = pMonth == 0 && pDay == 0 && !pWholeYear;
            boolean dayOnly = pYear == NONE && pMonth == 0 && pDay > 0;
            if (dayOnly) {
                if (lastMonth == 0) {
                    return k;
                }
                pMonth = lastMonth;
            }
            if (pYearExplicit || pYear != NONE) {
                lastYear = pYear;
            }
            int year = pYear != NONE ? pYear : (lastYear != NONE ? lastYear : ctx.year());
            if (pWholeYear) {
                wholeYear = year;
                ongoing = true;
                lastPointEnd = k;
                return item(k);
            }
            boolean replacePrevious = lastPointEnd >= 0
                    && (rangePending || (lastPointYearOnly && !sepSinceLastPoint));
            LocalDate replaced = null;
            if (replacePrevious && !dates.isEmpty()) {
                replaced = dates.remove(dates.size() - 1);
            }
            int month = yearOnly ? 12 : pMonth;
            LocalDate date = dayIn(year, month, yearOnly);
            if (replaced != null && rangePending && pYear == NONE && date.isBefore(replaced)) {
                // 12月至次年1月 written 十二月至一月: a range does not run backwards
                year = replaced.getYear() + 1;
                lastYear = year;
                date = dayIn(year, month, yearOnly);
            }
            dates.add(date);
            lastMonth = month;
            // start points: 2022年起, 9月以后
            boolean start = atAny(k, end, KW18) > 0 && !at(k, end, "起至");
            allStarts &= start;
            // spans: a year, a half, a quarter or a range, not closed by 底 / 末 / 前
            char last = buf[k - 1];
            boolean closed = last == '底' || last == '末' || last == '尾' || atAny(k, end, KW55) > 0;
            boolean untilMark = from > this.start && (buf[from - 1] == '至' || buf[from - 1] == '到');
            boolean span = start || untilMark
                    || !closed && (yearOnly || pQuarterOrHalf || replaced != null && rangePending);
            allSpans &= span;
            if (start) {
                startYear = Math.max(startYear, year);
            } else if (spanEnd == null || date.isAfter(spanEnd)) {
                spanEnd = date;
            }
            lastPointEnd = k;
            lastPointYearOnly = yearOnly;
            sepSinceLastPoint = false;
            rangePending = false;
            int e = start ? atAny(k, end, KW18) : k;
            return item(e);
        }

        // ---- recurring

        int recurring(int i) {
            if (!Words.mayStart(RECURRING_FIRSTS, buf[i])) {
                return -1;
            }
            int k;
            if ((k = atAny(i, end, FOUR_TIMES_A_YEAR)) > 0) {
                rrule = Recurrence.yearly(new int[] {3, 6, 9, 12}, -1);
                return k;
            }
            if ((k = atAny(i, end, KW19)) > 0) {
                rrule = Recurrence.yearly(new int[] {6, 12}, -1);
                return k;
            }
            if ((k = atAny(i, end, KW20)) > 0) {
                if (at(k, end, "的")) {
                    k++;
                }
                int p = point(k, end);
                if (p > 0 && pMonth > 0 && pYear == NONE) {
                    // 每年1月、7月: more months, each with its day
                    int[] listMonths = new int[12];
                    int[] listDays = new int[12];
                    int count = 0;
                    boolean sameDay = true;
                    while (true) {
                        listMonths[count] = pMonth;
                        listDays[count] = pDay == 0 || pDay == LAST ? -1 : pDay;
                        sameDay &= listDays[count] == listDays[0];
                        count++;
                        if (count == 12 || p + 1 >= end
                                || buf[p] != '、' && buf[p] != '和' && buf[p] != '及' && buf[p] != '与') {
                            break;
                        }
                        int q = point(p + 1, end);
                        if (q < 0 || pMonth == 0 || pYear != NONE) {
                            break;
                        }
                        p = q;
                    }
                    yearlyRules(listMonths, listDays, count, sameDay);
                    return p;
                }
                if (at(k, end, "初")) {
                    rrule = Recurrence.yearly(new int[] {1}, -1);
                    return k + 1;
                }
                rrule = Recurrence.yearly(new int[] {12}, -1);
                return atAny(k, end, KW1) > 0 ? k + 1 : k;
            }
            k = atAny(i, end, KW21);
            if (k < 0 && QUARTER_ENDED.match(buf, i, end) > 0) {
                // 季度结束后10日内: the quarter's end, read as 每季度结束后
                k = at(i, end, "季度") ? i + 2 : i + 1;
            }
            if (k > 0) {
                int[] months = {3, 6, 9, 12};
                int day = -1;
                int e;
                if ((e = atAny(k, end, KW22)) > 0) {
                    k = e;
                }
                if ((e = atAny(k, end, KW23)) > 0) {
                    months = new int[] {1, 4, 7, 10};
                    k = e;
                    day = 10;
                    int d = num(k, end);
                    if (d > 0 && numValue >= 1 && numValue <= 31) {
                        int u = atAny(d, end, KW24);
                        if (u > 0) {
                            day = numValue;
                            k = u;
                        }
                    }
                } else if ((e = atAny(k, end, KW25)) > 0) {
                    k = e;
                    int d = num(k, end);
                    if (d > 0 && numValue >= 1 && numValue <= 31 && atAny(d, end, KW26) > 0) {
                        day = numValue;
                        k = d + 1;
                    }
                }
                rrule = Recurrence.yearly(months, day);
                return k;
            }
            if ((k = atAny(i, end, BIMONTHLY)) > 0) {
                rrule = Recurrence.yearly(new int[] {2, 4, 6, 8, 10, 12}, -1);
                return k;
            }
            if ((k = atAny(i, end, KW27)) > 0) {
                int[] months = buf[i] == '单' ? new int[] {1, 3, 5, 7, 9, 11} : new int[] {2, 4, 6, 8, 10, 12};
                int[] dayOut = {-1};
                k = monthDay(k, dayOut);
                rrule = Recurrence.yearly(months, dayOut[0]);
                return k;
            }
            k = atAny(i, end, KW28);
            if (k < 0 && nextMonth(i) >= 0) {
                k = i;
            }
            if (k >= 0) {
                int[] dayOut = {-1};
                if (at(k, end, "的")) {
                    k++;
                }
                int e = atAny(k, end, KW29);
                k = monthDay(e > 0 ? e : k, dayOut);
                rrule = Recurrence.monthly(dayOut[0]);
                return k;
            }
            if ((k = atAny(i, end, KW30)) > 0) {
                int wd = 7;
                int e = atAny(k, end, KW31);
                int d = num(e > 0 ? e : k, end);
                if (d > 0 && numDigits == 1 && numValue >= 1 && numValue <= 7) {
                    wd = numValue;
                    k = d;
                } else if ((d = atAny(e > 0 ? e : k, end, KW32)) > 0) {
                    k = d;
                }
                rrule = Recurrence.weekly(wd);
                return k;
            }
            if ((k = atAny(i, end, KW33)) > 0) {
                rrule = "FREQ=DAILY";
                return k;
            }
            return -1;
        }

        /**
         * The rules of a yearly list: one when the days agree (month ends agree: 6月30日、12月31日),
         * else one per day, the first in {@code rrule}, the others in {@code moreRules}.
         */
        void yearlyRules(int[] listMonths, int[] listDays, int count, boolean sameDay) {
            if (!sameDay) {
                for (int i = 0; i < count; i++) {
                    if (monthEnd(listMonths[i], listDays[i])) {
                        listDays[i] = -1;
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                if (listDays[i] == NONE) {
                    continue;
                }
                int months = 1 << listMonths[i];
                for (int j = i + 1; j < count; j++) {
                    if (listDays[j] == listDays[i]) {
                        months |= 1 << listMonths[j];
                        listDays[j] = NONE;
                    }
                }
                String rule = Recurrence.yearly(Recurrence.months(months), listDays[i]);
                if (rrule == null) {
                    rrule = rule;
                } else {
                    if (moreRules == null) {
                        moreRules = new ArrayList<>(2);
                    }
                    moreRules.add(rule);
                }
            }
        }

        /** True when a day is the month's last in every year: -1, or 30 June, 31 December. */
        boolean monthEnd(int month, int day) {
            return day == -1 || month != 2 && day == YearMonth.of(2001, month).lengthOfMonth();
        }

        /** 次月10日前 alone is monthly. */
        int nextMonth(int i) {
            int k = atAny(i, end, KW29);
            if (k < 0) {
                return -1;
            }
            int d = num(k, end);
            return d > 0 && atAny(d, end, KW26) > 0 ? i : -1;
        }

        /** Day of the month after a monthly marker: 10日, 底, 上旬…; default the last day. */
        int monthDay(int k, int[] out) {
            int e;
            if ((e = atAny(k, end, KW34)) > 0) {
                out[0] = -1;
                return e;
            }
            if ((e = atAny(k, end, KW13)) > 0) {
                out[0] = 10;
                return e;
            }
            if ((e = atAny(k, end, KW14)) > 0) {
                out[0] = 20;
                return e;
            }
            if ((e = atAny(k, end, KW35)) > 0) {
                int d = num(e, end);
                if (d > 0 && numValue >= 1 && numValue <= 31 && atAny(d, end, KW32) > 0) {
                    out[0] = numValue;
                    return d + 1;
                }
            }
            int d = num(k, end);
            if (d > 0 && numValue >= 1 && numValue <= 31 && atAny(d, end, KW26) > 0) {
                out[0] = numValue;
                return d + 1;
            }
            return k;
        }

        // ---- relative

        int relative(int i) {
            int k = num(i, end);
            boolean half = false;
            if (k < 0) {
                if (at(i, end, "半")) {
                    half = true;
                    k = i + 1;
                } else {
                    return -1;
                }
            }
            int amount = half ? 0 : numValue;
            if (!half && (numDigits > 4 || amount > 10000)) {
                return -1;
            }
            int j = k;
            boolean ge = at(j, end, "个");
            if (ge) {
                j++;
            }
            PeriodUnit unit;
            int e;
            if ((e = atAny(j, end, KW36)) > 0) {
                unit = PeriodUnit.WORKDAYS;
            } else if ((e = atAny(j, end, KW37)) > 0 && !half) {
                unit = PeriodUnit.DAYS;
            } else if ((e = atAny(j, end, KW38)) > 0 && (ge || half)) {
                unit = PeriodUnit.MONTHS;
                if (half) {
                    unit = PeriodUnit.DAYS;
                    amount = 15;
                }
            } else if ((e = atAny(j, end, KW31)) > 0 && !half) {
                unit = PeriodUnit.DAYS;
                amount *= 7;
            } else if ((e = atAny(j, end, HOURS)) > 0 && !half) {
                // 24小时内, 2小时内: whole days, rounded up
                unit = PeriodUnit.DAYS;
                amount = (amount + 23) / 24;
            } else if ((e = atAny(j, end, KW39)) > 0 && (ge || half || numPositional || numDigits == 1)) {
                unit = PeriodUnit.MONTHS;
                amount = half ? 6 : amount * 12;
            } else {
                return -1;
            }
            int after = atAny(e, end, KW40);
            int markerStart = markerBefore(i);
            // 5个工作日, 1个月: an offset that is the whole clause counts from the issue too
            boolean alone = i == start && e == end && ge;
            if (after < 0 && markerStart < 0 && !alone) {
                return -1;
            }
            if (after < 0) {
                after = e;
            }
            offset = Offset.of(amount, unit);
            if (markerStart >= 0) {
                int from = Math.max(lastItemEnd, start);
                String ev = eventText(from, markerStart);
                if (ev.isEmpty() || isIssue(ev)) {
                    anchor = Anchor.ISSUED;
                } else {
                    anchor = Anchor.EVENT;
                    event = ev;
                }
            } else {
                anchor = Anchor.ISSUED;
            }
            return after;
        }

        /** Where a 后 / 之日起 marker ending at i starts, or -1. */
        int markerBefore(int i) {
            return MARKERS.matchEndingAt(buf, start, i);
        }

        String eventText(int from, int to) {
            int s = from;
            // list numbering: 1. 2、 (3)
            while (s < to && (buf[s] >= '0' && buf[s] <= '9' || buf[s] == '.' || buf[s] == '、' || buf[s] == '('
                    || buf[s] == ')')) {
                s++;
            }
            boolean moved = true;
            while (moved && s < to) {
                moved = false;
                int e = atAny(s, to, KW41);
                if (e > 0) {
                    s = e;
                    moved = true;
                }
            }
            int t = to;
            if (t - s >= 2 && at(t - 2, to, "之日")) {
                t -= 2;
            }
            return s >= t ? "" : new String(buf, s, t - s);
        }

        boolean isIssue(String ev) {
            boolean verb = ev.endsWith("印发") || ev.endsWith("下发") || ev.endsWith("发布") || ev.endsWith("出台")
                    || ev.endsWith("公布") || ev.endsWith("实施") || ev.endsWith("施行") || ev.endsWith("发文");
            if (!verb) {
                return false;
            }
            return ev.length() <= 2 || ev.startsWith("本") || ev.contains("要点") || ev.contains("方案")
                    || ev.contains("本通知") || ev.contains("本意见") || ev.contains("本计划") || ev.contains("台账");
        }

        int sync(int i) {
            int k = atAny(i, end, KW16);
            for (int j = k; j < end - 1; j++) {
                if (at(j, end, "同步") || at(j, end, "同时")) {
                    if (j == k) {
                        return -1;
                    }
                    String ev = new String(buf, k, j - k);
                    offset = Offset.of(0, PeriodUnit.DAYS);
                    if (isIssue(ev)) {
                        anchor = Anchor.ISSUED;
                    } else {
                        anchor = Anchor.EVENT;
                        event = ev;
                    }
                    return j + 2;
                }
                if (buf[j] == ',' || buf[j] == ';') {
                    break;
                }
            }
            return -1;
        }

        // ---- festivals

        int festival(int i) {
            if (!Words.mayStart(FESTIVAL_FIRSTS, buf[i])) {
                return -1;
            }
            Festival f = null;
            int k;
            if ((k = atAny(i, end, KW42)) > 0) {
                f = Festival.NEW_YEAR;
            } else if ((k = atAny(i, end, KW43)) > 0) {
                f = Festival.NEW_YEARS_EVE;
            } else if ((k = atAny(i, end, KW44)) > 0) {
                f = Festival.SPRING_FESTIVAL;
            } else if ((k = atAny(i, end, KW45)) > 0) {
                f = Festival.LANTERN;
            } else if ((k = atAny(i, end, KW46)) > 0) {
                f = Festival.QINGMING;
            } else if ((k = atAny(i, end, KW47)) > 0) {
                f = Festival.LABOUR_DAY;
            } else if ((k = atAny(i, end, KW48)) > 0) {
                f = Festival.DRAGON_BOAT;
            } else if ((k = atAny(i, end, KW49)) > 0) {
                f = Festival.QIXI;
            } else if ((k = atAny(i, end, KW50)) > 0) {
                f = Festival.MID_AUTUMN;
            } else if ((k = atAny(i, end, KW51)) > 0) {
                f = Festival.DOUBLE_NINTH;
            } else if ((k = atAny(i, end, KW52)) > 0) {
                f = Festival.NATIONAL_DAY;
            } else if ((k = atAny(i, end, KW53)) > 0
                    && atAny(k, end, KW54) > 0) {
                f = buf[i] == '五' ? Festival.LABOUR_DAY : Festival.NATIONAL_DAY;
                if (at(k, end, "节")) {
                    k++;
                }
            }
            if (f == null) {
                return -1;
            }
            if (at(k, end, "节")) {
                k++;
            }
            int year = NONE;
            if (lastPointEnd >= 0 && lastPointYearOnly && !sepSinceLastPoint && !dates.isEmpty()) {
                year = dates.remove(dates.size() - 1).getYear();
            }
            int e;
            int mode; // 0 day, 1 before, 2 holiday period
            if ((e = atAny(k, end, KW55)) > 0) {
                mode = 1;
            } else if ((e = atAny(k, end, KW56)) > 0) {
                mode = 2;
            } else {
                e = k;
                mode = 0;
            }
            dates.add(festivalDate(f, year, mode));
            allStarts = false;
            allSpans = false;
            lastPointEnd = e;
            lastPointYearOnly = false;
            sepSinceLastPoint = false;
            return e;
        }

        LocalDate festivalDate(Festival f, int explicitYear, int mode) {
            WorkdayCalendar cal = ctx.calendar();
            LocalDate ref = ctx.issuedOn().orElse(LocalDate.of(ctx.year(), 1, 1));
            if (mode == 0 || !f.isPublicHoliday()) {
                int y = explicitYear != NONE ? explicitYear : ctx.year();
                LocalDate day = f.dayIn(y).orElse(null);
                if (explicitYear == NONE && day != null && !day.isAfter(ref)) {
                    y++;
                    day = f.dayIn(y).orElse(null);
                }
                if (day == null) {
                    provisional = true;
                    day = LocalDate.of(y, 12, 31);
                }
                return mode == 1 ? day.minusDays(1) : day;
            }
            int y = explicitYear;
            if (y == NONE) {
                y = ctx.year();
                if (!period(cal, f, y).isAfter(ref)) {
                    y++;
                }
            }
            Optional<HolidayPeriod> p = cal.holidayPeriod(f, y);
            if (p.isEmpty()) {
                provisional = true;
            }
            if (mode == 1) {
                return period(cal, f, y).minusDays(1);
            }
            int year = y;
            return p.map(HolidayPeriod::last).orElseGet(() -> f.dayIn(year).orElse(LocalDate.of(year, 12, 31)));
        }

        /** First day off of a festival's period, or its best guess when the year has no data. */
        LocalDate period(WorkdayCalendar cal, Festival f, int y) {
            Optional<HolidayPeriod> p = cal.holidayPeriod(f, y);
            if (p.isPresent()) {
                return p.get().first();
            }
            Festival guess = f == Festival.SPRING_FESTIVAL ? Festival.NEW_YEARS_EVE : f;
            return guess.dayIn(y).orElse(LocalDate.of(y, 1, 1));
        }

        // ---- result

        void classify() {
            if (rrule != null) {
                kind = DeadlineKind.RECURRING;
            } else if (offset != null) {
                kind = DeadlineKind.RELATIVE;
                computeRelative();
            } else if (!dates.isEmpty()) {
                if (allStarts || ongoing && allSpans) {
                    kind = DeadlineKind.ONGOING;
                } else if (dates.size() == 1) {
                    kind = DeadlineKind.ABSOLUTE;
                } else {
                    kind = new TreeSet<>(dates).size() == 1 ? DeadlineKind.ABSOLUTE : DeadlineKind.MULTIPLE;
                }
            } else if (ongoing) {
                kind = DeadlineKind.ONGOING;
            } else if (vague) {
                kind = DeadlineKind.VAGUE;
            }
        }

        void computeRelative() {
            if (anchor != Anchor.ISSUED || ctx.issuedOn().isEmpty()) {
                return;
            }
            LocalDate from = ctx.issuedOn().get();
            WorkdayCalendar cal = ctx.calendar();
            LocalDate due;
            switch (offset.unit()) {
                case WORKDAYS:
                    due = cal.plusWorkdays(from, offset.amount());
                    break;
                case MONTHS:
                    due = from.plusMonths(offset.amount());
                    break;
                default:
                    due = from.plusDays(offset.amount());
                    if (offset.amount() > 0) {
                        due = cal.onOrNextWorkday(due);
                    }
                    break;
            }
            if (offset.unit() != PeriodUnit.MONTHS && offset.amount() > 0) {
                for (int y = from.getYear(); y <= due.getYear(); y++) {
                    provisional |= !cal.hasDataFor(y);
                }
            }
            relativeDue = due;
        }

        /** The text after the clause's last time expression, or null. */
        String action() {
            int s = actionFrom;
            if (s < 0) {
                return null;
            }
            boolean moved = true;
            while (moved && s < end) {
                moved = false;
                int e = atAny(s, end, KW57);
                if (e > 0) {
                    s = e;
                    moved = true;
                }
            }
            if (s >= end) {
                return null;
            }
            return new String(buf, s, end - s);
        }

        Deadline build(String text) {
            if (moreRules != null && kind == DeadlineKind.RECURRING) {
                return buildRules(text);
            }
            Deadline.Builder b = Deadline.builder().text(text).kind(kind);
            switch (kind) {
                case RECURRING:
                    b.rrule(rrule);
                    b.addAllDue(Recurrence.expand(rrule, ctx.year()));
                    break;
                case RELATIVE:
                    b.anchor(anchor).offset(offset);
                    if (event != null) {
                        b.event(event);
                    }
                    if (relativeDue != null) {
                        b.addDue(relativeDue);
                    }
                    break;
                case ONGOING:
                    b.until(ongoingUntil());
                    break;
                case ABSOLUTE:
                case MULTIPLE:
                    b.addAllDue(dates);
                    break;
                default:
                    break;
            }
            String action = action();
            if (action != null) {
                b.action(action);
            }
            return b.provisional(provisional).build();
        }

        /** A clause with several yearly rules: a composite of one recurring part per rule. */
        Deadline buildRules(String text) {
            String action = action();
            Deadline.Builder b = Deadline.builder().text(text).kind(DeadlineKind.COMPOSITE);
            for (int i = -1; i < moreRules.size(); i++) {
                String rule = i < 0 ? rrule : moreRules.get(i);
                List<LocalDate> due = Recurrence.expand(rule, ctx.year());
                Deadline.Builder part = Deadline.builder().text(text).kind(DeadlineKind.RECURRING).rrule(rule)
                        .addAllDue(due);
                if (action != null) {
                    part.action(action);
                }
                b.addPart(part.build()).addAllDue(due);
            }
            return b.build();
        }

        LocalDate dayIn(int year, int month, boolean yearOnly) {
            int maxDay = YearMonth.of(year, month).lengthOfMonth();
            int day = yearOnly || pDay == 0 || pDay == LAST ? maxDay : Math.min(pDay, maxDay);
            return LocalDate.of(year, month, day);
        }

        /** The last day an ongoing clause runs: its last span, or the end of the year its starts reach. */
        LocalDate ongoingUntil() {
            if (wholeYear != NONE) {
                return LocalDate.of(wholeYear, 12, 31);
            }
            LocalDate until = spanEnd;
            if (startYear != NONE || until == null) {
                LocalDate yearEnd = LocalDate.of(Math.max(ctx.year(), startYear), 12, 31);
                until = until == null || yearEnd.isAfter(until) ? yearEnd : until;
            }
            return until;
        }
    }
}
