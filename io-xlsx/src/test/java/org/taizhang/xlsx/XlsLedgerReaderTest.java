package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.xlsx.Grids.at;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.Grid;
import org.taizhang.xlsx.internal.XlsGridReader;
import org.taizhang.xlsx.internal.XlsxGridReader;

/** Legacy .xls workbooks, made with HSSF in the test. */
class XlsLedgerReaderTest {
    @TempDir
    Path dir;

    private Path ledger(String name) throws Exception {
        Path file = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet sheet = wb.createSheet("任务台账");
            sheet.createRow(0).createCell(0).setCellValue("2022年政务公开工作要点任务分解表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            HSSFRow header = sheet.createRow(1);
            String[] heads = {"序号", "任务名称", "责任\n单位", "完成时限"};
            for (int c = 0; c < heads.length; c++) {
                header.createCell(c).setCellValue(heads[c]);
            }
            HSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            HSSFCellStyle cnDate = wb.createCellStyle();
            cnDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            HSSFRow r3 = sheet.createRow(2);
            r3.createCell(0).setCellValue(1);
            r3.createCell(1).setCellValue("全面推进\n“五公开”");
            r3.createCell(2).setCellValue("区政府办");
            HSSFCell d = r3.createCell(3);
            d.setCellValue(LocalDate.of(2022, 9, 30));
            d.setCellStyle(date);
            HSSFRow r4 = sheet.createRow(3);
            HSSFCell f = r4.createCell(0);
            f.setCellFormula("1+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
            r4.createCell(2).setCellValue("区财政局");
            HSSFCell d2 = r4.createCell(3);
            d2.setCellValue(LocalDate.of(2022, 10, 31));
            d2.setCellStyle(cnDate);
            sheet.createRow(7).createCell(1).setCellValue("备注：以上任务全年推进");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            wb.createSheet("空白");
            wb.write(out);
        }
        return file;
    }

    private static List<Grid> read(Path file, ReadOptions options) throws LedgerException {
        return XlsGridReader.read(file, new ReadContext(file.getFileName().toString(), options));
    }

    @Test
    void reads_merges_numbers_dates_formulas_and_line_breaks() throws Exception {
        List<Grid> grids = read(ledger("tasks.xls"), ReadOptions.defaults());

        assertThat(grids).hasSize(1);
        Grid g = grids.get(0);
        assertThat(g.name()).isEqualTo("任务台账");
        assertThat(Grids.sourceRows(g)).containsExactly(1, 2, 3, 4, 8);
        assertThat(at(g, "A1").text()).isEqualTo("2022年政务公开工作要点任务分解表");
        assertThat(at(g, "A1").colSpan()).isEqualTo(4);
        assertThat(at(g, "D1").isCovered()).isTrue();
        assertThat(at(g, "C2").text()).isEqualTo("责任\n单位");
        assertThat(Grids.texts(g, 2)).containsExactly("1", "全面推进\n“五公开”", "区政府办", "2022/9/30");
        assertThat(at(g, "B3").rowSpan()).isEqualTo(2);
        assertThat(at(g, "B4").isCovered()).isTrue();
        assertThat(at(g, "A4").text()).isEqualTo("2");
        assertThat(at(g, "D4").text()).isEqualTo("2022年10月31日");
        assertThat(at(g, "B8").text()).isEqualTo("备注：以上任务全年推进");
    }

    @Test
    void detects_a_legacy_workbook_by_its_content() throws Exception {
        Path file = ledger("tasks.xls");
        Path renamed = Files.copy(file, dir.resolve("tasks.bin"));

        assertThat(new XlsLedgerReader().detect(FormatRegistry.sample(file))).isEqualTo(LedgerReader.CERTAIN);
        assertThat(new XlsLedgerReader().detect(FormatRegistry.sample(renamed))).isEqualTo(LedgerReader.CERTAIN);
        assertThat(FormatRegistry.installed().readerFor(FormatRegistry.sample(renamed)))
                .get().isInstanceOf(XlsLedgerReader.class);
    }

    @Test
    void an_xls_saved_with_the_xlsx_extension_is_still_read() throws Exception {
        Path file = Files.copy(ledger("tasks.xls"), dir.resolve("misnamed.xlsx"));

        List<Grid> grids = Grids.readXlsx(file);

        assertThat(at(grids.get(0), "C3").text()).isEqualTo("区政府办");
    }

    @Test
    void names_the_sheets_when_the_asked_one_is_missing() throws Exception {
        Path file = ledger("tasks.xls");

        assertThatThrownBy(() -> read(file, ReadOptions.builder().sheet("Sheet1").build()))
                .isInstanceOf(LedgerException.class)
                .hasMessage("tasks.xls: the workbook has no sheet named \"Sheet1\"; its sheets are \"任务台账\", \"空白\"");
    }

    @Test
    void checks_the_row_limit() throws Exception {
        Path file = ledger("tasks.xls");
        ReadOptions options = ReadOptions.builder().limits(ReadLimits.builder().maxRows(3).build()).build();

        assertThatThrownBy(() -> read(file, options))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("tasks.xls: 任务台账!row 4: the file has more than 3 rows (ReadLimits.maxRows)");
    }

    @Test
    void a_password_protected_xls_is_reported_as_encrypted() throws Exception {
        Path file = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("任务台账").createRow(0).createCell(0).setCellValue("机密");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
                .isInstanceOf(EncryptedLedgerException.class)
                .hasMessageStartingWith("locked.xls: the file is encrypted");
    }

    @Test
    void an_ole2_file_without_a_workbook_is_not_an_xls() throws Exception {
        Path file = dir.resolve("word.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("word.xls: not a valid .xls file");
        assertThatThrownBy(() -> XlsxGridReader.read(file, new ReadContext("word.xlsx", ReadOptions.defaults())))
                .isInstanceOf(LedgerException.class)
                .hasMessage("word.xlsx: not a valid .xlsx file: it is an OLE2 document that holds no workbook (a Word .doc?)");
    }

    @Test
    void random_bytes_named_xls_are_not_a_valid_xls() throws Exception {
        Path file = Files.write(dir.resolve("noise.xls"), "这不是表格".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file, ReadOptions.defaults()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("noise.xls: not a valid .xls file");
    }
}
