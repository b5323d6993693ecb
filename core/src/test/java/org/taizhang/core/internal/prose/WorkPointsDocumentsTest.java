package org.taizhang.core.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.DeadlineKind;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.Section;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.internal.text.TextLedgerReader;
import org.taizhang.core.spi.ReadContext;

/**
 * Work-points documents as other governments publish them, read from .txt files: headings that
 * share a line with their text, points numbered {@code 1.} under parts, a third level, web page
 * exports with their furniture, documents without a notice, with the date at the end and
 * attachment lines.
 */
class WorkPointsDocumentsTest {
    @TempDir
    Path dir;

    private WorkPlan read(String name, String... lines) throws IOException, LedgerException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return new TextLedgerReader().read(file, new ReadContext(name, ReadOptions.defaults()));
    }

    private static List<Task> tasks(WorkPlan plan) {
        return plan.allTasks().stream().map(OutlineEntry::item).collect(Collectors.toList());
    }

    private static Task named(WorkPlan plan, String name) {
        return tasks(plan).stream().filter(t -> t.name().orElse("").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no task named " + name));
    }

    private static Task starting(WorkPlan plan, String start) {
        return tasks(plan).stream().filter(t -> t.content().orElse("").startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no task starting with " + start));
    }

    private static List<String> names(Section section) {
        return section.tasks().stream().map(t -> t.name().orElse("-")).collect(Collectors.toList());
    }

    /** A provincial document: each point's heading is the first sentence of its paragraph. */
    @Test
    void splits_points_whose_heading_and_paragraph_share_one_line() throws Exception {
        WorkPlan plan = read("province.txt",
                "某省人民政府办公厅关于印发《某省2023年政务公开工作要点》的通知",
                "各市人民政府，省政府各部门：",
                "现将《某省2023年政务公开工作要点》印发给你们，请认真贯彻执行。",
                "某省人民政府办公厅",
                "2023年4月20日",
                "某省2023年政务公开工作要点",
                "2023年是全面贯彻落实党的二十大精神的开局之年。做好全省政务公开工作，要坚持以人民为中心。",
                "一、围绕稳经济促发展加强政策发布解读",
                "（一）持续做好规范性文件集中公开。依托政府网站集中公开现行有效的规范性文件，省司法厅要于6月底前完成规章库更新。",
                "（二）加强涉企政策公开。各级政府部门要在政策出台后10个工作日内发布解读材料。",
                "深化政策“一网通查”，提升企业获取政策的便利度。",
                "二、加强政策解读。各地区各部门要把解读摆在与制定政策同等重要的位置。",
                "（三）提升解读质量。围绕群众关切，丰富解读形式。",
                "（四）做好舆情回应：省政府新闻办要每季度组织一次新闻发布会。",
                "三、强化组织保障",
                "（五）加强组织领导。",
                "各市政府要将政务公开纳入年度绩效考核。");

        assertThat(plan.title()).contains("某省2023年政务公开工作要点");
        assertThat(plan.issuer()).contains("某省人民政府办公厅");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 4, 20));
        assertThat(plan.notes()).contains("各市人民政府，省政府各部门：", "2023年4月20日")
                .doesNotContain("某省2023年政务公开工作要点");
        assertThat(plan.sections()).extracting(Section::title).containsExactly(
                "围绕稳经济促发展加强政策发布解读", "加强政策解读", "强化组织保障");
        assertThat(names(plan.sections().get(0))).containsExactly("持续做好规范性文件集中公开", "加强涉企政策公开");
        assertThat(names(plan.sections().get(1))).containsExactly("-", "提升解读质量", "做好舆情回应");
        assertThat(plan.taskCount()).isEqualTo(6);

        Task first = named(plan, "持续做好规范性文件集中公开");
        assertThat(first.number()).contains("一");
        assertThat(first.content()).contains("依托政府网站集中公开现行有效的规范性文件，省司法厅要于6月底前完成规章库更新。");
        assertThat(first.deadline().orElseThrow().text()).isEqualTo("6月底前");
        assertThat(first.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 6, 30));
        assertThat(first.responsibility().orElseThrow().text()).isEqualTo("省司法厅");
        assertThat(first.source().orElseThrow().row()).contains(9);
        assertThat(first.source().orElseThrow().cells()).containsEntry(Task.NAME, "line 9")
                .containsEntry(Task.CONTENT, "line 9");

        Task enterprise = named(plan, "加强涉企政策公开");
        assertThat(enterprise.content()).contains("各级政府部门要在政策出台后10个工作日内发布解读材料。\n"
                + "深化政策“一网通查”，提升企业获取政策的便利度。");
        assertThat(enterprise.deadline().orElseThrow().text()).isEqualTo("政策出台后10个工作日内");

        Task partText = plan.sections().get(1).tasks().get(0);
        assertThat(partText.number()).isEmpty();
        assertThat(partText.content()).contains("各地区各部门要把解读摆在与制定政策同等重要的位置。");
        assertThat(partText.responsibility().orElseThrow().text()).isEqualTo("各地区各部门");
        assertThat(named(plan, "做好舆情回应").content()).contains("省政府新闻办要每季度组织一次新闻发布会。");
        assertThat(named(plan, "做好舆情回应").deadline().orElseThrow().kind()).isEqualTo(DeadlineKind.RECURRING);

        Task leadership = named(plan, "加强组织领导");
        assertThat(leadership.content()).contains("各市政府要将政务公开纳入年度绩效考核。");
        assertThat(leadership.source().orElseThrow().cells()).containsEntry(Task.CONTENT, "line 17");
    }

    /** A city document whose parts hold points numbered 1. and 1、 rather than （一）. */
    @Test
    void reads_points_numbered_with_arabic_digits_under_parts() throws Exception {
        WorkPlan plan = read("city.txt",
                "某市2022年政务公开工作要点",
                "为深入推进全市政务公开工作，制定本要点。",
                "一、推进重点领域信息公开",
                "1.推进财政信息公开。市财政局要于2022年9月底前公开市级部门决算。",
                "2.加强就业信息公开",
                "市人社局要每月发布公共就业服务信息。",
                "做好就业政策解读。",
                "二、提升政务公开平台建设水平",
                "1、加强政府网站管理。市政府办要按季度开展网站检查。",
                "2、规范政务新媒体。各县区政府要年底前完成账号清理整合，同时做好内容更新。",
                "3、市大数据中心要推进政府数据开放，全年新增开放数据集100个。");

        assertThat(plan.title()).contains("某市2022年政务公开工作要点");
        assertThat(plan.year()).contains(2022);
        assertThat(plan.issuedOn()).isEmpty();
        assertThat(plan.notes()).containsExactly("为深入推进全市政务公开工作，制定本要点。");
        assertThat(plan.sections()).extracting(Section::heading)
                .containsExactly("一、推进重点领域信息公开", "二、提升政务公开平台建设水平");
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.number().orElse(""))
                .containsExactly("1", "2");
        assertThat(names(plan.sections().get(0))).containsExactly("推进财政信息公开", "加强就业信息公开");
        assertThat(names(plan.sections().get(1))).containsExactly("加强政府网站管理", "规范政务新媒体", "-");
        assertThat(plan.taskCount()).isEqualTo(5);

        Task finance = named(plan, "推进财政信息公开");
        assertThat(finance.content()).contains("市财政局要于2022年9月底前公开市级部门决算。");
        assertThat(finance.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2022, 9, 30));
        assertThat(finance.responsibility().orElseThrow().text()).isEqualTo("市财政局");
        assertThat(named(plan, "加强就业信息公开").content())
                .contains("市人社局要每月发布公共就业服务信息。\n做好就业政策解读。");
        Task data = starting(plan, "市大数据中心要推进政府数据开放");
        assertThat(data.number()).contains("3");
        assertThat(data.name()).isEmpty();
        assertThat(data.deadline().orElseThrow().text()).isEqualTo("全年");
        assertThat(data.responsibility().orElseThrow().text()).isEqualTo("市大数据中心");
        assertThat(named(plan, "规范政务新媒体").deadline().orElseThrow().text()).isEqualTo("年底前");
    }

    /** 一、 parts, （一） points and a third level 1. of headings with their own paragraphs. */
    @Test
    void keeps_a_third_level_of_numbered_headings_inside_points() throws Exception {
        WorkPlan plan = read("county-three-levels.txt",
                "某县2024年政务公开工作要点",
                "一、深化重点领域信息公开",
                "（一）做好财政信息公开",
                "各部门要严格落实预决算公开要求。",
                "1.推进预算公开",
                "县财政局要在县人大批准后20日内公开政府预算。",
                "（1）部门预算由各部门公开。",
                "2.推进决算公开",
                "各部门要于9月底前公开部门决算。",
                "（二）做好重大项目信息公开",
                "县发展改革局要及时公开重大项目审批信息。",
                "二、强化监督保障",
                "（三）强化考核评估",
                "1.完善考核办法：将政务公开纳入绩效考核。",
                "2.开展第三方评估：县政务公开办要于11月底前完成评估。");

        assertThat(plan.title()).contains("某县2024年政务公开工作要点");
        assertThat(plan.year()).contains(2024);
        Section finance = plan.sections().get(0).sections().get(0);
        assertThat(finance.heading()).isEqualTo("（一）做好财政信息公开");
        assertThat(finance.numbering()).isEqualTo(Numbering.CN_PAREN);
        assertThat(names(finance)).containsExactly("-", "推进预算公开", "推进决算公开");
        assertThat(finance.tasks().get(0).content()).contains("各部门要严格落实预决算公开要求。");
        Task budget = named(plan, "推进预算公开");
        assertThat(budget.number()).contains("1");
        assertThat(budget.content()).contains("县财政局要在县人大批准后20日内公开政府预算。\n（1）部门预算由各部门公开。");
        assertThat(budget.responsibility().orElseThrow().text()).isEqualTo("县财政局");
        assertThat(budget.source().orElseThrow().cells()).containsEntry(Task.NAME, "line 5")
                .containsEntry(Task.CONTENT, "line 6");
        assertThat(named(plan, "推进决算公开").deadline().orElseThrow().due())
                .containsExactly(LocalDate.of(2024, 9, 30));
        assertThat(plan.sections().get(0).tasks()).extracting(t -> t.name().orElse(""))
                .containsExactly("做好重大项目信息公开");
        Section review = plan.sections().get(1).sections().get(0);
        assertThat(names(review)).containsExactly("完善考核办法", "开展第三方评估");
        assertThat(named(plan, "开展第三方评估").content()).contains("县政务公开办要于11月底前完成评估。");
        assertThat(named(plan, "开展第三方评估").responsibility().orElseThrow().text()).isEqualTo("县政务公开办");
        assertThat(plan.taskCount()).isEqualTo(6);
    }

    /**
     * A page saved as text from a county website: breadcrumbs, source and time, font-size links,
     * ideographic-space indentation, blank lines between paragraphs, print and close links.
     */
    @Test
    void keeps_web_page_furniture_as_notes_and_reads_the_indented_paragraphs() throws Exception {
        WorkPlan plan = read("web-page.txt",
                "首页 > 政务公开 > 工作要点",
                "某县2023年政务公开工作要点",
                "来源：某县人民政府办公室　　发布时间：2023-03-08 10:15",
                "字号：大 中 小",
                "",
                "\u3000\u3000为做好2023年全县政务公开工作，结合我县实际，制定本要点。",
                "",
                "\u3000\u3000一、加强政策发布解读",
                "",
                "\u3000\u3000（一）做好政策发布。各乡镇、县直各部门要在政策印发后3个工作日内在县政府网站公开。",
                "",
                "\u3000\u3000（二）丰富解读形式。",
                "",
                "\u3000\u3000县融媒体中心要每月制作图解、短视频等解读产品。\u00a0",
                "",
                "\u3000\u3000二、夯实公开平台",
                "",
                "\u3000\u3000（三）办好政府网站。县政府办要于6月底前完成网站改版。",
                "",
                "【打印本页】【关闭窗口】",
                "责任编辑：李明");

        assertThat(plan.title()).contains("某县2023年政务公开工作要点");
        assertThat(plan.issuer()).contains("某县人民政府办公室");
        assertThat(plan.year()).contains(2023);
        assertThat(plan.issuedOn()).as("the publication date, as there is no date line")
                .contains(LocalDate.of(2023, 3, 8));
        assertThat(plan.notes()).containsExactly("首页 > 政务公开 > 工作要点",
                "来源：某县人民政府办公室　　发布时间：2023-03-08 10:15", "字号：大 中 小",
                "为做好2023年全县政务公开工作，结合我县实际，制定本要点。", "【打印本页】【关闭窗口】", "责任编辑：李明");
        assertThat(plan.sections()).extracting(Section::heading).containsExactly("一、加强政策发布解读", "二、夯实公开平台");
        assertThat(names(plan.sections().get(0))).containsExactly("做好政策发布", "丰富解读形式");
        assertThat(plan.taskCount()).isEqualTo(3);
        Task release = named(plan, "做好政策发布");
        assertThat(release.source().orElseThrow().row()).contains(10);
        assertThat(release.deadline().orElseThrow().text()).isEqualTo("政策印发后3个工作日内");
        assertThat(release.responsibility().orElseThrow().text()).isEqualTo("各乡镇、县直各部门");
        Task forms = named(plan, "丰富解读形式");
        assertThat(forms.content()).contains("县融媒体中心要每月制作图解、短视频等解读产品。");
        assertThat(forms.source().orElseThrow().cells()).containsEntry(Task.CONTENT, "line 14");
        assertThat(named(plan, "办好政府网站").deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 6, 30));
    }

    /** No notice: the document starts with its title and ends with the signature, date and attachments. */
    @Test
    void reads_a_document_that_starts_with_its_title_and_ends_with_date_and_attachments() throws Exception {
        WorkPlan plan = read("district.txt",
                "某区2023年政务公开工作要点",
                "2023年全区政务公开工作要以习近平新时代中国特色社会主义思想为指导，持续提升政务公开质量。",
                "一、推进决策公开",
                "（一）落实重大行政决策预公开制度",
                "区司法局要督促决策承办单位在决策前向社会公开征求意见。",
                "（二）做好政策文件解读",
                "区政府办要于每年3月底前公布年度重大行政决策事项目录。",
                "二、加强政务公开标准化建设",
                "（三）更新基层政务公开标准目录",
                "各街道要于上半年完成目录更新。",
                "附件：1.某区2023年政务公开重点任务分工表",
                "2.某区政务公开工作联系人名单",
                "某区人民政府办公室",
                "2023年5月6日");

        assertThat(plan.title()).contains("某区2023年政务公开工作要点");
        assertThat(plan.issuer()).contains("某区人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 5, 6));
        assertThat(plan.year()).contains(2023);
        assertThat(plan.notes()).containsExactly(
                "2023年全区政务公开工作要以习近平新时代中国特色社会主义思想为指导，持续提升政务公开质量。");
        assertThat(plan.sections()).hasSize(3);
        assertThat(plan.sections().get(0).tasks()).hasSize(2);
        assertThat(plan.sections().get(1).tasks()).hasSize(1);
        Section closing = plan.sections().get(2);
        assertThat(closing.number()).isEmpty();
        assertThat(closing.title()).isEqualTo("附件：1.某区2023年政务公开重点任务分工表");
        assertThat(closing.tasks()).extracting(t -> t.content().orElse(""))
                .containsExactly("2.某区政务公开工作联系人名单", "某区人民政府办公室", "2023年5月6日");
        assertThat(plan.taskCount()).isEqualTo(6);
        Task catalogue = named(plan, "做好政策文件解读");
        assertThat(catalogue.deadline().orElseThrow().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(catalogue.responsibility().orElseThrow().text()).isEqualTo("区政府办");
        Task standards = named(plan, "更新基层政务公开标准目录");
        assertThat(standards.deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 6, 30));
        assertThat(standards.responsibility().orElseThrow().text()).isEqualTo("各街道");
    }

    /** Points （一） with no parts, items inside a point's paragraph, the date in brackets under the title. */
    @Test
    void reads_points_without_parts_and_items_inside_a_point() throws Exception {
        WorkPlan plan = read("bureau.txt",
                "某市生态环境局2023年政务公开工作要点",
                "（2023年2月20日）",
                "（一）做好环境信息公开。重点做好以下工作：",
                "1.每月公开空气质量排名。",
                "2.每季度公开重点排污单位名单。",
                "（二）加强依申请公开办理。局办公室要规范依申请公开答复。",
                "（三）做好年度报告编制。于1月31日前发布上一年度政府信息公开工作年度报告。");

        assertThat(plan.title()).contains("某市生态环境局2023年政务公开工作要点");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2023, 2, 20));
        assertThat(plan.notes()).containsExactly("（2023年2月20日）");
        Section environment = plan.sections().get(0);
        assertThat(environment.heading()).isEqualTo("（一）做好环境信息公开");
        assertThat(environment.tasks()).extracting(t -> t.content().orElse("")).containsExactly(
                "重点做好以下工作：", "公开空气质量排名。", "公开重点排污单位名单。");
        assertThat(environment.tasks().get(1).deadline().orElseThrow().text()).isEqualTo("每月");
        assertThat(plan.tasks()).extracting(t -> t.name().orElse("")).containsExactly("加强依申请公开办理", "做好年度报告编制");
        assertThat(plan.tasks().get(0).responsibility().orElseThrow().text()).isEqualTo("局办公室");
        assertThat(plan.tasks().get(1).deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 1, 31));
        assertThat(plan.taskCount()).isEqualTo(5);
    }

    /**
     * A government information page: metadata lines (索引号, 发文机关, 成文日期) before the title,
     * half-width marks {@code (一)} and {@code 一.}, part headings ending in a colon.
     */
    @Test
    void takes_issuer_and_issue_date_from_an_information_page_header() throws Exception {
        WorkPlan plan = read("info-page.txt",
                "索引号：11150100MB1234567X/2022-00123",
                "发文机关：某市人民政府办公室",
                "成文日期：2022年03月18日",
                "发文字号：某政办发〔2022〕8号",
                "某市2022年政务公开工作要点",
                "一.深化政务公开制度建设：",
                "(一)完善主动公开目录。各部门要结合职能编制主动公开目录，于2022年6月底前公开。",
                "(二)规范依申请公开",
                "市司法局要建立依申请公开答复审查机制。",
                "二.提升政务服务水平：",
                "(三)优化办事指南。市政务服务局要每季度更新办事指南。");

        assertThat(plan.title()).contains("某市2022年政务公开工作要点");
        assertThat(plan.issuer()).contains("某市人民政府办公室");
        assertThat(plan.issuedOn()).contains(LocalDate.of(2022, 3, 18));
        assertThat(plan.notes()).containsExactly("索引号：11150100MB1234567X/2022-00123", "发文机关：某市人民政府办公室",
                "成文日期：2022年03月18日", "发文字号：某政办发〔2022〕8号");
        assertThat(plan.sections()).extracting(Section::title).containsExactly("深化政务公开制度建设", "提升政务服务水平");
        assertThat(names(plan.sections().get(0))).containsExactly("完善主动公开目录", "规范依申请公开");
        assertThat(named(plan, "完善主动公开目录").deadline().orElseThrow().due())
                .containsExactly(LocalDate.of(2022, 6, 30));
        assertThat(named(plan, "规范依申请公开").responsibility().orElseThrow().text()).isEqualTo("市司法局");
        assertThat(named(plan, "优化办事指南").number()).contains("三");
        assertThat(plan.taskCount()).isEqualTo(3);
    }

    /** A short notice numbered only 1. 2. 3., and parts that are whole sentences of work. */
    @Test
    void reads_a_list_numbered_only_with_digits_and_parts_that_are_sentences() throws Exception {
        WorkPlan numbered = read("list.txt",
                "某镇2023年政务公开重点工作安排",
                "现将有关工作安排如下：",
                "1.加强组织领导。镇党政办要明确专人负责政务公开工作。",
                "2.村务公开栏要每季度更新一次。",
                "3.做好惠民资金公开",
                "各村要于年底前公开惠民惠农补贴发放结果。",
                "抄送：县政务公开办。");

        assertThat(numbered.title()).contains("某镇2023年政务公开重点工作安排");
        assertThat(numbered.notes()).containsExactly("现将有关工作安排如下：");
        assertThat(numbered.tasks()).extracting(t -> t.number().orElse("")).containsExactly("1", "2", "3");
        assertThat(numbered.tasks()).extracting(t -> t.name().orElse("-"))
                .containsExactly("加强组织领导", "-", "做好惠民资金公开");
        assertThat(numbered.tasks().get(1).content()).contains("村务公开栏要每季度更新一次。");
        assertThat(numbered.tasks().get(2).deadline().orElseThrow().due()).containsExactly(LocalDate.of(2023, 12, 31));
        assertThat(numbered.sections()).extracting(Section::title).containsExactly("抄送：县政务公开办。");
        assertThat(numbered.taskCount()).isEqualTo(3);

        WorkPlan sentences = read("sentences.txt",
                "某县2023年政务公开工作安排",
                "一、各乡镇要于3月底前完成政务公开专栏更新，及时公开惠民政策。",
                "二、县直各部门要每月报送政务信息，确保信息准确、及时、完整。",
                "三、加强考核",
                "县政务公开办要将落实情况纳入年度考核。");

        assertThat(sentences.tasks()).extracting(t -> t.number().orElse("")).containsExactly("一", "二");
        assertThat(sentences.tasks().get(0).content()).contains("各乡镇要于3月底前完成政务公开专栏更新，及时公开惠民政策。");
        assertThat(sentences.tasks().get(0).responsibility().orElseThrow().text()).isEqualTo("各乡镇");
        assertThat(sentences.tasks().get(1).deadline().orElseThrow().text()).isEqualTo("每月");
        assertThat(sentences.sections()).extracting(Section::heading).containsExactly("三、加强考核");
        assertThat(sentences.taskCount()).isEqualTo(3);
    }
}
