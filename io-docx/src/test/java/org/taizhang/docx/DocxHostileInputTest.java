package org.taizhang.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.docx.MiniDocx.p;
import static org.taizhang.docx.MiniDocx.tbl;
import static org.taizhang.docx.MiniDocx.tc;
import static org.taizhang.docx.MiniDocx.tr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.EncryptedLedgerException;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.UnsupportedFormatException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.table.GridDocument;

class DocxHostileInputTest {
    @TempDir
    Path dir;

    private GridDocument read(String name, byte[] content, ReadOptions options) throws IOException, LedgerException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return new DocxLedgerReader().readDocument(file, new ReadContext(name, options));
    }

    @Test
    void reports_a_truncated_docx_by_file_name() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("../testdata/fixtures/ordos-2022-ledger.docx"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> read("cut.docx", cut, ReadOptions.defaults()))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessageStartingWith("cut.docx: ")
                .hasMessageContaining(".docx");
    }

    /** A real ledger whose central directory says every part is compressed with method 93 (Zstandard). */
    private static byte[] zstandardDocx() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("../testdata/fixtures/ordos-2022-ledger.docx"));
        for (int i = 0; i + 12 <= docx.length; i++) {
            if (docx[i] == 'P' && docx[i + 1] == 'K' && docx[i + 2] == 1 && docx[i + 3] == 2) {
                docx[i + 10] = 93;
                docx[i + 11] = 0;
            }
        }
        return docx;
    }

    @Test
    void refuses_a_part_compressed_with_a_method_word_never_writes() throws IOException {
        byte[] docx = zstandardDocx();

        assertThatThrownBy(() -> read("zstd.docx", docx, ReadOptions.defaults()))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessage("zstd.docx: part \"[Content_Types].xml\": not a valid .docx file: the part is compressed"
                        + " with method 93, which no word processor writes (only stored and deflated parts are read)");
    }

    @Test
    void refuses_such_a_part_also_where_the_directory_is_not_read_before_poi_opens_the_file() throws IOException {
        byte[] docx = zstandardDocx();
        // an entry count of 0xFFFF in the end record, as a ZIP64 archive writes it: the check before
        // POI leaves such a directory alone, and POI's reader meets the Zstandard part itself
        int end = docx.length - 22;
        docx[end + 8] = (byte) 0xFF;
        docx[end + 9] = (byte) 0xFF;
        docx[end + 10] = (byte) 0xFF;
        docx[end + 11] = (byte) 0xFF;

        assertThatThrownBy(() -> read("zip64.docx", docx, ReadOptions.defaults()))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessageStartingWith("zip64.docx: not a valid .docx file: a part is compressed in a way no word"
                        + " processor writes");
    }

    @Test
    void reports_garbage_after_a_zip_signature() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;

        assertThatThrownBy(() -> read("garbage.docx", garbage, ReadOptions.defaults()))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessageStartingWith("garbage.docx: ");
    }

    @Test
    void refuses_a_document_xml_with_an_external_entity_and_leaks_nothing() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + MiniDocx.W + "\"><w:body>" + p("&xxe;") + "</w:body></w:document>";

        assertThatThrownBy(() -> read("xxe.docx", MiniDocx.withDocumentXml(xml), ReadOptions.defaults()))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("xxe.docx: word/document.xml: ")
                .hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    @Test
    void stops_a_zip_bomb_with_a_limit_exception() {
        // 20 MB of spaces compress about a thousand times: far past POI's inflate-ratio guard
        String body = p("a") + " ".repeat(20_000_000);
        byte[] bomb = MiniDocx.withBody(body);
        assertThat(bomb.length).isLessThan(200_000);

        assertThatThrownBy(() -> read("bomb.docx", bomb, ReadOptions.defaults()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("bomb.docx: ")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void reports_an_encrypted_document_as_encrypted() throws IOException {
        Path file = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> new DocxLedgerReader().readDocument(file,
                new ReadContext("locked.docx", ReadOptions.defaults())))
                .isInstanceOf(EncryptedLedgerException.class)
                .hasMessageStartingWith("locked.docx: ");
    }

    @Test
    void refuses_a_legacy_word_document_as_unsupported() throws IOException {
        Path file = dir.resolve("old.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream("x".getBytes(StandardCharsets.US_ASCII)), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> new DocxLedgerReader().readDocument(file,
                new ReadContext("old.docx", ReadOptions.defaults())))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining(".doc");
    }

    @Test
    void stops_at_the_row_limit_and_names_the_row() {
        String[] rows = new String[30];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = tr(tc("", "行" + i));
        }
        ReadOptions few = ReadOptions.builder().limits(ReadLimits.builder().maxRows(10).build()).build();

        assertThatThrownBy(() -> read("rows.docx", MiniDocx.withBody(tbl(rows)), few))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("rows.docx: table 1, row 11: ");
    }

    @Test
    void stops_at_a_cell_longer_than_the_cell_limit() {
        ReadOptions small = ReadOptions.builder().limits(ReadLimits.builder().maxCellChars(50).build()).build();
        byte[] doc = MiniDocx.withBody(tbl(tr(tc("", "短"), tc("", "长".repeat(80)))));

        assertThatThrownBy(() -> read("long.docx", doc, small))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("long.docx: table 1, row 1, cell 2: ");
    }

    @Test
    void refuses_a_span_wider_than_any_real_table() {
        byte[] doc = MiniDocx.withBody(tbl(tr(tc("<w:gridSpan w:val=\"50000\"/>", "宽"))));

        assertThatThrownBy(() -> read("wide.docx", doc, ReadOptions.defaults()))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("columns");
    }
}
