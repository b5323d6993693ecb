package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    @Test
    void recognises_the_lines_a_web_page_adds() {
        assertThat(PageFurniture.is("来源：某县人民政府办公室　　发布时间：2023-03-08 10:15")).isTrue();
        assertThat(PageFurniture.is("- 发布日期:2022-07-19 16:32")).isTrue();
        assertThat(PageFurniture.is("字号：大 中 小")).isTrue();
        assertThat(PageFurniture.is("【打印】【关闭】")).isTrue();
        assertThat(PageFurniture.is("责任编辑：李明")).isTrue();
        assertThat(PageFurniture.is("首页 > 政务公开 > 工作要点")).isTrue();
        assertThat(PageFurniture.is("索引号：11150100MB1234567X/2022-00123")).isTrue();
    }

    @Test
    void leaves_document_text_alone() {
        assertThat(PageFurniture.is("（一）做好政策发布。各乡镇要在3个工作日内公开。")).isFalse();
        assertThat(PageFurniture.is("附件：任务分工表")).isFalse();
        assertThat(PageFurniture.is("【重要】各部门要于3月底前报送。")).isFalse();
        assertThat(PageFurniture.is("时间：2023年全年")).isFalse();
    }

    @Test
    void reads_labels_values_and_dates() {
        assertThat(PageFurniture.label("发文机关：某市人民政府办公室")).isEqualTo("发文机关");
        assertThat(PageFurniture.value("发文机关：某市人民政府办公室")).isEqualTo("某市人民政府办公室");
        assertThat(PageFurniture.date("2023年03月01日")).contains(LocalDate.of(2023, 3, 1));
        assertThat(PageFurniture.date("2023/3/1 09:00")).contains(LocalDate.of(2023, 3, 1));
        assertThat(PageFurniture.date("2023-02-30")).isEmpty();
    }
}
