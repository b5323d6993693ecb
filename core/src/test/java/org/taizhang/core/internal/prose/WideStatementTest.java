package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Role;

/**
 * Statements that give units to the whole document. Columns: the line | the content left | the
 * statement's units | the units of the task itself.
 */
class WideStatementTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "以下各项工作各镇（街道）均需抓好落实，不再重复列出。||各镇（街道）|",
        "下列任务各县区参照执行，不再逐一标注。||各县区|",
        "以下各项任务，各乡镇人民政府、县直有关部门均为责任单位，不再一一列出。||各乡镇人民政府 县直有关部门|",
        "本方案所列任务各旗区均需落实，以下不再重复。||各旗区|",
        "完善决策目录。以下各项工作各乡镇均需抓好落实，不再重复列出。|完善决策目录。|各乡镇|",
        "制定公开目录（县司法局牵头，以下各项工作各镇均需落实，不再重复列出）|制定公开目录|各镇|县司法局",
        "推进政务公开（县政府办牵头，各街道均需抓好落实，以下不再重复列出）|推进政务公开|各街道|县政府办",
    })
    void gives_its_units_to_the_document(String line, String content, String wide, String own) {
        LineNotes n = LineNotes.take(line);
        assertThat(n.text).isEqualTo(Objects.toString(content, ""));
        assertThat(n.statements).hasSize(1);
        assertThat(n.statements.get(0).assignments).allSatisfy(a -> assertThat(a.role()).isEqualTo(Role.RESPONSIBLE));
        assertThat(n.statements.get(0).assignments.stream().map(a -> a.unit().name())
                .collect(Collectors.joining(" "))).isEqualTo(wide);
        assertThat(n.notes.stream().filter(d -> d.units != null).flatMap(d -> d.responsibility().orElseThrow()
                .assignments().stream()).map(a -> a.unit().name()).collect(Collectors.joining(" ")))
                .isEqualTo(Objects.toString(own, ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "以下简称“一网通办”。",
        "各乡镇要于年底前完成公开目录更新。",
        "下列情形不予公开：涉及国家秘密的信息。",
    })
    void ordinary_sentences_are_no_statement(String line) {
        assertThat(LineNotes.take(line).statements).isEmpty();
    }
}
