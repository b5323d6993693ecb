package org.taizhang.core.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.taizhang.core.testing.AlphabetTexts;

/** List numbers before the units of a cell, and the first look that most cells pass untouched. */
class ListMarkersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.市发改委2.市财政局|' 市发改委 市财政局'",
        "①市公安局②市司法局|' 市公安局 市司法局'",
        "（1）县教育局；（2）县卫健委|' 县教育局； 县卫健委'",
        "一、市商务局|' 市商务局'",
        "县财政局2.县人社局|县财政局 县人社局",
    })
    void numbersBeforeUnitsGo(String cell, String stripped) {
        assertThat(ListMarkers.strip(SourceText.of(cell)).text()).isEqualTo(stripped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "市政务服务局", "市发改委、市财政局", "各旗区人民政府", "杭锦旗林草局牵头，各旗区、区直各有关部门按职责分工负责",
        "12345热线办公室", "第一中学", "市十二师", "一中、二中", "（市国资委）",
    })
    void cellsWithoutListNumbersStayAsWritten(String cell) {
        SourceText source = SourceText.of(cell);
        assertThat(ListMarkers.strip(source).text()).isEqualTo(cell);
    }

    private static final String ALPHABET = "市局委办县区、，；：1２.．)）(（①⑳⒈一二十、、 中心第号";
    private static final Gen<String> CELLS = AlphabetTexts.of(ALPHABET, 12);

    @Test
    void aCellTheFirstLookPassesHasNoListNumberAnywhere() {
        qt().withExamples(20_000).forAll(CELLS).checkAssert(cell -> {
            SourceText full = ListMarkers.stripMarkers(SourceText.of(cell));
            if (!ListMarkers.mayHoldMarker(cell)) {
                assertThat(full.text()).as("「%s」", cell).isEqualTo(cell);
            }
            assertThat(ListMarkers.strip(SourceText.of(cell)).text()).isEqualTo(full.text());
        });
    }
}
