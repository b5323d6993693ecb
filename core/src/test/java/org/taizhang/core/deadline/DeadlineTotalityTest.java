package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.DeadlineKind;

/** {@code Deadline.parse} is total: any mix of date words, numerals and punctuation gives a deadline. */
class DeadlineTotalityTest {
    /** The pieces phrases are made of, odd ones included: huge numbers, stray units, lone markers. */
    private static final String[] TOKENS = {
        "2022", "2023", "1899", "2201", "22", "0", "9", "13", "31", "32", "99", "99999999999", "２０２２", "９",
        "〇", "零", "一", "二", "三", "九", "十", "百", "两", "半", "年", "月", "日", "号", "號", "天", "周", "星期",
        "季度", "季", "度", "个", "工作日", "内", "以内", "后", "之日起", "起", "至", "到", "—", "-", "~", ".", "/", "、",
        "，", "；", "。", "（", "）", "：", "\n", " ", "　", "“", "底", "末", "尾", "头", "初", "中", "前", "之前", "止",
        "上旬", "中旬", "下旬", "上半年", "下半年", "年底", "年内", "年中", "第", "Q", "首月", "末月", "次年", "明年",
        "今年", "去年", "次月", "每", "每年", "每月", "每周", "每季度", "每半年", "按", "单月", "双月", "全年", "持续推进",
        "常态化", "长期", "适时", "及时", "同步", "与", "印发", "本方案", "批复", "春节", "国庆", "元旦", "中秋", "五一",
        "十一", "节", "期间", "完成", "报送", "各", "分别", "于", "在", "截至", "·", "农历", "正月", "腊月", "初",
        "廿", "护士节", "七一", "五四", "或", "或者", "以", "为周期", "一次", "最后一个", "不超过", "明天", "后天",
        "本周", "下下周", "周末", "每年中秋节", "前三季度", "后两个月", "0月", "13月", "2月30日"
    };

    private static final Gen<String> PHRASES = lists().of(integers().between(0, TOKENS.length - 1))
            .ofSizeBetween(0, 24)
            .map(DeadlineTotalityTest::join);

    private static String join(List<Integer> picks) {
        StringBuilder sb = new StringBuilder();
        for (int i : picks) {
            sb.append(TOKENS[i]);
        }
        return sb.toString();
    }

    @Test
    void parse_never_throws_and_always_keeps_the_text() {
        qt().withExamples(3000)
                .forAll(PHRASES, integers().between(1990, 2100), integers().between(0, 366))
                .checkAssert((text, year, issuedDay) -> {
                    DeadlineContext ctx = DeadlineContext.ofYear(year);
                    if (issuedDay > 0) {
                        ctx = ctx.withIssuedOn(LocalDate.ofYearDay(year, Math.min(issuedDay, 365)));
                    }
                    Deadline d = Deadline.parse(text, ctx);
                    assertThat(d.text()).isEqualTo(text);
                    assertThat(d.kind()).isNotNull();
                    if (d.kind() == DeadlineKind.COMPOSITE) {
                        assertThat(d.parts()).hasSizeGreaterThan(1);
                    }
                    assertThat(Deadline.parse(text, ctx)).isEqualTo(d);
                });
    }

    @Test
    void parse_never_throws_on_arbitrary_characters() {
        qt().withExamples(2000)
                .forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40))
                .checkAssert(codes -> {
                    StringBuilder sb = new StringBuilder();
                    for (int c : codes) {
                        sb.append((char) c);
                    }
                    String text = sb.toString();
                    assertThat(Deadline.parse(text, DeadlineContext.ofYear(2022)).text()).isEqualTo(text);
                });
    }
}
