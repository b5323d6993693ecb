package org.taizhang.core.internal.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines above a ledger's header say about the plan: its title, year, issuer and issue
 * date. Conservative: a line is only taken for the issuer or the date when it clearly is one.
 */
final class TitleBlock {
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "台账|任务分解|分解表|工作要点|要点|清单|计划|方案|任务表|一览表|责任表|任务");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9０-９一二三四五六七八九十]*[:：]?$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** The second row of a title is short: {@code 任务分解表}, {@code 重点任务清单}. */
    private static final int TAIL_LENGTH = 16;
    /** A title's first row ends in a character or a closing bracket, never in punctuation. */
    private static final Pattern HEAD_END = Pattern.compile("[\\p{IsHan}\\dA-Za-z）)》”]$");
    /** Names of a document that is not the table (a notice above the attachment). */
    private static final Pattern NOTICE_END = Pattern.compile("(通知|意见|决定|函|批复|报告)$");
    /** A second row made of characters only: no bracketed subtitle, field, sentence or number. */
    private static final Pattern TAIL = Pattern.compile("^(?![一二三四五六七八九十]+、)[\\p{IsHan}、及和与]+$");
    /** A heading of the notice (一、…, （一）…) never begins a title. */
    private static final Pattern OUTLINE_START = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
    private static final Pattern DATE = Pattern.compile(
            "^((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern ISSUER = Pattern.compile(
            "^[\\p{IsHan}（）()]{2,30}(办公室|办公厅|人民政府|领导小组|委员会|政府办)$");

    private final String title;
    private final Integer year;
    private final String issuer;
    private final LocalDate issuedOn;
    /** The rows a title written over two rows was joined from, as written; empty otherwise. */
    private final List<String> titleRows;

    private TitleBlock(String title, Integer year, String issuer, LocalDate issuedOn, List<String> titleRows) {
        this.titleRows = titleRows;
        this.title = title;
        this.year = year;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
    }

    /**
     * @param lines the lines above the header and the paragraphs outside tables, in order
     * @return what they say
     */
    static TitleBlock of(List<String> lines) {
        java.util.Map<String, List<String>> joined = new java.util.HashMap<>();
        lines = joinTitleRows(lines, joined);
        String title = null;
        int best = 0;
        int candidates = 0;
        String only = null;
        String issuer = null;
        LocalDate issuedOn = null;
        for (String raw : lines) {
            String line = Texts.label(raw);
            if (line.isEmpty() || ATTACHMENT.matcher(line).matches()) {
                continue;
            }
            Matcher date = DATE.matcher(line);
            if (date.matches()) {
                if (issuedOn == null) {
                    issuedOn = date(date);
                }
                continue;
            }
            if (ISSUER.matcher(line).matches() && !TITLE_WORDS.matcher(line).find()) {
                if (issuer == null) {
                    issuer = line;
                }
                continue;
            }
            candidates++;
            only = line;
            int score = titleScore(line);
            if (score > best) {
                best = score;
                title = line;
            }
        }
        if (title == null && candidates == 1) {
            // a single line standing above the header is its title, however it is worded
            title = only;
        }
        Integer year = null;
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
        }
        return new TitleBlock(title, year, issuer, issuedOn, title == null ? List.of() : joined.getOrDefault(title, List.of()));
    }

    /**
     * A title written over two rows ({@code 2023年某县政务公开工作要点} / {@code 任务分解表}, or two
     * merged rows) is one line: a line that does not end a sentence or a notice's name, followed by
     * a short line that names a kind of table and is no note, subtitle or field.
     */
    private static List<String> joinTitleRows(List<String> lines, java.util.Map<String, List<String>> joined) {
        List<String> out = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && continuesTitle(Texts.label(line), Texts.label(lines.get(i + 1)))) {
                String whole = Texts.label(line) + Texts.label(lines.get(i + 1));
                joined.put(whole, List.of(line.trim(), lines.get(i + 1).trim()));
                out.add(whole);
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean continuesTitle(String first, String second) {
        if (first.length() < 4 || second.length() < 2 || second.length() > TAIL_LENGTH
                || first.length() + second.length() > 80) {
            return false;
        }
        if (!HEAD_END.matcher(first).find() || ATTACHMENT.matcher(first).matches()
                || DATE.matcher(first).matches() || first.contains("：") || first.contains(":")
                || NOTICE_END.matcher(first).find() || OUTLINE_START.matcher(first).find()) {
            return false;
        }
        return TAIL.matcher(second).matches() && TITLE_WORDS.matcher(second).find()
                && !YEAR.matcher(second).find();
    }

    private static int titleScore(String line) {
        int n = line.length();
        if (n < 4 || n > 80 || line.endsWith("。") || line.contains("：") || line.contains(":")) {
            return 0;
        }
        int score = 1;
        if (TITLE_WORDS.matcher(line).find() && !NOTICE_END.matcher(line).find()) {
            score += 10; // a notice issuing the plan (…的通知) names it, but the table's own title comes first
        }
        if (YEAR.matcher(line).find()) {
            score += 2;
        }
        return score * 100 + Math.min(n, 60);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // not a real date: the line is not an issue date
        }
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return true when the line, as written, is the title or one of the rows it was joined from */
    boolean isTitleLine(String line) {
        String s = line.trim();
        return title != null && (s.equals(title) || titleRows.contains(s));
    }

    Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }
}
