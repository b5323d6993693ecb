package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.xlsx.XlsxFiles.row;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;

/** Damaged and hostile .xlsx files end in one LedgerException naming the file and the place. */
class HostileXlsxTest {
    @TempDir
    Path dir;

    @Test
    void a_workbook_cut_in_half_is_not_a_valid_xlsx() throws Exception {
        byte[] whole = Files.readAllBytes(Grids.FIXTURES.resolve("ordos-2022-ledger.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> Grids.readXlsx(cut))
                .isInstanceOf(LedgerException.class)
                .isNotInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("cut.xlsx: ")
                .hasMessageContaining("not a valid .xlsx file");
    }

    @Test
    void a_zip_of_garbage_is_not_a_valid_xlsx() throws Exception {
        Path file = dir.resolve("garbage.xlsx");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("noise.bin"));
            zip.write(noise);
            zip.closeEntry();
        }

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("garbage.xlsx: not a valid .xlsx file");
    }

    @Test
    void bytes_that_only_start_like_a_zip_are_not_a_valid_xlsx() throws Exception {
        byte[] bytes = new byte[2048];
        new Random(11).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        Path file = Files.write(dir.resolve("fake.xlsx"), bytes);

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("fake.xlsx: ")
                .hasMessageContaining("not a valid .xlsx file");
    }

    @Test
    void a_sheet_that_expands_to_60_megabytes_is_refused_as_a_zip_bomb() throws Exception {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        Path file = new XlsxFiles().sheet("任务台账", (OutputStream out) -> {
            out.write(("<worksheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 60; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }).writeTo(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(file)).isLessThan(200_000);

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("bomb.xlsx: 任务台账")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void a_styles_part_that_expands_to_60_megabytes_is_refused_as_a_zip_bomb() throws Exception {
        Path file = new XlsxFiles().styles("<styleSheet xmlns=\"" + XlsxFiles.NS + "\">" + " ".repeat(60 << 20)
                + "</styleSheet>").sheetData("S", row(1, "a")).writeTo(dir.resolve("stylebomb.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("stylebomb.xlsx: ")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void a_million_empty_rows_end_at_the_row_limit() throws Exception {
        Path file = new XlsxFiles().sheet("S", (OutputStream out) -> {
            out.write(("<worksheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int r = 1; r <= 1_000_000; r++) {
                sb.append("<row r=\"").append(r).append("\"/>");
                if (sb.length() > 60_000) {
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            out.write(sb.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
        }).writeTo(dir.resolve("rows.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("rows.xlsx: S!row 200001: the file has more than 200000 rows (ReadLimits.maxRows)");
    }

    @Test
    void a_doctype_with_an_external_entity_is_refused() throws Exception {
        Path file = new XlsxFiles().sheet("S", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + XlsxFiles.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>").writeTo(dir.resolve("xxe.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("xxe.xlsx: S, XML line 1: not a valid .xlsx file")
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void a_doctype_in_the_shared_strings_is_refused() throws Exception {
        Path file = new XlsxFiles().sharedStringsXml("<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst xmlns=\"" + XlsxFiles.NS + "\"><si><t>&b;</t></si></sst>")
                .sheetData("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").writeTo(dir.resolve("lol.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("lol.xlsx: shared strings, XML line 1: not a valid .xlsx file")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void a_cell_longer_than_the_limit_is_refused_at_its_address() throws Exception {
        String longText = "长".repeat(1001);
        Path file = new XlsxFiles().sheetData("S", row(1, "ok") + row(2, null, longText)).writeTo(dir.resolve("long.xlsx"));
        ReadOptions options = ReadOptions.builder().limits(ReadLimits.builder().maxCellChars(1000).build()).build();

        assertThatThrownBy(() -> Grids.readXlsx(file, options))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("long.xlsx: S!B2: a cell holds more than 1000 characters (ReadLimits.maxCellChars)");
    }

    @Test
    void a_merge_over_a_million_rows_is_refused_instead_of_filling_memory() throws Exception {
        Path file = new XlsxFiles().sheetData("S", row(1, "a", "b"), "A1:A1048576").writeTo(dir.resolve("merge.xlsx"));

        assertThatThrownBy(() -> Grids.readXlsx(file))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("merge.xlsx: S: the sheet's merged regions span more than 200000 rows");
    }

    @Test
    void too_many_cells_end_at_the_cell_limit() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 30; r++) {
            rows.append(row(r, "a", "b", "c", "d"));
        }
        Path file = new XlsxFiles().sheetData("S", rows.toString()).writeTo(dir.resolve("cells.xlsx"));
        ReadOptions options = ReadOptions.builder().limits(ReadLimits.builder().maxCells(100).build()).build();

        assertThatThrownBy(() -> Grids.readXlsx(file, options))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("cells.xlsx: S!A26: the file has more than 100 non-empty cells (ReadLimits.maxCells)");
    }

    @Test
    void a_password_protected_workbook_is_reported_as_encrypted() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("任务台账").createRow(0).createCell(0).setCellValue("机密");
            wb.write(out);
        }
        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(new XlsxLedgerReader().detect(org.taizhang.core.FormatRegistry.sample(encrypted)))
                .isEqualTo(XlsxLedgerReader.LIKELY);
        assertThatThrownBy(() -> Grids.readXlsx(encrypted))
                .isInstanceOf(EncryptedLedgerException.class)
                .hasMessageStartingWith("locked.xlsx: the file is encrypted");
    }
}
