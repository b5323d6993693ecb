package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline phrase that governs a sentence. Columns: the sentence | the phrase. */
class DeadlinePhrasesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11月底前，完成政务公开专栏改版。|11月底前",
        "各部门要于本方案印发后15日内报送联络员名单。|于本方案印发后15日内",
        "县统计局负责编制统计信息公开目录，每半年报送一次。|每半年",
        "2023年8月底前制定并印发平台建设方案。|2023年8月底前",
        "年底前以村为单位公开补贴发放结果。|年底前",
        "各乡镇要在6月30日前完成公开目录更新。|6月30日前",
        "2023年底前实现政务服务事项全覆盖。|2023年底前",
        "力争三季度末完成全部整改。|三季度末",
        "分别于6月底、12月底前报送工作进展。|6月底、12月底前",
        "春节前完成农民工工资支付情况排查。|春节前",
        "每年3月底前公布上一年度报告。|每年3月底前",
        "按季度调度工作进展。|按季度",
        "自本方案印发之日起30日内完成自查。|本方案印发之日起30日内",
        "今年内完成平台迁移。|今年内",
        "3月至6月开展专项行动。|3月至6月",
        "2023年6月—12月开展隐患排查。|2023年6月—12月",
        "9月中旬前完成项目验收。|9月中旬前",
        "第三季度完成招标采购。|第三季度",
        "11月份开展群众满意度评估。|11月份",
        "次年1月底前公布年度报告。|次年1月底前",
        "6月底、9月底、12月底各开展一次调度。|6月底、9月底、12月底",
        "国庆节前完成安全大检查。|国庆节前",
        // time references of something else are skipped
        "行政许可事项5个工作日内办结。|",
        "截至2022年底，全县已建成政务服务站120个。|",
        "自2023年1月1日起施行。|",
        "对2022年6月底前出台的政策开展评估，9月底前完成。|9月底前",
        "按照《2023年6月底前完成清理的通知》要求开展工作。|",
        "一年内完成两次培训。|",
        "全年粮食产量稳定在5亿斤以上。|",
        "提前谋划，加强统筹。|",
    })
    void finds_the_governing_phrase(String sentence, String phrase) {
        assertThat(DeadlinePhrases.governing(sentence).map(p -> p.text).orElse(""))
                .isEqualTo(Objects.toString(phrase, ""));
    }
}
