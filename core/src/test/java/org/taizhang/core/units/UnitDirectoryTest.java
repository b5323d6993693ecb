package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;

class UnitDirectoryTest {
    private static final String CSV = """
            name,aliases,level
            # comment lines are skipped
            区人力资源和社会保障局,区人社局|人社局,区级
            "区发展和改革局","区发改局;发改局",区级
            "市财政局(市国资委)","市财政局,市国资委",市级

            区政府办公室,区政府办,区级
            """;

    private static UnitDirectory read(String csv) throws LedgerException {
        return UnitDirectory.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "units.csv");
    }

    @Test
    void loads_names_aliases_and_levels_from_csv() throws LedgerException {
        UnitDirectory d = read(CSV);
        assertThat(d.units()).extracting(KnownUnit::name).containsExactly(
                "区人力资源和社会保障局", "区发展和改革局", "市财政局(市国资委)", "区政府办公室");
        assertThat(d.units().get(1).aliases()).containsExactly("区发改局", "发改局");
        assertThat(d.units().get(2).aliases()).containsExactly("市财政局", "市国资委");
        assertThat(d.units().get(0).level()).isEqualTo("区级");
    }

    @Test
    void finds_units_by_name_alias_and_width_of_brackets() throws LedgerException {
        UnitDirectory d = read(CSV);
        assertThat(d.lookup("区人社局")).map(KnownUnit::name).contains("区人力资源和社会保障局");
        assertThat(d.lookup("市财政局（市国资委）")).map(KnownUnit::name).contains("市财政局(市国资委)");
        assertThat(d.canonicalName("区发改局")).contains("区发展和改革局");
        assertThat(d.canonicalName("区教育局")).isEmpty();
        assertThat(d.lookup("区教育局")).isEmpty();
    }

    @Test
    void reads_csv_with_a_byte_order_mark_and_crlf_lines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.csv");
        byte[] body = "区民政局,民政局,区级\r\n区财政局,,区级\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        UnitDirectory d = UnitDirectory.load(file);
        assertThat(d.units()).extracting(KnownUnit::name).containsExactly("区民政局", "区财政局");
        assertThat(d.canonicalName("民政局")).contains("区民政局");
    }

    @Test
    void suggests_the_closest_known_names_for_an_unknown_one() throws LedgerException {
        UnitDirectory d = read(CSV);
        assertThat(d.suggest("区人力资源和社会保障厅")).containsExactly("区人力资源和社会保障局");
        assertThat(d.suggest("区发展和改革委")).first().isEqualTo("区发展和改革局");
        assertThat(d.suggest("区人社局")).containsExactly("区人力资源和社会保障局");
        assertThat(d.suggest("市公安局交警支队")).isEmpty();
    }

    @Test
    void built_in_short_forms_give_canonical_names_and_help_suggestions() throws LedgerException {
        assertThat(UnitDirectory.builtIn().canonicalName("区人社局")).contains("区人力资源和社会保障局");
        assertThat(UnitDirectory.builtIn().canonicalName("市卫健委")).contains("市卫生健康委员会");
        assertThat(UnitDirectory.builtIn().canonicalName("区政府办")).contains("区人民政府办公室");
        assertThat(UnitDirectory.builtIn().canonicalName("区人民政府办公室")).isEmpty();
        UnitDirectory d = UnitDirectory.of(List.of(KnownUnit.of("县卫生健康委员会"))).withBuiltInAbbreviations();
        assertThat(d.lookup("县卫健委")).map(KnownUnit::name).contains("县卫生健康委员会");
        assertThat(d.suggest("县卫生健康委")).containsExactly("县卫生健康委员会");
    }

    @Test
    void reports_text_that_is_not_utf8_with_the_file_name() {
        byte[] gbk = "区民政局".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThatThrownBy(() -> UnitDirectory.read(new ByteArrayInputStream(gbk), "units.csv"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("units.csv: the unit directory is not UTF-8 text");
    }

    @Test
    void reports_an_unclosed_quote_with_its_line() {
        assertThatThrownBy(() -> read("区民政局,,区级\n\"区财政局,x\n"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("units.csv: line 2: a quoted field is never closed");
    }

    @Test
    void reports_an_empty_name_with_its_line() {
        assertThatThrownBy(() -> read("区民政局,,区级\n,民政局,区级\n"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("units.csv: line 2: the name is empty");
    }

    @Test
    void reports_a_missing_file_as_a_ledger_exception(@TempDir Path dir) {
        assertThatThrownBy(() -> UnitDirectory.load(dir.resolve("none.csv")))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("none.csv: cannot read the unit directory");
    }
}
