package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parts that state aims, and parts of work. */
class AimsTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "指导思想|true", "总体要求|true", "工作目标|true", "基本原则|true", "主要目标|true",
        "指导思想和基本原则|true", "目标要求|true", "总体思路|true", "充分认识做好安全生产工作的重要意义|true",
        "重点任务|false", "主要任务|false", "保障措施|false", "工作要求|false", "目标任务|false",
        "工作步骤|false", "职责分工|false", "强化组织保障|false", "深化政务公开|false", "总体要求和主要任务|false",
        "加快推进乡村振兴目标任务落实|false",
    })
    void tells_aims_from_work(String title, boolean aims) {
        assertThat(AimsTitle.is(title)).isEqualTo(aims);
    }
}
