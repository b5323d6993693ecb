package org.taizhang.benchmarks.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Part;
import org.taizhang.benchmarks.ledger.GeneratedLedger.Point;
import org.taizhang.benchmarks.ledger.GeneratedLedger.TaskRow;

/**
 * Makes ledgers in the Ordos layout of any size, the same for the same seed: bodies of 4–7 parts,
 * parts of 2–8 points, points of 1–5 tasks; content from a few words to a long paragraph; about half
 * of the unit and deadline cells a common phrase ({@code 全年持续推进}, {@code 市政务服务局}) and the
 * other half composed afresh, so that most of those are distinct; now and then a unit or deadline
 * cell merged down over a point's tasks, as officials do.
 */
public final class LedgerGenerator {
    private static final String[] PLACES = {"东胜区", "康巴什区", "达拉特旗", "准格尔旗", "鄂托克旗", "杭锦旗", "乌审旗",
        "伊金霍洛旗", "鄂托克前旗", "海勃湾区", "乌达区", "海南区", "阿左旗", "阿右旗", "额济纳旗", "上党区", "潞州区",
        "屯留区", "长子县", "襄垣县", "平顺县", "黎城县", "壶关县", "沁县", "武乡县", "沁源县"};
    private static final String[] DEPARTMENTS = {"司法局", "政务服务局", "发改委", "财政局", "教育局", "卫健委", "民政局",
        "人社局", "自然资源局", "生态环境局", "住建局", "交通运输局", "水利局", "农牧局", "商务局", "文旅局", "应急管理局",
        "市场监管局", "统计局", "医保局", "信访局", "审计局", "国资委", "能源局", "林草局", "公安局", "税务局", "大数据中心",
        "融媒体中心", "政府办公室", "政府办", "委宣传部", "委网信办", "工信局", "科技局", "退役军人事务局", "乡村振兴局"};
    private static final String[] LEVELS = {"市", "旗", "区", "县"};
    private static final String[] COMMON_UNITS = {"市司法局牵头，市政府各部门负责落实", "市政务服务局", "各旗区、市直各部门",
        "市政府办公室", "市政务服务局牵头，各旗区、市直各有关部门配合", "各旗区人民政府", "市发改委、市财政局",
        "市政府各部门", "旗区级以上政府及其部门负责落实", "各乡镇（街道）"};
    private static final String[] COMMON_DEADLINES = {"全年持续推进", "2022年12月底前", "2022年9月底前", "长期坚持",
        "2022年6月底前", "持续推进", "每季度末", "2022年10月底前", "按年度", "常态化推进"};
    private static final String[] CN_MONTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final String[] VERBS = {"做好", "加强", "深化", "推进", "规范", "完善", "健全", "持续做好", "全面推行", "着力提升",
        "扎实开展", "统筹推进", "稳步推进", "切实加强", "认真落实"};
    private static final String[] OBJECTS = {"规章和规范性文件的集中公开", "政策解读回应工作", "重大建设项目信息公开",
        "财政预决算公开", "政府信息公开专栏建设", "依申请公开办理", "基层政务公开标准化规范化", "政务新媒体管理",
        "政府网站集约化建设", "行政执法信息公示", "公共资源配置领域信息公开", "重点民生领域信息公开", "营商环境政策发布",
        "惠企政策精准推送", "政府开放日活动", "政务公开工作考核评估", "公共企事业单位信息公开", "政策性文件清理",
        "政府信息管理", "涉企收费清单公开", "减税降费政策宣传", "乡村振兴领域信息公开", "就业创业政策公开",
        "安全生产信息发布", "突发事件信息发布", "生态环境信息公开", "教育领域信息公开", "医疗卫生领域信息公开"};
    private static final String[] MEANS = {"依托政府网站政府信息公开专栏", "通过政务新媒体矩阵", "在政务服务大厅设置专区",
        "利用融媒体中心平台", "结合“12345”政务服务便民热线", "通过新闻发布会、政策吹风会", "采取图表图解、视频动漫等形式",
        "按照国家和自治区有关要求", "围绕群众关切", "聚焦市场主体需求"};
    private static final String[] GOALS = {"集中公开现行有效的文件和目录", "及时更新清理文件库", "提升政策解读质量",
        "做到应公开尽公开", "实现信息公开规范化、标准化", "增强政策公开的针对性和有效性", "方便企业和群众查询",
        "回应社会关切", "建立健全动态更新工作机制", "确保各项政策落地见效", "形成工作闭环", "提高办理质量和效率"};
    private static final String[] ACTIONS = {"完成清理", "公开到位", "报送总结", "上线运行", "开展评估", "完成整改", "印发方案",
        "组织培训", "完成备案", "汇总报送"};
    private static final String[] REMARKS = {"", "", "", "", "", "", "", "重点任务", "新增任务", "延续上年任务",
        "需部门协同", "纳入年度考核"};

    private final SplittableRandom random;
    private final int year;

    /**
     * @param seed the seed; the same seed gives the same ledger
     * @param year the plan year written in titles and deadlines
     */
    public LedgerGenerator(long seed, int year) {
        this.random = new SplittableRandom(seed);
        this.year = year;
    }

    /**
     * Makes a ledger with exactly {@code tasks} tasks.
     *
     * @param tasks how many tasks, at least 1
     * @return the ledger
     */
    public GeneratedLedger generate(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("at least one task");
        }
        List<Part> parts = new ArrayList<>();
        int left = tasks;
        while (left > 0) {
            int partsInBody = 4 + random.nextInt(4);
            int pointNumber = 0;
            for (int p = 1; p <= partsInBody && left > 0; p++) {
                List<Point> points = new ArrayList<>();
                int pointsInPart = 2 + random.nextInt(7);
                for (int q = 0; q < pointsInPart && left > 0; q++) {
                    int n = Math.min(left, 1 + random.nextInt(5));
                    points.add(point(++pointNumber, n));
                    left -= n;
                }
                parts.add(new Part(ChineseNumbers.of(p) + "、" + phrase(), List.copyOf(points)));
            }
        }
        return new GeneratedLedger(PLACES[0].substring(0, 2) + "市" + year + "年政务公开工作要点任务台账",
                List.copyOf(parts));
    }

    private Point point(int number, int tasks) {
        // one point in ten uses half-width brackets, as typed by hand
        String open = random.nextInt(10) == 0 ? "(" : "（";
        String close = open.equals("(") ? ")" : "）";
        String title = open + ChineseNumbers.of(number) + close + phrase() + "。";
        boolean unitMerged = tasks > 1 && random.nextInt(6) == 0;
        boolean deadlineMerged = tasks > 1 && random.nextInt(6) == 0;
        List<TaskRow> rows = new ArrayList<>(tasks);
        String unit = unit();
        String deadline = deadline();
        for (int t = 0; t < tasks; t++) {
            rows.add(new TaskRow(content(), measures(), unitMerged ? unit : unit(),
                    deadlineMerged ? deadline : deadline(), pick(REMARKS)));
        }
        return new Point(title, List.copyOf(rows), unitMerged, deadlineMerged);
    }

    private String phrase() {
        return pick(VERBS) + pick(OBJECTS);
    }

    // From one short clause to a paragraph of several sentences (about 10 to 300 characters).
    private String content() {
        StringBuilder sb = new StringBuilder();
        int sentences = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextInt(5) == 0 ? 6 : 2);
        if (sentences == 0) {
            return phrase() + "。";
        }
        for (int s = 0; s < sentences; s++) {
            sb.append(pick(MEANS)).append('，').append(pick(VERBS)).append(pick(OBJECTS)).append('，')
                    .append(pick(GOALS)).append('。');
        }
        return sb.toString();
    }

    private String measures() {
        int n = random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                sb.append('；');
            }
            sb.append(i).append('.').append(pick(VERBS)).append(pick(OBJECTS));
            if (random.nextBoolean()) {
                sb.append('，').append(pick(GOALS));
            }
        }
        return n == 0 ? "" : sb.append('。').toString();
    }

    private String unit() {
        if (random.nextBoolean()) {
            return pick(COMMON_UNITS);
        }
        String level = pick(LEVELS);
        String lead = (level.equals("市") ? "市" : pick(PLACES)) + pick(DEPARTMENTS);
        switch (random.nextInt(4)) {
            case 0:
                return lead;
            case 1:
                return lead + "、" + level + pick(DEPARTMENTS) + "、" + level + pick(DEPARTMENTS);
            case 2:
                return lead + "牵头，" + level + pick(DEPARTMENTS) + "、" + pick(PLACES) + "配合";
            default:
                return lead + "牵头，各旗区、" + level + "直各有关部门按职责分工负责";
        }
    }

    private String deadline() {
        if (random.nextBoolean()) {
            return pick(COMMON_DEADLINES);
        }
        int month = 1 + random.nextInt(12);
        switch (random.nextInt(5)) {
            case 0:
                return year + "年" + month + "月" + (1 + random.nextInt(28)) + "日前" + pick(ACTIONS);
            case 1:
                return month + "月底前" + pick(ACTIONS) + "，" + (month < 12 ? month + 1 + "月底前" : "年底前")
                        + pick(ACTIONS);
            case 2:
                return "于本要点印发后" + (5 + random.nextInt(56)) + "日内" + pick(ACTIONS);
            case 3:
                return "每月" + (1 + random.nextInt(28)) + "日前报送上月" + pick(OBJECTS) + "情况";
            default:
                return year + "年" + CN_MONTHS[month - 1] + "月底前" + pick(ACTIONS);
        }
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
