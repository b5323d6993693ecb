package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class HeadingTest {
    @Test
    void takes_the_first_sentence_as_heading_and_the_rest_as_body() {
        Heading h = Heading.ofHeadingLine("持续做好规范性文件集中公开。依托政府网站集中公开。");
        assertThat(h.name).isEqualTo("持续做好规范性文件集中公开");
        assertThat(h.body).isEqualTo("依托政府网站集中公开。");
        Heading colon = Heading.ofHeadingLine("做好舆情回应：新闻办要每季度组织发布会。");
        assertThat(colon.name).isEqualTo("做好舆情回应");
        assertThat(colon.body).isEqualTo("新闻办要每季度组织发布会。");
    }

    @Test
    void reads_a_short_line_as_heading_and_a_sentence_of_work_as_body() {
        assertThat(Heading.ofHeadingLine("规范发布政策措施，提升政务服务效能").name).isEqualTo("规范发布政策措施，提升政务服务效能");
        assertThat(Heading.ofHeadingLine("加强组织领导。").name).isEqualTo("加强组织领导");
        Heading sentence = Heading.ofHeadingLine("各乡镇要于3月底前完成专栏更新，及时公开惠民政策。");
        assertThat(sentence.name).isNull();
        assertThat(sentence.body).isEqualTo("各乡镇要于3月底前完成专栏更新，及时公开惠民政策。");
        String longClause = "依托政府网站建立各级各部门现行有效的行政规范性文件库，集中公开并动态更新现行有效行政规范性文件和目录";
        assertThat(Heading.ofHeadingLine(longClause).name).isNull();
    }

    @Test
    void names_items_only_when_a_heading_stands_out() {
        assertThat(Heading.ofItemLine("县政府办要每季度发布解读材料。", true).name).isNull();
        assertThat(Heading.ofItemLine("推进预算公开", true).name).isEqualTo("推进预算公开");
        assertThat(Heading.ofItemLine("图解为主", false).name).isNull();
        assertThat(Heading.ofItemLine("完善考核办法：纳入绩效考核。", false).name).isEqualTo("完善考核办法");
        assertThat(Heading.ofItemLine("各部门要高度重视，加强领导。具体如下", false).name).isNull();
    }

    @Test
    void loses_no_text_when_splitting_a_line() {
        Gen<String> piece = SourceDSL.strings().betweenCodePoints(0x4E00, 0x4E10).ofLengthBetween(0, 50);
        Gen<String> stop = Generate.pick(java.util.List.of("。", "：", "，", "！", ""));
        Gen<String> line = piece.zip(stop, piece, (a, s, b) -> a + s + b);
        qt().forAll(line, SourceDSL.booleans().all()).checkAssert((text, item) -> {
            Heading h = item ? Heading.ofItemLine(text, true) : Heading.ofHeadingLine(text);
            if (h.name == null) {
                assertThat(h.body).isEqualTo(text);
            } else {
                assertThat(h.name.length()).isLessThanOrEqualTo(Heading.MAX);
                assertThat(text).startsWith(h.name).endsWith(h.body);
                assertThat(text.length() - h.name.length() - h.body.length()).isBetween(0, 1);
            }
        });
    }
}
