package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.taizhang.core.LedgerException;
import org.taizhang.core.table.Grid;
import org.taizhang.xlsx.internal.OoxmlText;

/**
 * Any cell text POI's writers store (shared strings with {@link XSSFWorkbook}, inline strings
 * with {@link SXSSFWorkbook}) reads back as written: markup characters, CJK, characters outside
 * the BMP, tabs and line breaks, in sheets with names that need escaping.
 */
class PoiWrittenTextTest {
    // Characters XML allows, with markup characters, entities' look-alikes and surrogate pairs.
    private static final String[] PIECES = {"<", ">", "&", "\"", "'", "&amp;", "&#20013;", "]]>", "<![CDATA[",
        "<!--", "?>", "\t", "\n", "\r\n", " ", "　", "市", "财政局", "（牵头）", "、", "；", "2024年6月底前", "_",
        "\uD840\uDC00", "\uD83D\uDE00", "\u00A0", "é", "\uFF1A", "0", "12.5", "=", "/", "A1", "\uFFFD"};

    @TempDir
    Path dir;

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 12)
                .map(idx -> {
                    StringBuilder sb = new StringBuilder();
                    idx.forEach(i -> sb.append(PIECES[i]));
                    return sb.toString();
                });
    }

    private static Gen<List<String>> columns() {
        return SourceDSL.lists().of(texts()).ofSizeBetween(1, 6);
    }

    // What a reader shows: line breaks as \n; blank cells are not kept.
    private static String shown(String written) {
        return OoxmlText.normaliseBreaks(written);
    }

    private Path write(Workbook wb, String sheetName, List<String> cells, String file) {
        Sheet sheet = wb.createSheet(sheetName);
        for (int r = 0; r < cells.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue("第" + (r + 1) + "项");
            row.createCell(1).setCellValue(cells.get(r));
            row.createCell(2).setCellValue(cells.get(cells.size() - 1 - r));
        }
        Path path = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    private static List<String> readBack(Path file, int rows) {
        try {
            Grid g = Grids.readXlsx(file).get(0);
            List<String> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                out.add(g.text(r, 1));
            }
            return out;
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> expected(List<String> cells) {
        return cells.stream().map(c -> c.isBlank() ? "" : shown(c)).toList();
    }

    @Test
    void shared_strings_written_by_poi_read_back_as_written() {
        qt().withExamples(40).withShrinkCycles(20).forAll(columns()).checkAssert(cells -> {
            Path file = write(new XSSFWorkbook(), "任务台账<&>", cells, "shared.xlsx");
            assertThat(readBack(file, cells.size())).isEqualTo(expected(cells));
        });
    }

    @Test
    void inline_strings_written_by_poi_streaming_read_back_as_written() {
        qt().withExamples(40).withShrinkCycles(20).forAll(columns()).checkAssert(cells -> {
            Path file = write(new SXSSFWorkbook(), "台账'\"", cells, "inline.xlsx");
            assertThat(readBack(file, cells.size())).isEqualTo(expected(cells));
        });
    }

    @Test
    void the_sheet_name_is_read_back_with_its_markup_characters() throws Exception {
        Path file = write(new XSSFWorkbook(), "A&B<C>'D\"", List.of("牵头单位"), "name.xlsx");
        assertThat(Grids.readXlsx(file).get(0).name()).isEqualTo("A&B<C>'D\"");
    }
}
