package org.taizhang.cli.roundtrip;

import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.Numbering;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * Plans as readers make them, in the shapes real ledgers have: parts {@code 一、} over points
 * {@code （一）} over items {@code 1.} / {@code （1）} / {@code ①}; groups named only by a title (a
 * merged 工作任务 cell); groups numbered by a 序号 column; tasks outside any section; sections
 * with no task; tasks with and without numbers, names, units, deadlines, progress and status.
 * Responsibilities and deadlines are parsed from their text, as a reader does.
 */
final class PlanGenerator {
    private static final List<String> TITLES = List.of("提高政策公开质量，提升政务服务效能", "深化重点领域信息公开",
            "继续做好规章和规范性文件的集中公开。", "加强政策解读", "优化政务服务", "编制基层政务公开事项标准目录",
            "城乡规划领域、征地补偿领域", "推进决策公开", "强化平台建设，提升公开实效", "-负面清单管理",
            "依法做好政府信息依申请公开工作（含复议、诉讼）");
    private static final List<String> CONTENTS = List.of("做好现行有效政府规章的集中规范公开，建立健全动态更新工作机制。",
            "进一步强化政府公文分类展示。", "结合本级政府权责清单、公共服务事项清单，全面梳理细化相关领域政务公开事项",
            "及时发布“放管服”改革、优化营商环境等重大政策，\n做好解读。", "全面公开2022年度部门预算、决算。",
            "=SUM(A1)以外的文字", "按照“谁制定、谁解读”原则，同步做好政策解读；",
            "1.设置专栏；2.及时更新。", "重大建设项目领域", "公共资源交易领域");
    private static final List<String> UNITS = List.of("市司法局牵头，市政府各部门负责落实", "旗区级以上政府负责落实",
            "市发展改革委、市财政局", "各旗区人民政府，市直各部门", "市政务服务局（市政府办公室配合）",
            "主体责任单位：各区政府；主管责任单位：市政府；指导责任单位：市行政审批和政务服务局",
            "县政府办公室、县融媒体中心", "各乡镇（街道）");
    private static final List<String> DEADLINES = List.of("2022年9月底前", "全年持续推进", "每年3月底前",
            "2022年6月30日前", "长期坚持", "印发后30日内", "2020年10月底", "2022年第三季度", "适时");
    private static final List<String> PROGRESS = List.of("已设置专栏并持续更新。", "1.市人民政府门户网站设置栏目；\n2.及时更新。");
    private static final List<String> NAMES = List.of("集中公开", "政策解读", "公文展示", "预决算公开");
    private static final DeadlineContext YEAR = DeadlineContext.ofYear(2022);

    private PlanGenerator() {}

    static Gen<WorkPlan> plans() {
        Gen<Optional<String>> title = Generate.pick(List.of("鄂尔多斯市2022年政务公开工作要点任务台账",
                "乌海市基层政务公开标准化规范化重点工作任务分解", "某县2022年重点工作任务台账")).toOptionals(70);
        return title.zip(SourceDSL.lists().of(tasks()).ofSizeBetween(0, 2), outline(), (t, loose, sections) -> {
            WorkPlan.Builder p = WorkPlan.builder().addAllTasks(loose).addAllSections(sections);
            t.ifPresent(p::title);
            return p.build();
        });
    }

    /** Top-level sections of one style, each with children of the next styles. */
    private static Gen<List<Section>> outline() {
        Gen<List<Numbering>> styles = Generate.pick(List.of(
                List.of(Numbering.CN_COMMA, Numbering.CN_PAREN, Numbering.ARABIC_DOT),
                List.of(Numbering.CN_COMMA, Numbering.CN_PAREN, Numbering.ARABIC_PAREN),
                List.of(Numbering.CN_COMMA, Numbering.NONE),
                List.of(Numbering.CN_PAREN, Numbering.CIRCLED),
                List.of(Numbering.ARABIC),
                List.of(Numbering.ARABIC, Numbering.NONE),
                List.of(Numbering.NONE),
                List.of(Numbering.CN_COMMA, Numbering.CN_PAREN, Numbering.ARABIC_DOT, Numbering.CIRCLED)));
        return styles.flatMap(s -> SourceDSL.lists().of(section(s, 0)).ofSizeBetween(0, 3)).map(PlanGenerator::renumber);
    }

    private static Gen<Section> section(List<Numbering> styles, int depth) {
        Gen<List<Task>> own = SourceDSL.lists().of(tasks()).ofSizeBetween(depth + 1 < styles.size() ? 0 : 1, 3);
        Gen<List<Section>> children = depth + 1 < styles.size()
                ? SourceDSL.lists().of(section(styles, depth + 1)).ofSizeBetween(0, 2) : Generate.constant(List.of());
        return Generate.pick(TITLES).zip(own, children, (title, tasks, sections) -> {
            Section.Builder b = Section.builder().numbering(styles.get(depth)).title(title).addAllTasks(tasks)
                    .addAllSections(renumber(sections));
            return b.build();
        });
    }

    // siblings numbered 一 二 三 / 1 2 3 / ① ② ③ in order, as a document numbers them
    private static List<Section> renumber(List<Section> siblings) {
        java.util.List<Section> out = new java.util.ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Section s = siblings.get(i);
            out.add(Section.builder().from(s).number(number(s.numbering(), i)).build());
        }
        return out;
    }

    private static Optional<String> number(Numbering style, int i) {
        switch (style) {
            case CN_COMMA:
            case CN_PAREN:
                return Optional.of(String.valueOf("一二三四五六七八九十".charAt(i)));
            case CIRCLED:
                return Optional.of(String.valueOf((char) ('①' + i)));
            case NONE:
                return Optional.empty();
            default:
                return Optional.of(String.valueOf(i + 1));
        }
    }

    static Gen<Task> tasks() {
        Gen<Task> base = Generate.pick(CONTENTS).zip(Generate.pick(UNITS).toOptionals(80),
                Generate.pick(DEADLINES).toOptionals(75), Generate.pick(NAMES).toOptionals(25),
                (content, units, deadline, name) -> {
                    Task.Builder t = Task.builder().content(content);
                    units.ifPresent(u -> t.responsibility(ResponsibilityParser.parse(u)));
                    deadline.ifPresent(d -> t.deadline(Deadline.parse(d, YEAR)));
                    name.ifPresent(t::name);
                    return t.build();
                });
        return base.zip(SourceDSL.integers().between(0, 30).toOptionals(40), Generate.pick(PROGRESS).toOptionals(30),
                Generate.enumValues(Status.class), (task, number, progress, status) -> {
                    Task.Builder t = Task.builder().from(task).status(status);
                    number.ifPresent(n -> t.number(String.valueOf(n + 1)));
                    progress.ifPresent(t::progress);
                    return t.build();
                });
    }
}
