package org.taizhang.core.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.taizhang.core.Numbering;
import org.taizhang.core.testing.AlphabetTexts;

/** The outline number at the start of a heading, read by hand as the regular expressions read it. */
class OutlineNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、切实加强财政预决算公开|CN_COMMA|一|切实加强财政预决算公开",
        "十二、其他工作|CN_COMMA|十二|其他工作",
        "二十一．附则|CN_COMMA|二十一|附则",
        "三 , 强化保障|CN_COMMA|三|强化保障",
        "一.总体要求|CN_COMMA|一|总体要求",
        "（一）推进决策公开|CN_PAREN|一|推进决策公开",
        "(八)加强政策解读|CN_PAREN|八|加强政策解读",
        "（ 十 ）  深化政务公开|CN_PAREN|十|深化政务公开",
        "（一）|CN_PAREN|一|''",
        "（1）按季度报送|ARABIC_PAREN|1|按季度报送",
        "(12)其他|ARABIC_PAREN|12|其他",
        "（１２）全角数字|ARABIC_PAREN|１２|全角数字",
        "1.做好信息发布|ARABIC_DOT|1|做好信息发布",
        "3、加强培训|ARABIC_DOT|3|加强培训",
        "12 . 其他事项|ARABIC_DOT|12|其他事项",
        "２．全角|ARABIC_DOT|２|全角",
        "①主动公开|CIRCLED|①|主动公开",
        "⑳ 最后一项|CIRCLED|⑳|最后一项",
        "  一、前后有空格  |CN_COMMA|一|前后有空格",
    })
    void readsTheNumberAndTitle(String text, Numbering numbering, String number, String title) {
        OutlineNumber n = OutlineNumber.parse(text).orElseThrow();
        assertThat(n.numbering()).isEqualTo(numbering);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "切实加强财政预决算公开", "一是加强领导", "1.2 细则", "1234、编号太长", "（1234）编号太长", "2022年12月底前",
        "（一", "一", "12", "(a)其他", "一　、全角空格不算", "市政务服务局", "'  '",
    })
    void readsNoNumber(String text) {
        assertThat(OutlineNumber.parse(text)).isEmpty();
    }

    @Test
    void multiLineTitlesKeepTheirLines() {
        assertThat(OutlineNumber.parse("（二）加强\n政策解读").orElseThrow().title()).isEqualTo("加强\n政策解读");
    }

    // The regular expressions the numbers were read with before, one per style, tried in order.
    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final String DIGITS = "[0-9０-９]{1,3}";
    private static final List<Object[]> STYLES = List.of(
            new Object[] {Numbering.CN_COMMA, Pattern.compile("^(" + CN + ")\\s*[、，,．.]\\s*(.*)$", Pattern.DOTALL)},
            new Object[] {Numbering.CN_PAREN, Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*(.*)$", Pattern.DOTALL)},
            new Object[] {Numbering.ARABIC_PAREN,
                Pattern.compile("^[（(]\\s*(" + DIGITS + ")\\s*[）)]\\s*(.*)$", Pattern.DOTALL)},
            new Object[] {Numbering.ARABIC_DOT,
                Pattern.compile("^(" + DIGITS + ")\\s*(?:、|[.．](?![0-9０-９]))\\s*(.*)$", Pattern.DOTALL)},
            new Object[] {Numbering.CIRCLED, Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$", Pattern.DOTALL)});

    private static Optional<String> byRegex(String text) {
        String s = text.strip();
        for (Object[] style : STYLES) {
            Matcher m = ((Pattern) style[1]).matcher(s);
            if (m.matches()) {
                return Optional.of(style[0] + "|" + m.group(1) + "|" + m.group(2).strip());
            }
        }
        return Optional.empty();
    }

    private static final String ALPHABET = "一二十百零〇两三（()）、，,．.0１9２ \t\n　①⑳⑴标题a-";
    private static final Gen<String> TEXTS = AlphabetTexts.of(ALPHABET, 9);

    @Test
    void readsEveryTextAsTheRegularExpressionsDid() {
        qt().withExamples(20_000).forAll(TEXTS).checkAssert(text ->
                assertThat(OutlineNumber.parse(text).map(n -> n.numbering() + "|" + n.number() + "|" + n.title()))
                        .as("「%s」", text).isEqualTo(byRegex(text)));
    }
}
