package org.taizhang.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taizhang.core.internal.units.SourceText;

/**
 * Notes, list numbers and bracketed labels are taken out of a cell before it is read, yet every unit
 * name and role text is a piece of the cell exactly as written.
 */
class WrittenNamesTest {

    private static String read(String text) {
        return Rendered.of(ResponsibilityParser.parse(text));
    }

    @Test
    void a_note_between_two_names_keeps_them_apart() {
        assertThat(read("市发改委（排名不分先后）市财政局牵头"))
                .isEqualTo("市发改委 LEAD(牵头) | 市财政局 LEAD(牵头)");
        assertThat(read("市发改委（下同）、市财政局配合"))
                .isEqualTo("市发改委 SUPPORT(配合) | 市财政局 SUPPORT(配合)");
    }

    @Test
    void a_note_about_people_between_two_names_keeps_them_apart() {
        assertThat(read("市发改委（责任领导：王副市长）市财政局牵头"))
                .isEqualTo("市发改委 LEAD(牵头) | 王副市长@ RESPONSIBLE(责任领导) | 市财政局 LEAD(牵头)");
    }

    @Test
    void a_note_inside_the_brackets_of_a_name_stays_part_of_the_name() {
        assertThat(read("各县（市、区（下同））人民政府负责"))
                .isEqualTo("各县（市、区（下同））人民政府* RESPONSIBLE(负责)");
        assertThat(read("各县（市，排名不分先后，区）人民政府"))
                .isEqualTo("各县（市，排名不分先后，区）人民政府* RESPONSIBLE");
    }

    @Test
    void conventions_and_notes_of_a_cell_written_in_brackets_are_still_taken_out() {
        assertThat(read("（市教育局、市财政局（列第一位者为牵头单位））"))
                .isEqualTo("市教育局 LEAD | 市财政局 SUPPORT");
        assertThat(read("（市教育局、市财政局，排名不分先后）"))
                .isEqualTo("市教育局 RESPONSIBLE | 市财政局 RESPONSIBLE");
    }

    @Test
    void a_label_in_brackets_counts_only_outside_other_brackets() {
        assertThat(read("【牵头单位】市发改委【配合单位】市财政局"))
                .isEqualTo("市发改委 LEAD(牵头单位) | 市财政局 SUPPORT(配合单位)");
        assertThat(read("市发改委（【牵头单位】市财政局）"))
                .isEqualTo("市发改委（【牵头单位】市财政局） RESPONSIBLE");
    }

    @Test
    void a_list_of_levels_joins_only_the_item_written_right_after_it() {
        assertThat(read("市、县两级政府负责")).isEqualTo("市、县两级政府* RESPONSIBLE(负责)");
        // a bare 市 is no unit; the note between keeps it from joining 县两级政府
        assertThat(read("市（责任领导：王副市长）、县两级政府负责"))
                .isEqualTo("王副市长@ RESPONSIBLE(责任领导) | 县两级政府 RESPONSIBLE(负责)");
    }

    @Test
    void a_rewrite_knows_which_stretches_are_written() {
        SourceText cell = SourceText.of("市发改委（下同）市财政局");
        SourceText rewritten = cell.rewrite().keep(0, 4).insert(' ').keep(8, 12).build();
        assertThat(rewritten.text()).isEqualTo("市发改委 市财政局");
        assertThat(rewritten.isWritten(0, 4)).isTrue();
        assertThat(rewritten.isWritten(5, 9)).isTrue();
        assertThat(rewritten.isWritten(3, 5)).isFalse();
        assertThat(rewritten.isWritten(4, 5)).isFalse();
        assertThat(rewritten.isWritten(3, 6)).isFalse();
        assertThat(rewritten.sub(5, 9).isWritten(0, 4)).isTrue();
    }

    @Test
    void taking_text_out_without_a_separator_breaks_the_written_stretch() {
        SourceText cell = SourceText.of("市发改委（下同）市财政局");
        SourceText glued = cell.rewrite().keep(0, 4).keep(8, 12).build();
        assertThat(glued.text()).isEqualTo("市发改委市财政局");
        assertThat(glued.isWritten(0, 4)).isTrue();
        assertThat(glued.isWritten(4, 8)).isTrue();
        assertThat(glued.isWritten(0, 8)).isFalse();
        assertThat(SourceText.of("  市财政局 ").strip().text()).isEqualTo("市财政局");
    }
}
