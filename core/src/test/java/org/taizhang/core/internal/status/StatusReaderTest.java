package org.taizhang.core.internal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.Status;

/** Status words as offices write them in a 状态 cell or a 落实情况 text. */
class StatusReaderTest {

    static Stream<Arguments> phrases() {
        return Stream.of(
                // done, as a fact
                Arguments.of("已完成", Status.DONE),
                Arguments.of("完成", Status.DONE),
                Arguments.of("已办结", Status.DONE),
                Arguments.of("办结", Status.DONE),
                Arguments.of("已销号", Status.DONE),
                Arguments.of("销号", Status.DONE),
                Arguments.of("已 完 成", Status.DONE),
                Arguments.of("已于2022年8月15日完成", Status.DONE),
                Arguments.of("已于8月15日前完成", Status.DONE),
                Arguments.of("该项工作已按时完成。", Status.DONE),
                Arguments.of("完成（9月18日）", Status.DONE),
                Arguments.of("完成(2022年3月2日)", Status.DONE),
                Arguments.of("任务完成，成果已公开。", Status.DONE),
                Arguments.of("已全部完成，并在政府网站公开", Status.DONE),
                Arguments.of("目前已完成", Status.DONE),
                Arguments.of("已完成100%", Status.DONE),
                Arguments.of("提前完成年度任务", Status.DONE),
                Arguments.of("已落实", Status.DONE),
                Arguments.of("该事项已办理完毕", Status.DONE),
                Arguments.of("1.已完成栏目建设；2.已完成目录编制。", Status.DONE),
                Arguments.of("已按计划完成", Status.DONE),
                Arguments.of("2022年8月15日已完成", Status.DONE),
                Arguments.of("已于8月底前完成并公开", Status.DONE),
                Arguments.of("已全面完成", Status.DONE),
                Arguments.of("已按要求完成", Status.DONE),
                Arguments.of("已完成。下一步将持续做好信息更新。", Status.DONE),
                Arguments.of("1.已完成栏目建设；2.已于6月30日完成目录编制。", Status.DONE),
                // in progress
                Arguments.of("正在推进", Status.IN_PROGRESS),
                Arguments.of("按计划推进中", Status.IN_PROGRESS),
                Arguments.of("推进中", Status.IN_PROGRESS),
                Arguments.of("进行中", Status.IN_PROGRESS),
                Arguments.of("正在进行", Status.IN_PROGRESS),
                Arguments.of("实施中", Status.IN_PROGRESS),
                Arguments.of("办理中", Status.IN_PROGRESS),
                Arguments.of("正常推进", Status.IN_PROGRESS),
                Arguments.of("已启动", Status.IN_PROGRESS),
                Arguments.of("已开展调研53次", Status.IN_PROGRESS),
                Arguments.of("已经启动方案起草工作，正在征求意见", Status.IN_PROGRESS),
                Arguments.of("已完成80%", Status.IN_PROGRESS),
                Arguments.of("完成总工作量的60％", Status.IN_PROGRESS),
                Arguments.of("部分完成", Status.IN_PROGRESS),
                Arguments.of("工作稳步推进", Status.IN_PROGRESS),
                Arguments.of("正在有序推进", Status.IN_PROGRESS),
                Arguments.of("方案起草中", Status.IN_PROGRESS),
                Arguments.of("未按期完成，正在加快推进", Status.IN_PROGRESS),
                Arguments.of("未能如期完成", Status.IN_PROGRESS),
                Arguments.of("进度滞后", Status.IN_PROGRESS),
                Arguments.of("已完成前期调研，方案尚未印发；正在推进", Status.IN_PROGRESS),
                Arguments.of("1.已完成栏目建设；2.目录编制正在推进中。", Status.IN_PROGRESS),
                Arguments.of("已完成方案起草，尚未启动实施", Status.IN_PROGRESS),
                Arguments.of("1.已完成集约化网站群平台建设，进一步优化集约化平台功能；2.探索开展数据开放和开发利用工作；"
                        + "3.进一步优化政府网站内容管理。", Status.IN_PROGRESS),
                Arguments.of("（一）已完成目录编制；（二）加强解读", Status.IN_PROGRESS),
                // negated completion: begun, not finished
                Arguments.of("未完成", Status.IN_PROGRESS),
                Arguments.of("尚未完成", Status.IN_PROGRESS),
                Arguments.of("没有完成", Status.IN_PROGRESS),
                Arguments.of("未按时完成", Status.IN_PROGRESS),
                Arguments.of("仍未办结", Status.IN_PROGRESS),
                // not started
                Arguments.of("尚未启动", Status.NOT_STARTED),
                Arguments.of("暂未开展", Status.NOT_STARTED),
                Arguments.of("未启动", Status.NOT_STARTED),
                Arguments.of("未开始", Status.NOT_STARTED),
                Arguments.of("还未开始", Status.NOT_STARTED),
                Arguments.of("未开展", Status.NOT_STARTED),
                Arguments.of("待启动", Status.NOT_STARTED),
                Arguments.of("暂无进展", Status.NOT_STARTED),
                Arguments.of("因故未开展", Status.NOT_STARTED),
                Arguments.of("因疫情影响，暂未开展。", Status.NOT_STARTED),
                Arguments.of("尚未启动；", Status.NOT_STARTED),
                // plans and other text say nothing
                Arguments.of("10月底前完成", Status.UNKNOWN),
                Arguments.of("年底前完成汇总、公开、建档工作。", Status.UNKNOWN),
                Arguments.of("将于12月底前完成", Status.UNKNOWN),
                Arguments.of("力争9月完成", Status.UNKNOWN),
                Arguments.of("计划于三季度完成", Status.UNKNOWN),
                Arguments.of("下一步将持续推进", Status.UNKNOWN),
                Arguments.of("将有序推进", Status.UNKNOWN),
                Arguments.of("加快推进信息公开平台建设", Status.UNKNOWN),
                Arguments.of("1.设置栏目；2.动态更新。", Status.UNKNOWN),
                Arguments.of("积极推进要点工作任务落实，按季度调度工作进展", Status.UNKNOWN),
                Arguments.of("不开展政务公开第三方评估", Status.UNKNOWN),
                Arguments.of("组织开展线下系列主题开放活动", Status.UNKNOWN),
                Arguments.of("2022年底前各旗区、各部门要结合实际完成行政规范性文件更新清理工作", Status.UNKNOWN),
                Arguments.of("完成情况良好", Status.UNKNOWN),
                Arguments.of("暂缓", Status.UNKNOWN),
                Arguments.of("按要求完成相关工作，需要各单位配合", Status.DONE),
                Arguments.of("各旗区要于9月底前、各部门要于10月底前完成", Status.UNKNOWN),
                Arguments.of("", Status.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("phrases")
    void reads_the_status_offices_write(String text, Status expected) {
        assertThat(StatusReader.read(text, OptionalInt.of(2022)).status()).isEqualTo(expected);
    }

    static Stream<Arguments> completionDays() {
        return Stream.of(
                Arguments.of("已于2022年8月15日完成", LocalDate.of(2022, 8, 15)),
                Arguments.of("完成（9月18日）", LocalDate.of(2022, 9, 18)),
                Arguments.of("完成(10月2日)", LocalDate.of(2022, 10, 2)),
                Arguments.of("已于2022-08-15办结", LocalDate.of(2022, 8, 15)),
                Arguments.of("2022.8.15已完成", LocalDate.of(2022, 8, 15)),
                Arguments.of("3月10日召开会议部署，已于5月20日完成", LocalDate.of(2022, 5, 20)),
                Arguments.of("已于２０２２年１１月３０日办结", LocalDate.of(2022, 11, 30)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("completionDays")
    void takes_the_completion_day_from_a_done_text(String text, LocalDate day) {
        StatusReader.Reading r = StatusReader.read(text, OptionalInt.of(2022));
        assertThat(r.status()).isEqualTo(Status.DONE);
        assertThat(r.completedOn()).contains(day);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDays")
    void gives_no_completion_day_unless_done_on_a_real_day(String text) {
        assertThat(StatusReader.read(text, OptionalInt.of(2022)).completedOn()).isEmpty();
    }

    static Stream<String> noDays() {
        return Stream.of("已完成", "正在推进，预计10月15日完成", "已于2月30日完成", "尚未完成（9月18日）");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeDays")
    void reads_a_completion_day_cell(String cell, LocalDate day) {
        assertThat(Dates.wholeDay(cell, OptionalInt.of(2022))).contains(day);
    }

    static Stream<Arguments> wholeDays() {
        return Stream.of(
                Arguments.of("2022年8月15日", LocalDate.of(2022, 8, 15)),
                Arguments.of("8月15日", LocalDate.of(2022, 8, 15)),
                Arguments.of("2022-08-15", LocalDate.of(2022, 8, 15)),
                Arguments.of("2022/8/5", LocalDate.of(2022, 8, 5)),
                Arguments.of(" 2022.12.1 ", LocalDate.of(2022, 12, 1)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("notDays")
    void a_cell_with_more_than_a_day_is_not_a_completion_day(String cell) {
        assertThat(Dates.wholeDay(cell, OptionalInt.of(2022))).isEmpty();
    }

    static Stream<String> notDays() {
        return Stream.of("2022年9月底前", "已完成", "2022年13月1日", "", "8月15日前后");
    }

    @org.junit.jupiter.api.Test
    void the_word_file_is_read_and_every_class_is_used() {
        assertThat(StatusLexicon.shipped().tokens("尚未启动")).extracting(StatusLexicon.Token::wordClass)
                .containsExactly(StatusLexicon.WordClass.NEGATION, StatusLexicon.WordClass.START);
        assertThat(StatusReader.clauses("1.已完成；2.正在推进，预计年底完成。")).hasSize(3);
    }
}
