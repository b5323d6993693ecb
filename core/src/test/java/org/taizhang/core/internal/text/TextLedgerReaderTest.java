package org.taizhang.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.TextLine;

class TextLedgerReaderTest {
    private static final Path ALXA = Path.of("../testdata/fixtures/alxa-left-banner-2022-points.txt");
    private final TextLedgerReader reader = new TextLedgerReader();

    private static ReadContext context() {
        return new ReadContext("test.txt", ReadOptions.defaults());
    }

    @Test
    void reads_the_alxa_work_points_into_five_parts_and_twenty_points() throws LedgerException {
        WorkPlan plan = reader.read(ALXA, new ReadContext("alxa.txt", ReadOptions.defaults()));

        assertThat(plan.title()).contains("阿拉善左旗2022年政务公开工作要点");
        assertThat(plan.issuer()).contains("阿拉善左旗政务公开领导小组办公室");
        assertThat(plan.year()).contains(2022);
        assertThat(plan.issuedOn()).contains(java.time.LocalDate.of(2022, 6, 30));
        assertThat(plan.notes()).as("the notice head and preamble are kept")
                .startsWith("阿拉善左旗政务公开领导小组办公室关于印发《阿拉善左旗2022年政务公开工作要点》的通知")
                .contains("2022年6月30日")
                .anySatisfy(n -> assertThat(n).startsWith("2022年全旗政务公开工作,要始终坚持"));
        assertThat(plan.sections()).extracting(Section::number).extracting(o -> o.orElse(""))
                .containsExactly("一", "二", "三", "四", "五");
        assertThat(plan.sections().get(0).title()).isEqualTo("规范发布政策措施,提升政务服务效能");
        assertThat(plan.taskCount()).isEqualTo(20);
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.sections()).extracting(s -> s.tasks().size()).containsExactly(3, 3, 4, 6, 4);
    }

    @Test
    void keeps_each_point_as_a_task_named_by_its_heading_with_its_paragraph_and_line() throws LedgerException {
        WorkPlan plan = reader.read(ALXA, new ReadContext("alxa.txt", ReadOptions.defaults()));

        Task first = plan.sections().get(0).tasks().get(0);
        assertThat(first.number()).contains("一");
        assertThat(first.name()).contains("继续做好规范性文件的集中公开");
        assertThat(first.content()).hasValueSatisfying(c -> assertThat(c)
                .startsWith("依托阿拉善左旗人民政府网站“政府信息公开”专栏").endsWith("要及时在《政府公报》上发布。"));
        assertThat(first.source()).hasValueSatisfying(s -> {
            assertThat(s.file()).contains("alxa.txt");
            assertThat(s.row()).contains(10);
            assertThat(s.cells()).containsEntry(Task.NAME, "line 10").containsEntry(Task.CONTENT, "line 11");
        });
        Task last = plan.sections().get(4).tasks().get(3);
        assertThat(last.number()).contains("二十");
        assertThat(last.name()).contains("强化工作落实");
    }

    @Test
    void finds_the_deadline_and_units_inside_the_prose() throws LedgerException {
        WorkPlan plan = reader.read(ALXA, new ReadContext("alxa.txt", ReadOptions.defaults()));

        Task last = plan.sections().get(4).tasks().get(3);
        assertThat(last.deadline()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("于本要点印发后10日内"));
        assertThat(last.responsibility()).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("旗直各部门、苏木镇(街道办)"));
        assertThat(last.source().orElseThrow().cells()).containsEntry(Task.DEADLINE, "line 53");

        Task grassroots = plan.sections().get(3).tasks().get(0);
        assertThat(grassroots.name()).contains("持续推进基层政务公开标准化规范化工作");
        assertThat(grassroots.deadline()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("年底前"));
        assertThat(grassroots.responsibility()).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("各苏木镇(街道办)"));

        Task policy = plan.sections().get(0).tasks().get(1);
        assertThat(policy.deadline()).isEmpty();
        assertThat(policy.responsibility()).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("旗直各部门、苏木镇(街道办)"));
    }

    @Test
    void numbers_lines_as_the_file_does_and_skips_blank_ones() throws LedgerException {
        byte[] text = "第一行\r\n\r\n  第三行　\n\r第五行".getBytes(StandardCharsets.UTF_8);
        List<TextLine> lines = TextLedgerReader.lines(text, context());
        assertThat(lines).containsExactly(new TextLine("第一行", "line 1", 1),
                new TextLine("第三行", "line 3", 3), new TextLine("第五行", "line 5", 5));
    }

    @Test
    void decodes_gb18030_text_without_a_byte_order_mark() throws LedgerException {
        byte[] text = "一、总体要求\n（一）加强领导".getBytes(Charset.forName("GB18030"));
        assertThat(TextLedgerReader.lines(text, context())).extracting(TextLine::text)
                .containsExactly("一、总体要求", "（一）加强领导");
    }

    @Test
    void fails_on_a_line_longer_than_the_cell_limit() {
        byte[] text = ("短行\n" + "长".repeat(200)).getBytes(StandardCharsets.UTF_8);
        ReadContext small = new ReadContext("long.txt", ReadOptions.builder()
                .limits(ReadLimits.builder().maxCellChars(100).build()).build());
        assertThatThrownBy(() -> TextLedgerReader.lines(text, small))
                .isInstanceOf(LimitExceededException.class).hasMessageStartingWith("long.txt: line 2: ");
    }

    @Test
    void fails_on_more_lines_than_the_row_limit() {
        byte[] text = "\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        ReadContext small = new ReadContext("blank.txt", ReadOptions.builder()
                .limits(ReadLimits.builder().maxRows(20).build()).build());
        assertThatThrownBy(() -> TextLedgerReader.lines(text, small))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("line 21");
    }

    @Test
    void reports_a_wrong_encoding_when_the_given_charset_does_not_fit() {
        byte[] text = "一、总体要求\n（一）加强领导".getBytes(Charset.forName("GB18030"));
        ReadContext utf8 = new ReadContext("gbk.txt", ReadOptions.builder().charset(StandardCharsets.UTF_8).build());
        assertThatThrownBy(() -> TextLedgerReader.lines(text, utf8))
                .isInstanceOf(LedgerException.class).hasMessageContaining("wrong encoding")
                .hasMessageStartingWith("gbk.txt: line 1: ");
    }

    @Test
    void detects_work_points_by_their_outline_marks_but_leaves_csv_to_its_reader() {
        byte[] points = "某县2023年政务公开工作要点\n一、总体要求\n（一）加强领导\n".getBytes(Charset.forName("GB18030"));
        assertThat(reader.detect(new ContentSample(points, "points.txt", List.of()))).isEqualTo(LedgerReader.LIKELY);
        assertThat(reader.detect(new ContentSample(points, "points", List.of()))).isEqualTo(LedgerReader.LIKELY);
        assertThat(reader.detect(new ContentSample(points, "points.csv", List.of()))).isEqualTo(LedgerReader.NO);
        byte[] plain = "just words".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.detect(new ContentSample(plain, "notes.txt", List.of()))).isEqualTo(LedgerReader.EXTENSION_ONLY);
        assertThat(reader.detect(new ContentSample(plain, "notes", List.of()))).isEqualTo(LedgerReader.NO);
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(reader.detect(new ContentSample(zip, "odd.txt", List.of()))).isEqualTo(LedgerReader.NO);
    }

    @Test
    void is_found_by_the_service_loader_as_format_txt() {
        assertThat(java.util.ServiceLoader.load(LedgerReader.class).stream()
                .map(p -> p.get().format().id())).contains("txt");
    }
}
