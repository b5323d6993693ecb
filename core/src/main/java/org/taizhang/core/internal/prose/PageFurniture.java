package org.taizhang.core.internal.prose;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a web page puts around a document it publishes: {@code 来源：}, {@code 发布时间：},
 * {@code 字号：大 中 小}, {@code 【打印】【关闭】}, {@code 责任编辑：}, the metadata table of a
 * government information page ({@code 索引号：}, {@code 发文机关：}, {@code 成文日期：}). They are
 * kept as notes of the plan, never read as tasks or titles.
 */
final class PageFurniture {
    private static final Pattern LABELLED = Pattern.compile(
            "^[-•·*\\s]*(来源|信息来源|文章来源|发布时间|发布日期|发布机构|发文时间|成文日期|发文日期|发文机关"
                    + "|发文字号|索引号|主题分类|公开方式|公开范围|作者|编辑|责任编辑|审核|浏览次数|阅读次数|点击数"
                    + "|访问量|字号|字体|当前位置|您当前的位置|您的位置|分享到|分享)\\s*[:：]");
    private static final Pattern BRACKETED = Pattern.compile("^(\\s*[【\\[][^】\\]]{1,12}[】\\]]\\s*)+$");
    private static final Pattern BARE = Pattern.compile(
            "^(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面"
                    + "|字号[:：]?\\s*大\\s*中\\s*小.*|.*[>›»]\\s*正文|首页\\s*[>›»].*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern VALUE = Pattern.compile("^[-•·*\\s]*([^:：]+?)\\s*[:：]\\s*(.*)$");

    private PageFurniture() {}

    /**
     * @param text a trimmed line
     * @return true when the line is web page furniture rather than text of the document
     */
    static boolean is(String text) {
        if (text.length() > 80) {
            return false;
        }
        return LABELLED.matcher(text).find() || BRACKETED.matcher(text).matches()
                || BARE.matcher(text).matches();
    }

    /**
     * @param text a furniture line
     * @return its label ({@code 发布时间}, {@code 来源}…), or empty when it has none
     */
    static String label(String text) {
        Matcher m = VALUE.matcher(text);
        return m.matches() ? m.group(1).strip() : "";
    }

    /**
     * @param text a furniture line
     * @return what follows its label, stripped
     */
    static String value(String text) {
        Matcher m = VALUE.matcher(text);
        return m.matches() ? m.group(2).strip() : "";
    }

    /**
     * @param text a line such as {@code 发布时间：2023-03-01 10:20} or {@code 成文日期：2023年03月01日}
     * @return the first date it names
     */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day: the line stays a note only
        }
    }
}
