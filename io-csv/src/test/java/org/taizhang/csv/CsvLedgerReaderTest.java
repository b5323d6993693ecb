package org.taizhang.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

class CsvLedgerReaderTest {
    private static final Path FIXTURES = Path.of("../testdata/fixtures");
    private final CsvLedgerReader reader = new CsvLedgerReader();

    private Grid fixture(String name) throws LedgerException {
        return reader.readDocument(FIXTURES.resolve(name), new ReadContext(name, ReadOptions.defaults()))
                .grids().get(0);
    }

    private Grid grid(String name, byte[] content) throws LedgerException {
        return reader.readDocument(content, new ReadContext(name, ReadOptions.defaults())).grids().get(0);
    }

    @Test
    void decodes_the_gbk_ordos_csv_without_a_bom() throws LedgerException {
        Grid grid = fixture("ordos-2022-ledger.gbk.csv");

        assertThat(grid.rowCount()).isEqualTo(67);
        assertThat(grid.columnCount()).isEqualTo(6);
        assertThat(grid.row(0)).extracting(Cell::text)
                .containsExactly("任务名称", "具体任务", "落实情况", "责任单位", "完成时限", "备注");
        Cell b4 = grid.cell(3, 1);
        assertThat(b4.address()).isEqualTo("B4");
        assertThat(b4.text()).startsWith("依托政府网站政府信息公开专栏“政策文件”栏目集中发布");
        assertThat(grid.cell(3, 0).text()).isEmpty();
        assertThat(grid.cell(1, 0).text()).isEqualTo("一、提高政策公开质量，提升政务服务效能");
        assertThat(grid.row(1).subList(1, 6)).allMatch(Cell::isBlank);
        assertThat(grid.row(1)).noneMatch(Cell::isCovered);
        assertThat(grid.cell(3, 4).text()).isEqualTo("2022年9月底前");
    }

    @Test
    void strips_the_bom_and_keeps_multi_line_cells_of_the_shangdang_csv() throws LedgerException {
        Grid grid = fixture("shangdang-2022-tasks.csv");

        assertThat(grid.rowCount()).isEqualTo(34);
        assertThat(grid.cell(0, 0).text()).isEqualTo("序号");
        assertThat(grid.cell(0, 0).address()).isEqualTo("A1");
        Cell name = grid.cell(3, 1);
        assertThat(name.address()).isEqualTo("B4");
        assertThat(name.text()).isEqualTo("全面推进\n“五公开”");
        assertThat(grid.cell(6, 4).text()).isEqualTo("2022年度的市场监管信息10月底前补录完成，每年3月底前公布");
        assertThat(grid.cell(33, 0).text()).isEqualTo("33");
        assertThat(grid.sourceRow(33)).isEqualTo(34);
    }

    @Test
    void decodes_a_gbk_file_with_the_euro_sign_that_java_gbk_rejects() throws LedgerException {
        byte[] gbk = "项目,金额\n采购,".getBytes(Charset.forName("GBK"));
        byte[] content = Arrays.copyOf(gbk, gbk.length + 4);
        content[gbk.length] = (byte) 0x80; // € in code page 936
        content[gbk.length + 1] = '1';
        content[gbk.length + 2] = '0';
        content[gbk.length + 3] = '\n';

        Grid grid = grid("euro.csv", content);

        assertThat(grid.cell(1, 0).text()).isEqualTo("采购");
        assertThat(grid.cell(1, 1).text()).isEqualTo("€10");
    }

    @Test
    void reads_tab_delimited_text_and_keeps_commas_inside_cells() throws LedgerException {
        byte[] tsv = "序号\t具体任务\t责任单位\n1\t公开预算, 决算\t市财政局\n2\t公开规划\t市发改委\n"
                .getBytes(StandardCharsets.UTF_8);

        Grid grid = grid("tasks.tsv", tsv);

        assertThat(grid.columnCount()).isEqualTo(3);
        assertThat(grid.cell(1, 1).text()).isEqualTo("公开预算, 决算");
        assertThat(grid.cell(2, 2).text()).isEqualTo("市发改委");
        assertThat(grid.cell(2, 2).address()).isEqualTo("C3");
    }

    @Test
    void reads_semicolon_delimited_text() throws LedgerException {
        byte[] csv = "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8);
        assertThat(grid("semi.csv", csv).row(1)).extracting(Cell::text).containsExactly("1", "2", "3");
    }

    @Test
    void leaves_empty_records_out_but_keeps_the_row_numbers() throws LedgerException {
        byte[] csv = "a,b\r\n\r\n,,\r\nc,d\r\n".getBytes(StandardCharsets.UTF_8);

        Grid grid = grid("gaps.csv", csv);

        assertThat(grid.rowCount()).isEqualTo(2);
        assertThat(grid.sourceRow(1)).isEqualTo(4);
        assertThat(grid.cell(1, 1).address()).isEqualTo("B4");
    }

    @Test
    void removes_the_apostrophe_the_writer_puts_before_formula_text_and_keeps_others() throws LedgerException {
        byte[] csv = "'=SUM(A1),'+1,'-x,'@a,'＝全角,''引号,'普通\n".getBytes(StandardCharsets.UTF_8);

        assertThat(grid("f.csv", csv).row(0)).extracting(Cell::text)
                .containsExactly("=SUM(A1)", "+1", "-x", "@a", "＝全角", "'引号", "'普通");
    }

    @Test
    void honours_the_charset_given_in_the_options() throws LedgerException {
        byte[] gb = "标题,内容\n".getBytes(Charset.forName("GB18030"));
        ReadContext context = new ReadContext("gb.csv", ReadOptions.builder().charset(Charset.forName("GB18030")).build());
        assertThat(reader.readDocument(gb, context).grids().get(0).cell(0, 1).text()).isEqualTo("内容");
    }

    @Test
    void reports_a_wrong_encoding_when_the_given_charset_does_not_fit() {
        byte[] gb = "标题,内容\n第二行,文字\n".getBytes(Charset.forName("GB18030"));
        ReadContext context = new ReadContext("gb.csv", ReadOptions.builder().charset(StandardCharsets.UTF_8).build());

        assertThatThrownBy(() -> reader.readDocument(gb, context))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessageStartingWith("gb.csv: line 1: ")
                .hasMessageContaining("wrong encoding");
    }

    @Test
    void reports_an_unclosed_quote_with_the_line_it_starts_on() {
        byte[] csv = "a,b\n1,2\n3,\"never closed\n4,5\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> grid("open.csv", csv))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessage("open.csv: line 3: malformed CSV: a quoted cell starting on this line is never closed");
    }

    @Test
    void stops_a_fifty_megabyte_cell_at_the_cell_limit_without_reading_it_all() {
        byte[] huge = new byte[50_000_000];
        Arrays.fill(huge, (byte) 'x');
        huge[0] = 'a';
        huge[1] = ',';
        huge[2] = '"';

        long start = System.nanoTime();
        assertThatThrownBy(() -> grid("huge.csv", huge))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("huge.csv: B1: a cell holds more than 100000 characters (ReadLimits.maxCellChars)");
        // bounded memory and time: only the 16 KiB delimiter sample and the guard's read-ahead are decoded
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }

    @Test
    void stops_at_the_row_limit() {
        byte[] csv = "x\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        ReadContext context = new ReadContext("rows.csv", ReadOptions.builder()
                .limits(ReadLimits.builder().maxRows(50).build()).build());

        assertThatThrownBy(() -> reader.readDocument(csv, context))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("rows.csv: row 51: ");
    }

    @Test
    void stops_a_record_with_more_cells_than_the_cell_limit() {
        byte[] csv = ",".repeat(5000).getBytes(StandardCharsets.UTF_8);
        ReadContext context = new ReadContext("wide.csv", ReadOptions.builder()
                .limits(ReadLimits.builder().maxCells(1000).build()).build());

        assertThatThrownBy(() -> reader.readDocument(csv, context))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("ReadLimits.maxCells");
    }

    @Test
    void detects_csv_by_extension_and_delimited_content() {
        byte[] delimited = "\uFEFF序号,任务\n1,公开\n2,解读\n".getBytes(StandardCharsets.UTF_8);
        byte[] prose = "一、总体要求\n（一）加强领导\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.detect(new ContentSample(delimited, "a.csv", List.of()))).isEqualTo(LedgerReader.LIKELY);
        assertThat(reader.detect(new ContentSample(delimited, "a", List.of()))).isEqualTo(LedgerReader.LIKELY);
        assertThat(reader.detect(new ContentSample(prose, "a.csv", List.of()))).isEqualTo(LedgerReader.EXTENSION_ONLY);
        assertThat(reader.detect(new ContentSample(delimited, "a.txt", List.of()))).isEqualTo(LedgerReader.NO);
        assertThat(reader.detect(new ContentSample(new byte[] {'P', 'K', 3, 4}, "a.csv", List.of()))).isEqualTo(LedgerReader.NO);
    }
}
