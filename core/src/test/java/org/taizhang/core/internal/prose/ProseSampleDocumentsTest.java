package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.text.TextLedgerReader;
import org.taizhang.core.spi.ReadContext;

/**
 * Whole work plans in the style of other governments (a county's 政务公开, a city's 营商环境, a
 * province's 安全生产, a town's 乡村振兴 list), read from the .txt files beside this class. Each task
 * is summed up as {@code id | name | content | units as name:ROLE (* when inferred) | deadline text and
 * due dates}.
 */
class ProseSampleDocumentsTest {
    @TempDir
    Path dir;

    private WorkPlan read(String name) throws IOException, LedgerException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return new TextLedgerReader().read(file, new ReadContext(name, ReadOptions.defaults()));
    }

    private static List<String> summary(WorkPlan plan) {
        return plan.allTasks().stream().map(ProseSampleDocumentsTest::line).collect(Collectors.toList());
    }

    private static String line(OutlineEntry<Task> e) {
        Task t = e.item();
        return e.id() + " | " + t.name().orElse("") + " | " + t.content().orElse("")
                + " | " + t.responsibility().map(r -> r.assignments().stream()
                        .map(a -> a.unit().name() + ":" + a.role()).collect(Collectors.joining(" "))).orElse("")
                + (t.inferred().contains(Task.RESPONSIBILITY) ? " *" : "")
                + " | " + t.deadline().map(d -> d.text() + " " + d.due().stream().map(Object::toString)
                        .collect(Collectors.joining(","))).orElse("");
    }

    private static List<String> titles(List<Section> sections) {
        return sections.stream().map(Section::heading).collect(Collectors.toList());
    }

    @Test
    void county_open_government_plan() throws Exception {
        WorkPlan plan = read("county-open-government.txt");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 3, 10));
        assertThat(titles(plan.sections())).containsExactly("一、指导思想", "二、工作目标", "三、重点任务", "四、保障措施");
        // the aims parts keep their place in the outline, their text goes to the notes
        assertThat(plan.sections().get(0).tasks()).isEmpty();
        assertThat(plan.sections().get(1).tasks()).isEmpty();
        assertThat(plan.notes()).contains("一、指导思想", "到2023年底，全县政务公开标准化规范化水平明显提升。",
                "以下各项工作各乡镇（街道）均需抓好落实，不再重复列出。");
        assertThat(plan.taskCount()).isEqualTo(14);
        assertThat(summary(plan)).containsExactly(
                "3.1 | 深化决策公开 | 制定年度重大行政决策事项目录并向社会公开。 | 县司法局:LEAD 各乡镇:RESPONSIBLE | ",
                "3.2 | 推进“三减”改革 | 全面推行“三减”(减材料、减环节、减时限)，提升办事便利度 | 县卫健委:LEAD 县医保局:LEAD 县直有关单位:RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | ",
                "3.3 | 规范政务服务事项 | 编制政务服务事项清单，动态调整 | 县政务服务中心:LEAD 县直各部门:RESPONSIBLE 各镇(开发区):RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | ",
                "3.4 | 加强文旅信息公开 | 及时发布文化和旅游活动信息。 | 县文旅局:LEAD 各乡镇（街道）:RESPONSIBLE * | ",
                "3.5 | 做好预算公开 | 按照《关于进一步做好预算公开工作的通知》(财预〔2023〕12号)要求，公开部门预算(财预〔2023〕12号)。 | 各乡镇（街道）:RESPONSIBLE * | ",
                "3.6 | 加强政策解读 | 完成全县政策文件解读材料的集中整理。 | 各乡镇（街道）:RESPONSIBLE * | 11月底前 2023-11-30",
                "3.7 | 规范信息报送 | 县政府办要会同县大数据中心建立信息报送机制，于本方案印发后15日内报送联络员名单。 | 县政府办:LEAD 县大数据中心:SUPPORT 各乡镇（街道）:RESPONSIBLE * | 于本方案印发后15日内 2023-03-27",
                "3.8 | 开展年度报告 | 县统计局负责编制统计信息公开目录，每半年报送一次。 | 县统计局:RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | 每半年 2023-06-30,2023-12-31",
                "3.9 | 推进公开平台建设 | 由县政务服务中心牵头，县财政局、县自然资源局配合，2023年8月底前制定并印发平台建设方案。 | 县政务服务中心:LEAD 县财政局:SUPPORT 县自然资源局:SUPPORT 各乡镇（街道）:RESPONSIBLE * | 2023年8月底前 2023-08-31",
                "3.10 | 强化考核 | 请各乡镇于12月15日前报送年度工作总结。 | 县政府办:RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | 2023年12月底前 2023-12-31",
                "3.11 | 规范依申请公开 | 完善依申请公开办理流程 | 县司法局:LEAD 县直各部门:SUPPORT 各乡镇（街道）:RESPONSIBLE * | 9月底前 2023-09-30",
                "4.1 | 加强组织领导 | 各乡镇、各部门要明确分管领导，年底前完成人员配备。 | 各乡镇:RESPONSIBLE 各部门:RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | 年底前 2023-12-31",
                "4.2 | 强化培训 |  | 县政府办:RESPONSIBLE 各乡镇（街道）:RESPONSIBLE * | 持续推进 ",
                "4.3 | 加强监督 | 对未按要求公开的单位进行通报（牵头单位：县政府办 | 各乡镇（街道）:RESPONSIBLE * | "
        );
    }

    @Test
    void city_business_environment_plan_with_items() throws Exception {
        WorkPlan plan = read("city-business-environment.txt");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2024, 2, 26));
        assertThat(titles(plan.sections())).containsExactly("一、总体要求", "二、重点任务", "三、组织保障");
        assertThat(titles(plan.sections().get(1).sections()))
                .containsExactly("（一）提升政务服务效能", "（二）优化市场准入环境", "（三）加强要素保障");
        assertThat(plan.notes()).contains("坚持以市场主体需求为导向，持续打造市场化法治化国际化一流营商环境。");
        assertThat(summary(plan)).containsExactly(
                "2.1.1 |  | 深化“一网通办”改革，2024年6月底前实现高频事项“一次办”。 | 市政务服务局:LEAD 各区人民政府:RESPONSIBLE 市直有关部门:RESPONSIBLE | 2024年6月底前 2024-06-30",
                "2.1.2 |  | 推行惠企政策“免申即享”，每季度更新政策清单。 | 市发改委:RESPONSIBLE 市工信局:RESPONSIBLE | 每季度 2024-03-31,2024-06-30,2024-09-30,2024-12-31",
                "2.1.3 |  | 规范中介服务收费。 | 市市场监管局:LEAD 市财政局:SUPPORT 市发改委:SUPPORT | 9月底前 2024-09-30",
                "2.2.1 |  | 全面落实市场准入负面清单制度 | 市发改委:LEAD 市商务局:RESPONSIBLE 各区(园区):RESPONSIBLE | ",
                "2.2.2 |  | 市市场监管局要会同市税务局推进企业开办全程网办，于本要点印发后30日内出台实施细则。 | 市市场监管局:LEAD 市税务局:SUPPORT * | 于本要点印发后30日内 2024-03-27",
                "2.2.3 |  | 开展涉企违规收费专项整治 | 市市场监管局:RESPONSIBLE | 2024年11月30日前 2024-11-30",
                "2.3.1 |  | 由市自然资源局牵头，市住建局、市水务局配合，推行“标准地”出让。 | 市自然资源局:LEAD 市住建局:SUPPORT 市水务局:SUPPORT * | ",
                "2.3.2 |  | 建成全市统一的企业融资综合信用服务平台。 | 市地方金融监管局:RESPONSIBLE | 年底前 2024-12-31",
                "3.1 | 强化统筹调度 | 市优化营商环境领导小组办公室要每月调度各项任务进展。 | 市优化营商环境领导小组办公室:RESPONSIBLE * | 每月 2024-01-31,2024-02-29,2024-03-31,2024-04-30,2024-05-31,2024-06-30,2024-07-31,2024-08-31,2024-09-30,2024-10-31,2024-11-30,2024-12-31",
                "3.2 | 严格督查考核 | 请各责任单位于每月5日前报送工作进展情况。 | 各责任单位:RESPONSIBLE * | 每月5日前 2024-01-05,2024-02-05,2024-03-05,2024-04-05,2024-05-05,2024-06-05,2024-07-05,2024-08-05,2024-09-05,2024-10-05,2024-11-05,2024-12-05"
        );
    }

    @Test
    void provincial_work_safety_plan_with_a_statement_line() throws Exception {
        WorkPlan plan = read("province-work-safety.txt");
        assertThat(plan.issuer()).contains("某省安全生产委员会办公室");
        assertThat(titles(plan.sections())).containsExactly("一、指导思想和基本原则", "二、主要任务", "三、保障措施");
        // the points of an aims part are kept as empty sections
        assertThat(titles(plan.sections().get(0).sections())).containsExactly("（一）指导思想", "（二）基本原则");
        assertThat(plan.sections().get(0).sections()).allSatisfy(s -> assertThat(s.tasks()).isEmpty());
        assertThat(plan.notes()).contains("各市（州）安委会均需结合实际抓好落实，以下不再重复列出");
        assertThat(summary(plan)).containsExactly(
                "2.1 | 深化专项整治 | 开展重大事故隐患专项排查整治行动，2023年6月底前完成集中攻坚。 | 省安委办:LEAD 省安委会有关成员单位:RESPONSIBLE 各市（州）安委会:RESPONSIBLE * | 2023年6月底前 2023-06-30",
                "2.2 | 强化危险化学品安全监管 | 推进化工园区安全风险智能化管控平台建设。 | 省应急管理厅:LEAD 省工业和信息化厅:SUPPORT 省生态环境厅:SUPPORT 各市（州）安委会:RESPONSIBLE * | 2023年12月底前 2023-12-31",
                "2.3 | 加强道路交通安全管理 | 省公安厅、省交通运输厅要深化“两客一危”重点车辆治理，每季度通报一次。 | 省公安厅:RESPONSIBLE 省交通运输厅:RESPONSIBLE 各市（州）安委会:RESPONSIBLE * | 每季度 2023-03-31,2023-06-30,2023-09-30,2023-12-31",
                "2.4 | 提升应急救援能力 | 省应急管理厅负责修订省级应急预案，于本要点印发后60日内报省政府审定。 | 省应急管理厅:RESPONSIBLE 各市（州）安委会:RESPONSIBLE * | 于本要点印发后60日内 2023-05-04",
                "3.1 | 压实安全生产责任 | 各级党委政府要落实属地管理责任。 | 各级党委政府:RESPONSIBLE 各市（州）安委会:RESPONSIBLE * | ",
                "3.2 | 强化宣传教育 | 组织开展“安全生产月”活动。 | 省应急管理厅:RESPONSIBLE 省委宣传部:RESPONSIBLE 各市（州）安委会:RESPONSIBLE * | 6月底前 2023-06-30"
        );
    }

    @Test
    void town_rural_revitalization_list_with_labelled_lines() throws Exception {
        WorkPlan plan = read("town-rural-revitalization.txt");
        assertThat(titles(plan.sections())).containsExactly("一、工作目标", "二、重点工作", "三、工作要求");
        assertThat(plan.notes()).contains("全年粮食播种面积稳定在5万亩以上，农村居民人均可支配收入增长7%。");
        assertThat(summary(plan)).containsExactly(
                "2.1.1 |  | 落实防止返贫动态监测帮扶机制,每月开展一次排查。 | 镇乡村振兴办:LEAD 各村:RESPONSIBLE * | 每月 2023-01-31,2023-02-28,2023-03-31,2023-04-30,2023-05-31,2023-06-30,2023-07-31,2023-08-31,2023-09-30,2023-10-31,2023-11-30,2023-12-31",
                "2.1.2 |  | 做好脱贫人口小额信贷工作。 | 镇财政所:RESPONSIBLE | 2023年12月31日前 2023-12-31",
                "2.2.1 |  | 镇村建办要会同各村开展村庄清洁行动,每季度评比一次。 | 镇村建办:LEAD 各村:SUPPORT * | 每季度 2023-03-31,2023-06-30,2023-09-30,2023-12-31",
                "2.2.2 |  | 完成农村户厕问题摸排整改 | 镇村建办:RESPONSIBLE | 3月底前 2023-03-31",
                "2.2.3 |  | 推进生活垃圾分类试点。 | 镇综合执法队:RESPONSIBLE | 长期坚持 ",
                "3.1 | 加强组织领导 | 各村要成立工作专班,明确专人负责。 | 各村:RESPONSIBLE * | ",
                "3.2 | 强化督导考核 | 镇党政办每半年对各村工作开展情况进行督查通报。 | 镇党政办:RESPONSIBLE * | 每半年 2023-06-30,2023-12-31"
        );
    }

    @Test
    void district_rule_of_law_plan_with_notes_on_headings() throws Exception {
        WorkPlan plan = read("district-rule-of-law.txt");
        assertThat(titles(plan.sections()))
                .containsExactly("一、加强制度建设", "二、推进严格规范公正文明执法", "三、强化监督");
        // a point that is only a statement stays in the outline; its units go to the points after it
        assertThat(plan.notes()).containsExactly("各镇（街道）为以下所有任务的责任单位，不再逐一列出。");
        assertThat(summary(plan)).containsExactly(
                "1.1 | 全面清理规范性文件 | 对现行有效的规范性文件进行全面清理，6月底前向社会公布清理结果。 | 区司法局:LEAD * | 6月底前 2023-06-30",
                "1.2 |  | 完善合法性审核机制，区直各部门负责。 | 区直各部门:RESPONSIBLE * | ",
                "2.1 |  | 区市场监管局、区城管局要在10月底前完成执法案卷评查。 | 区市场监管局:RESPONSIBLE 区城管局:RESPONSIBLE * | 10月底前 2023-10-31",
                "2.2 |  | 全面推行行政执法“三项制度”，各执法部门按职责分工负责，全年持续推进。 | 各执法部门:RESPONSIBLE * | 全年 ",
                "2.3 |  | 做好执法信息公示工作 | 区直各行政执法部门:RESPONSIBLE | 常态化开展 ",
                "2.4 |  | 推进包容审慎监管（详见附件：清单）。 |  | ",
                "2.5 |  | 区政府办公室负责统筹，每月5日前通报工作进展情况。 | 区政府办公室:RESPONSIBLE * | 每月5日前 2023-01-05,2023-02-05,2023-03-05,2023-04-05,2023-05-05,2023-06-05,2023-07-05,2023-08-05,2023-09-05,2023-10-05,2023-11-05,2023-12-05",
                "3.1 | 自觉接受人大监督 | 按时办理人大代表建议和政协委员提案，办结率达到100%。 | 区政府办:RESPONSIBLE 各承办单位:RESPONSIBLE | 9月30日前 2023-09-30",
                "3.2 |  | 各镇（街道）为以下所有任务的责任单位，不再逐一列出。 |  | ",
                "3.3 | 加强行政复议 | 区司法局要会同区法院建立府院联动机制。 | 区司法局:LEAD 区法院:SUPPORT 各镇（街道）:RESPONSIBLE * | ",
                "3.4 | 做好年度报告 | 区政府于每年3月31日前向区委、市政府报告上一年度法治政府建设情况。 | 区政府:RESPONSIBLE 各镇（街道）:RESPONSIBLE * | 每年3月31日前 2023-03-31"
        );
    }
}
