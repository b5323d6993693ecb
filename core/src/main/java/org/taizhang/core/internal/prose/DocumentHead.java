package org.taizhang.core.internal.prose;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.table.TextLine;

/**
 * What the lines around the outline say about the document: the notice that issues it
 * ({@code X关于印发《Y》的通知}), its title line, the issuing body, the issue date (a line that is
 * only a date, as under a signature) and the web page's publication date.
 */
final class DocumentHead {
    private static final Pattern NOTICE = Pattern.compile("^(.*?)关于(?:印发|下发|转发|发布)?.*的通知$");
    private static final Pattern QUOTED = Pattern.compile("《([^》]{2,80})》");
    private static final String CN_DIGIT = "[〇零一二三四五六七八九十]";
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern CN_DATE = Pattern.compile(
            "^(" + CN_DIGIT + "{4})年(" + CN_DIGIT + "{1,2})月(" + CN_DIGIT + "{1,3})日$");
    private static final Pattern PUBLISHED = Pattern.compile(
            "发布日期\\s*[:：]\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:！!？?]");
    private static final Pattern ISSUER_END = Pattern.compile(
            "(办公室|人民政府|政府|委员会|领导小组|小组|局|厅|委|办|中心|部)$");
    private static final Pattern FIELD_GAP = Pattern.compile("\\u3000+|\\s{2,}");
    private static final Pattern TITLE_WORD = Pattern.compile("(要点|计划|方案|台账|清单|任务|安排|意见|分解)");

    String title;
    String issuer;
    LocalDate issuedOn;
    LocalDate publishedOn;
    String quotedTitle;
    /** The index of the title line among the lines looked at, or -1. */
    int titleIndex = -1;

    /**
     * Reads the lines before the outline.
     *
     * @param front the lines before the first part or point
     * @return what they say
     */
    static DocumentHead ofFront(List<TextLine> front) {
        DocumentHead head = new DocumentHead();
        for (int i = 0; i < front.size(); i++) {
            String t = front.get(i).text();
            Matcher m = NOTICE.matcher(t);
            if (m.matches() && head.quotedTitle == null) {
                Matcher q = QUOTED.matcher(t);
                if (q.find()) {
                    head.quotedTitle = q.group(1);
                }
                String issuer = m.group(1).strip();
                // the issuer on a line of its own above 关于印发…的通知
                if (issuer.isEmpty() && i > 0 && looksLikeIssuer(front.get(i - 1).text())) {
                    issuer = front.get(i - 1).text();
                }
                if (!issuer.isEmpty() && issuer.length() <= 40) {
                    head.issuer = issuer;
                }
                continue;
            }
            Matcher p = PUBLISHED.matcher(t);
            if (p.find() && head.publishedOn == null) {
                head.publishedOn = date(p.group(1), p.group(2), p.group(3));
                continue;
            }
            Optional<LocalDate> d = dateLine(t);
            if (d.isPresent() && head.issuedOn == null) {
                head.issuedOn = d.get();
            }
        }
        head.findTitle(front);
        return head;
    }

    /**
     * Takes from the closing lines (after the outline) what the opening lines did not give: the
     * date under the signature and the body signing above it.
     *
     * @param closing the trailing lines
     */
    void addClosing(List<TextLine> closing) {
        for (int i = 0; i < closing.size(); i++) {
            Optional<LocalDate> d = dateLine(closing.get(i).text());
            if (d.isPresent() && issuedOn == null) {
                issuedOn = d.get();
                if (issuer == null && i > 0 && looksLikeIssuer(closing.get(i - 1).text())) {
                    issuer = closing.get(i - 1).text();
                }
            }
        }
    }

    /**
     * Takes from the web page's furniture what the document itself did not say: the issue date
     * ({@code 成文日期：}), the publication date ({@code 发布时间：}, {@code 发布日期：}) and the issuer
     * ({@code 发文机关：}, else {@code 来源：} when it names a body).
     *
     * @param furniture the furniture lines, in order
     */
    void addFurniture(List<TextLine> furniture) {
        PageFields page = new PageFields();
        for (TextLine line : furniture) {
            // 来源：某县人民政府办公室　　发布时间：2023-03-08: several fields on one line
            for (String field : FIELD_GAP.split(line.text())) {
                page.add(field);
            }
        }
        if (issuedOn == null) {
            issuedOn = page.written;
        }
        if (publishedOn == null) {
            publishedOn = page.published;
        }
        if (issuer == null) {
            issuer = page.issuer != null ? page.issuer : page.source;
        }
    }

    /** The first value of each field of interest on a web page. */
    private static final class PageFields {
        LocalDate written;
        LocalDate published;
        String issuer;
        String source;

        void add(String field) {
            String label = PageFurniture.label(field);
            String value = PageFurniture.value(field);
            if ((label.equals("成文日期") || label.equals("发文日期")) && written == null) {
                written = PageFurniture.date(value).orElse(null);
            } else if (label.startsWith("发布") && !label.equals("发布机构") && published == null) {
                published = PageFurniture.date(value).orElse(null);
            } else if ((label.equals("发文机关") || label.equals("发布机构")) && issuer == null
                    && looksLikeIssuer(value)) {
                issuer = value;
            } else if (label.endsWith("来源") && source == null && looksLikeIssuer(value)) {
                source = value;
            }
        }
    }

    /** @return the plan year the title, else the issuing notice, names */
    Optional<Integer> titleYear() {
        for (String s : new String[] {title, quotedTitle}) {
            if (s != null) {
                Matcher m = YEAR.matcher(s);
                if (m.find()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param text a trimmed line
     * @return the date, when the line is nothing but a date ({@code 2022年6月30日},
     *     {@code 二〇二二年六月三十日})
     */
    static Optional<LocalDate> dateLine(String text) {
        if (text.length() > 2 && (text.charAt(0) == '（' || text.charAt(0) == '(')
                && (text.endsWith("）") || text.endsWith(")"))) {
            text = text.substring(1, text.length() - 1).strip(); // （2023年3月10日）
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            return Optional.ofNullable(date(m.group(1), m.group(2), m.group(3)));
        }
        m = CN_DATE.matcher(text);
        if (m.matches()) {
            return Optional.ofNullable(date(digits(m.group(1)), String.valueOf(cnNumber(m.group(2))),
                    String.valueOf(cnNumber(m.group(3)))));
        }
        return Optional.empty();
    }

    /**
     * @param text a trimmed line
     * @return true when the line is short and free of sentence punctuation, as titles and
     *     signatures are
     */
    static boolean isShortLine(String text) {
        return text.length() <= 60 && !SENTENCE_PUNCTUATION.matcher(text).find()
                && !text.startsWith("-");
    }

    /**
     * @param text a trimmed line
     * @return true when the line reads like the name of a body: short, ending in 办公室, 局…
     */
    static boolean looksLikeIssuer(String text) {
        return isShortLine(text) && text.length() <= 40 && ISSUER_END.matcher(text).find();
    }

    private void findTitle(List<TextLine> front) {
        if (quotedTitle != null) {
            for (int i = 0; i < front.size(); i++) {
                if (front.get(i).text().equals(quotedTitle)) {
                    titleIndex = i;
                    title = quotedTitle;
                    return;
                }
            }
        }
        int firstShort = -1;
        for (int i = 0; i < front.size(); i++) {
            String t = front.get(i).text();
            if (NOTICE.matcher(t).matches() || dateLine(t).isPresent() || !isShortLine(t)) {
                continue;
            }
            if (TITLE_WORD.matcher(t).find()) {
                titleIndex = i;
                title = t;
                return;
            }
            if (firstShort < 0) {
                firstShort = i;
            }
        }
        if (firstShort >= 0) {
            titleIndex = firstShort;
            title = front.get(firstShort).text();
        } else if (quotedTitle != null) {
            title = quotedTitle;
        }
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 2022年2月30日 is no date: the line stays text
        }
    }

    private static String digits(String cn) {
        StringBuilder sb = new StringBuilder();
        for (char c : cn.toCharArray()) {
            sb.append(c == '〇' || c == '零' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        }
        return sb.toString();
    }

    // 一 … 三十一, as written in dates
    private static int cnNumber(String cn) {
        int ten = cn.indexOf('十');
        if (ten < 0) {
            return Integer.parseInt(digits(cn));
        }
        int tens = ten == 0 ? 1 : Integer.parseInt(digits(cn.substring(0, ten)));
        int units = ten == cn.length() - 1 ? 0 : Integer.parseInt(digits(cn.substring(ten + 1)));
        return tens * 10 + units;
    }
}
